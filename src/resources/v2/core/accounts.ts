import { defineResource, get, list, post } from '../../../core/resource.js';
import { API_VERSIONS } from '../../../core/versions.js';
import {
  V2AccountCloseParamsSchema,
  V2AccountCreateParamsSchema,
  V2AccountListParamsSchema,
  V2AccountRetrieveParamsSchema,
  V2AccountSchema,
  V2AccountUpdateParamsSchema,
} from '../../../schemas/v2-accounts.js';

const version = API_VERSIONS.v2Accounts;

/**
 * Accounts v2: connected accounts with configurations (`card_creator`, `recipient`, `merchant`, …).
 * JSON bodies; sent with `Stripe-Version: 2025-09-30.preview`. Sections not named in `include` come back `null`.
 */
export const accounts = defineResource('v2.core.accounts', {
  /**
   * Creates an account; request capabilities under `configuration.<cfg>.capabilities.<path>.requested`.
   * `POST /v2/core/accounts`
   * @example cp.v2.core.accounts.create({
   *   display_name: 'Acme', contact_email: 'ops@acme.test', dashboard: 'none',
   *   identity: { country: 'gb', entity_type: 'individual' },
   *   configuration: {
   *     card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } },
   *     recipient: { capabilities: { stripe_balance: { stripe_transfers: { requested: true } } } },
   *   },
   *   include: ['configuration.card_creator', 'configuration.recipient', 'requirements'],
   * })
   */
  create: post('/v2/core/accounts', { params: V2AccountCreateParamsSchema, returns: V2AccountSchema, version }),
  /**
   * Retrieves an account; `include` goes in the query (`include[0]=identity`).
   * `GET /v2/core/accounts/{id}`
   * @example cp.v2.core.accounts.retrieve('acct_123', { include: ['identity', 'configuration.card_creator'] })
   */
  retrieve: get('/v2/core/accounts/{id}', { params: V2AccountRetrieveParamsSchema, returns: V2AccountSchema, version }),
  /**
   * Updates an account: identity, attestations, defaults, configurations and capability requests.
   * `POST /v2/core/accounts/{id}`
   * @example cp.v2.core.accounts.update('acct_123', {
   *   configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
   *   include: ['configuration.card_creator', 'requirements'],
   * })
   */
  update: post('/v2/core/accounts/{id}', { params: V2AccountUpdateParamsSchema, returns: V2AccountSchema, version }),
  /**
   * Lists accounts (v2 pages with `next_page_url`); `for await` walks every page.
   * `GET /v2/core/accounts`
   * @example for await (const acct of cp.v2.core.accounts.list({ applied_configurations: ['card_creator'] })) {}
   */
  list: list('/v2/core/accounts', { params: V2AccountListParamsSchema, returns: V2AccountSchema, version }),
  /**
   * Closes an account (or the listed configurations).
   * `POST /v2/core/accounts/{id}/close`
   * @example cp.v2.core.accounts.close('acct_123', { applied_configurations: ['card_creator', 'recipient'] })
   */
  close: post('/v2/core/accounts/{id}/close', { params: V2AccountCloseParamsSchema, returns: V2AccountSchema, version }),
});

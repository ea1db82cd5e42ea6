import { v2CoreAccountsClose, v2CoreAccountsCreate, v2CoreAccountsList, v2CoreAccountsRetrieve, v2CoreAccountsUpdate } from '../../../generated/endpoints/v2-core-accounts.js';
import { defineResource } from '../../../core/resource.js';
import { personTokens } from './person-tokens.js';
import { persons } from './persons.js';

/**
 * Accounts v2: connected accounts with configurations (`card_creator`, `recipient`, `merchant`, …).
 * JSON bodies; sent with `Stripe-Version: 2025-09-30.preview`. Sections not named in `include` come back `null`.
 */
export const accounts = defineResource(
  'v2.core.accounts',
  {
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
    create: v2CoreAccountsCreate,
    /**
     * Retrieves an account; `include` goes in the query (`include[0]=identity`).
     * `GET /v2/core/accounts/{account}`
     * @example cp.v2.core.accounts.retrieve('acct_123', { include: ['identity', 'configuration.card_creator'] })
     */
    retrieve: v2CoreAccountsRetrieve,
    /**
     * Updates an account: identity, attestations, defaults, configurations and capability requests.
     * `POST /v2/core/accounts/{account}`
     * @example cp.v2.core.accounts.update('acct_123', {
     *   configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
     *   include: ['configuration.card_creator', 'requirements'],
     * })
     */
    update: v2CoreAccountsUpdate,
    /**
     * Lists accounts (v2 pages with `next_page_url`); `for await` walks every page.
     * `GET /v2/core/accounts`
     * @example for await (const acct of cp.v2.core.accounts.list({ applied_configurations: ['card_creator'] })) {}
     */
    list: v2CoreAccountsList,
    /**
     * Closes an account (or the listed configurations).
     * `POST /v2/core/accounts/{account}/close`
     * @example cp.v2.core.accounts.close('acct_123', { applied_configurations: ['card_creator', 'recipient'] })
     */
    close: v2CoreAccountsClose,
  },
  { persons, personTokens },
);

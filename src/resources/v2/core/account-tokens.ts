import { v2CoreAccountTokensCreate, v2CoreAccountTokensRetrieve } from '../../../generated/endpoints/v2-core-account-tokens.js';
import { defineResource } from '../../../core/resource.js';

/** Account tokens (v2): an account's identity collected on the client, redeemed when the platform creates or updates the account. */
export const accountTokens = defineResource('v2.core.accountTokens', {
  /**
   * Creates an account token.
   * `POST /v2/core/account_tokens`
   * @example cp.v2.core.accountTokens.create({ contact_email: 'ops@acme.test', identity: { entity_type: 'company' } })
   */
  create: v2CoreAccountTokensCreate,
  /** Retrieves an account token. `GET /v2/core/account_tokens/{account_token}` */
  retrieve: v2CoreAccountTokensRetrieve,
});

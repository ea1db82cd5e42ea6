import { issuingTokensList, issuingTokensRetrieve, issuingTokensUpdate } from '../../generated/endpoints/issuing-tokens.js';
import { defineResource } from '../../core/resource.js';

/** Issuing network tokens: a card provisioned into a wallet (Apple Pay, Google Pay) or a merchant vault. */
export const tokens = defineResource('issuing.tokens', {
  /** Retrieves a token (with `network_data`). `GET /v1/issuing/tokens/{token}` */
  retrieve: issuingTokensRetrieve,
  /**
   * Suspends, re-activates or deletes a token. `POST /v1/issuing/tokens/{token}`
   * @example cp.issuing.tokens.update('intok_123', { status: 'suspended' })
   */
  update: issuingTokensUpdate,
  /**
   * Lists the tokens of one card (`card` is required). `GET /v1/issuing/tokens`
   * @example for await (const tok of cp.issuing.tokens.list({ card: 'ic_123', status: 'active' })) { … }
   */
  list: issuingTokensList,
});

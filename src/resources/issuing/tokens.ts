import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { IssuingTokenListParamsSchema, IssuingTokenSchema, IssuingTokenUpdateParamsSchema } from '../../schemas/issuing-tokens.js';

/** Issuing network tokens: a card provisioned into a wallet (Apple Pay, Google Pay) or a merchant vault. */
export const tokens = defineResource('issuing.tokens', {
  /** Retrieves a token (with `network_data`). `GET /v1/issuing/tokens/{token}` */
  retrieve: get('/v1/issuing/tokens/{token}', { params: V1RetrieveParams, returns: IssuingTokenSchema }),
  /**
   * Suspends, re-activates or deletes a token. `POST /v1/issuing/tokens/{token}`
   * @example cp.issuing.tokens.update('intok_123', { status: 'suspended' })
   */
  update: post('/v1/issuing/tokens/{token}', { params: IssuingTokenUpdateParamsSchema, returns: IssuingTokenSchema }),
  /**
   * Lists the tokens of one card (`card` is required). `GET /v1/issuing/tokens`
   * @example for await (const tok of cp.issuing.tokens.list({ card: 'ic_123', status: 'active' })) { … }
   */
  list: list('/v1/issuing/tokens', { params: IssuingTokenListParamsSchema, returns: IssuingTokenSchema }),
});

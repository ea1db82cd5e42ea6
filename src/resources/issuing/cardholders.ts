import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  IssuingCardholderCreateParamsSchema,
  IssuingCardholderListParamsSchema,
  IssuingCardholderSchema,
  IssuingCardholderUpdateParamsSchema,
} from '../../schemas/issuing-cardholders.js';

const ITEM = '/v1/issuing/cardholders/{cardholder}';

/** Issuing cardholders: the people and companies cards are issued to. */
export const cardholders = defineResource('issuing.cardholders', {
  /**
   * Creates a cardholder. `POST /v1/issuing/cardholders`
   * @example
   * cp.issuing.cardholders.create({
   *   name: 'Jenny Rosen', type: 'individual', email: 'jenny@example.com',
   *   billing: { address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
   *   spending_controls: { spending_limits: [{ amount: 100000, interval: 'monthly' }], spending_limits_currency: 'usd' },
   * }, { stripeAccount: 'acct_123' })
   */
  create: post('/v1/issuing/cardholders', { params: IssuingCardholderCreateParamsSchema, returns: IssuingCardholderSchema }),
  /**
   * Retrieves a cardholder. `GET /v1/issuing/cardholders/{cardholder}`
   * @example cp.issuing.cardholders.retrieve('ich_123')
   */
  retrieve: get(ITEM, { params: V1RetrieveParams, returns: IssuingCardholderSchema }),
  /**
   * Updates a cardholder; fields left out stay as they are. `POST /v1/issuing/cardholders/{cardholder}`
   * @example cp.issuing.cardholders.update('ich_123', { status: 'inactive' })
   */
  update: post(ITEM, { params: IssuingCardholderUpdateParamsSchema, returns: IssuingCardholderSchema }),
  /**
   * Lists cardholders, newest first; iterate every page with `for await`. `GET /v1/issuing/cardholders`
   * @example for await (const ch of cp.issuing.cardholders.list({ status: 'active', limit: 100 })) { … }
   */
  list: list('/v1/issuing/cardholders', { params: IssuingCardholderListParamsSchema, returns: IssuingCardholderSchema }),
});

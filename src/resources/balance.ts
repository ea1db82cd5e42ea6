import { defineResource, get } from '../core/resource.js';
import { BalanceRetrieveParamsSchema, BalanceSchema } from '../schemas/funding.js';

/** The Stripe balance, including the Issuing balance (`issuing.available[]`). */
export const balance = defineResource('balance', {
  /**
   * Retrieves the balance of the platform, or of a connected account with `stripeAccount`.
   * `GET /v1/balance`
   * @example const { issuing } = await cp.balance.retrieve({}, { stripeAccount: 'acct_123' }); // issuing?.available[0]?.amount
   */
  retrieve: get('/v1/balance', { params: BalanceRetrieveParamsSchema, returns: BalanceSchema }),
});

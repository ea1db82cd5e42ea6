import { balanceRetrieve } from '../generated/endpoints/balance.js';
import { defineResource } from '../core/resource.js';

/** The Stripe balance, including the Issuing balance (`issuing.available[]`). */
export const balance = defineResource('balance', {
  /**
   * Retrieves the balance of the platform, or of a connected account with `stripeAccount`.
   * `GET /v1/balance`
   * @example const { issuing } = await cp.balance.retrieve({}, { stripeAccount: 'acct_123' }); // issuing?.available[0]?.amount
   */
  retrieve: balanceRetrieve,
});

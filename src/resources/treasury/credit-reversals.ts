import { treasuryCreditReversalsCreate, treasuryCreditReversalsList, treasuryCreditReversalsRetrieve } from '../../generated/endpoints/treasury-credit-reversals.js';
import { defineResource } from '../../core/resource.js';

/** Treasury credit reversals: send a received credit back to its sender. */
export const creditReversals = defineResource('treasury.creditReversals', {
  /**
   * Reverses a received credit. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/credit_reversals`
   * @example cp.treasury.creditReversals.create({ received_credit: 'rc_123' }, { stripeAccount, idempotencyKey })
   */
  create: treasuryCreditReversalsCreate,
  /** Retrieves a credit reversal. `GET /v1/treasury/credit_reversals/{credit_reversal}` */
  retrieve: treasuryCreditReversalsRetrieve,
  /** Lists the credit reversals of a financial account (`financial_account` is required). `GET /v1/treasury/credit_reversals` */
  list: treasuryCreditReversalsList,
});

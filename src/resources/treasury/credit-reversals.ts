import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { CreditReversalCreateParamsSchema, CreditReversalListParamsSchema, CreditReversalSchema } from '../../schemas/treasury-money-movement.js';

/** Treasury credit reversals: send a received credit back to its sender. */
export const creditReversals = defineResource('treasury.creditReversals', {
  /**
   * Reverses a received credit. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/credit_reversals`
   * @example cp.treasury.creditReversals.create({ received_credit: 'rc_123' }, { stripeAccount, idempotencyKey })
   */
  create: post('/v1/treasury/credit_reversals', { params: CreditReversalCreateParamsSchema, returns: CreditReversalSchema }),
  /** Retrieves a credit reversal. `GET /v1/treasury/credit_reversals/{credit_reversal}` */
  retrieve: get('/v1/treasury/credit_reversals/{credit_reversal}', { params: V1RetrieveParams, returns: CreditReversalSchema }),
  /** Lists the credit reversals of a financial account (`financial_account` is required). `GET /v1/treasury/credit_reversals` */
  list: list('/v1/treasury/credit_reversals', { params: CreditReversalListParamsSchema, returns: CreditReversalSchema }),
});

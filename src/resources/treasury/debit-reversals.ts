import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { DebitReversalCreateParamsSchema, DebitReversalListParamsSchema, DebitReversalSchema } from '../../schemas/treasury-money-movement.js';

/** Treasury debit reversals: dispute a received debit to get the money back. */
export const debitReversals = defineResource('treasury.debitReversals', {
  /**
   * Reverses a received debit. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/debit_reversals`
   * @example cp.treasury.debitReversals.create({ received_debit: 'rd_123' }, { stripeAccount, idempotencyKey })
   */
  create: post('/v1/treasury/debit_reversals', { params: DebitReversalCreateParamsSchema, returns: DebitReversalSchema }),
  /** Retrieves a debit reversal. `GET /v1/treasury/debit_reversals/{debit_reversal}` */
  retrieve: get('/v1/treasury/debit_reversals/{debit_reversal}', { params: V1RetrieveParams, returns: DebitReversalSchema }),
  /** Lists the debit reversals of a financial account (`financial_account` is required). `GET /v1/treasury/debit_reversals` */
  list: list('/v1/treasury/debit_reversals', { params: DebitReversalListParamsSchema, returns: DebitReversalSchema }),
});

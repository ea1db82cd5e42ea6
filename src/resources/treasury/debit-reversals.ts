import { treasuryDebitReversalsCreate, treasuryDebitReversalsList, treasuryDebitReversalsRetrieve } from '../../generated/endpoints/treasury-debit-reversals.js';
import { defineResource } from '../../core/resource.js';

/** Treasury debit reversals: dispute a received debit to get the money back. */
export const debitReversals = defineResource('treasury.debitReversals', {
  /**
   * Reverses a received debit. Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/debit_reversals`
   * @example cp.treasury.debitReversals.create({ received_debit: 'rd_123' }, { stripeAccount, idempotencyKey })
   */
  create: treasuryDebitReversalsCreate,
  /** Retrieves a debit reversal. `GET /v1/treasury/debit_reversals/{debit_reversal}` */
  retrieve: treasuryDebitReversalsRetrieve,
  /** Lists the debit reversals of a financial account (`financial_account` is required). `GET /v1/treasury/debit_reversals` */
  list: treasuryDebitReversalsList,
});

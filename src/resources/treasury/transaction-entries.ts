import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { TreasuryTransactionEntryListParamsSchema, TreasuryTransactionEntrySchema } from '../../schemas/treasury-transactions.js';

/** Treasury transaction entries: each balance change of a transaction. */
export const transactionEntries = defineResource('treasury.transactionEntries', {
  /** Retrieves a transaction entry. `GET /v1/treasury/transaction_entries/{transaction_entry}` */
  retrieve: get('/v1/treasury/transaction_entries/{transaction_entry}', { params: V1RetrieveParams, returns: TreasuryTransactionEntrySchema }),
  /**
   * Lists the entries of a financial account (`financial_account` is required), optionally of one `transaction`.
   * `GET /v1/treasury/transaction_entries`
   */
  list: list('/v1/treasury/transaction_entries', { params: TreasuryTransactionEntryListParamsSchema, returns: TreasuryTransactionEntrySchema }),
});

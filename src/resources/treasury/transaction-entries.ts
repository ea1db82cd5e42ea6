import { treasuryTransactionEntriesList, treasuryTransactionEntriesRetrieve } from '../../generated/endpoints/treasury-transaction-entries.js';
import { defineResource } from '../../core/resource.js';

/** Treasury transaction entries: each balance change of a transaction. */
export const transactionEntries = defineResource('treasury.transactionEntries', {
  /** Retrieves a transaction entry. `GET /v1/treasury/transaction_entries/{transaction_entry}` */
  retrieve: treasuryTransactionEntriesRetrieve,
  /**
   * Lists the entries of a financial account (`financial_account` is required), optionally of one `transaction`.
   * `GET /v1/treasury/transaction_entries`
   */
  list: treasuryTransactionEntriesList,
});

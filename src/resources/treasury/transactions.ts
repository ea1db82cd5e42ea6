import { treasuryTransactionsList, treasuryTransactionsRetrieve } from '../../generated/endpoints/treasury-transactions.js';
import { defineResource } from '../../core/resource.js';

/** Treasury transactions: the net effect of each money movement on a financial account. */
export const transactions = defineResource('treasury.transactions', {
  /** Retrieves a transaction. `GET /v1/treasury/transactions/{transaction}` */
  retrieve: treasuryTransactionsRetrieve,
  /**
   * Lists the transactions of a financial account (`financial_account` is required).
   * `GET /v1/treasury/transactions`
   * @example for await (const trxn of cp.treasury.transactions.list({ financial_account: 'fa_123', status: 'posted' }, { stripeAccount })) { … }
   */
  list: treasuryTransactionsList,
});

import { issuingTransactionsList, issuingTransactionsRetrieve, issuingTransactionsUpdate } from '../../generated/endpoints/issuing-transactions.js';
import { defineResource } from '../../core/resource.js';

/** Issuing transactions: captures (negative amounts) and refunds (positive) on cards. */
export const transactions = defineResource('issuing.transactions', {
  /**
   * Retrieves a transaction. `GET /v1/issuing/transactions/{transaction}`
   * @example const txn = await cp.issuing.transactions.retrieve('ipi_123', { expand: ['purchase_details'] });
   */
  retrieve: issuingTransactionsRetrieve,
  /**
   * Sets metadata on a transaction. `POST /v1/issuing/transactions/{transaction}`
   * @example cp.issuing.transactions.update('ipi_123', { metadata: { receipt: 'r_1' } })
   */
  update: issuingTransactionsUpdate,
  /**
   * Lists transactions, newest first, filtered by `card`, `cardholder`, `type` or `created`.
   * `GET /v1/issuing/transactions`
   * @example for await (const txn of cp.issuing.transactions.list({ card: 'ic_123', type: 'capture' })) { … }
   */
  list: issuingTransactionsList,
});

import { balanceTransactionsList, balanceTransactionsRetrieve } from '../generated/endpoints/balance-transactions.js';
import { defineResource } from '../core/resource.js';

/**
 * Balance transactions: the ledger of a Stripe balance (the platform's, or a connected account's with
 * `stripeAccount`). Every top-up, transfer, payout and Issuing transaction records one (read-only).
 */
export const balanceTransactions = defineResource('balanceTransactions', {
  /** Retrieves a balance transaction. `GET /v1/balance_transactions/{id}` */
  retrieve: balanceTransactionsRetrieve,
  /**
   * Lists balance transactions (newest first), filtered by `created`, `currency`, `payout`, `source` or `type`.
   * `GET /v1/balance_transactions`
   * @example for await (const txn of cp.balanceTransactions.list({ type: 'topup', created: { gte: 1_750_000_000 } }, { stripeAccount: 'acct_123' })) { … }
   */
  list: balanceTransactionsList,
});

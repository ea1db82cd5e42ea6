import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { TreasuryTransactionListParamsSchema, TreasuryTransactionSchema } from '../../schemas/treasury-transactions.js';

/** Treasury transactions: the net effect of each money movement on a financial account. */
export const transactions = defineResource('treasury.transactions', {
  /** Retrieves a transaction. `GET /v1/treasury/transactions/{transaction}` */
  retrieve: get('/v1/treasury/transactions/{transaction}', { params: V1RetrieveParams, returns: TreasuryTransactionSchema }),
  /**
   * Lists the transactions of a financial account (`financial_account` is required).
   * `GET /v1/treasury/transactions`
   * @example for await (const trxn of cp.treasury.transactions.list({ financial_account: 'fa_123', status: 'posted' }, { stripeAccount })) { … }
   */
  list: list('/v1/treasury/transactions', { params: TreasuryTransactionListParamsSchema, returns: TreasuryTransactionSchema }),
});

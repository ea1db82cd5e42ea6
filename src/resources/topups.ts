import { topupsCancel, topupsCreate, topupsList, topupsRetrieve, topupsUpdate } from '../generated/endpoints/topups.js';
import { defineResource } from '../core/resource.js';

/**
 * Top-ups: pull money from a bank account into the Stripe balance. Created on a connected account
 * (`stripeAccount`) that uses Issuing, a top-up funds its Issuing balance ("pull funding", the US default);
 * the money shows in `balance.issuing.available` once the top-up succeeds.
 */
export const topups = defineResource('topups', {
  /**
   * Creates a top-up (status `pending` until the bank debit settles). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/topups`
   * @example cp.topups.create({ amount: 20_000, currency: 'usd', description: 'Issuing funding, week 23', statement_descriptor: 'Top-up' }, { stripeAccount: 'acct_123', idempotencyKey })
   */
  create: topupsCreate,
  /** Retrieves a top-up. `GET /v1/topups/{topup}` */
  retrieve: topupsRetrieve,
  /** Updates `description` or metadata. `POST /v1/topups/{topup}` */
  update: topupsUpdate,
  /** Lists top-ups (newest first). `GET /v1/topups` */
  list: topupsList,
  /** Cancels a top-up that is still `pending`. `POST /v1/topups/{topup}/cancel` */
  cancel: topupsCancel,
});

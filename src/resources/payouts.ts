import { payoutsCancel, payoutsCreate, payoutsList, payoutsRetrieve, payoutsReverse, payoutsUpdate } from '../generated/endpoints/payouts.js';
import { defineResource } from '../core/resource.js';

/** Payouts: send money from a Stripe balance to the account's own bank account or debit card. */
export const payouts = defineResource('payouts', {
  /**
   * Creates a manual payout (status `pending`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/payouts`
   * @example cp.payouts.create({ amount: 5_000, currency: 'usd', method: 'standard', statement_descriptor: 'ACME PAYOUT' }, { stripeAccount: 'acct_123', idempotencyKey })
   */
  create: payoutsCreate,
  /** Retrieves a payout. `GET /v1/payouts/{payout}` */
  retrieve: payoutsRetrieve,
  /** Updates metadata. `POST /v1/payouts/{payout}` */
  update: payoutsUpdate,
  /** Lists payouts (newest first). `GET /v1/payouts` */
  list: payoutsList,
  /** Cancels a payout that is still `pending`; the funds return to the balance. `POST /v1/payouts/{payout}/cancel` */
  cancel: payoutsCancel,
  /** Reverses a paid payout to a US bank account of a connected account. `POST /v1/payouts/{payout}/reverse` */
  reverse: payoutsReverse,
});

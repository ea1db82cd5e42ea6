import { defineResource, get, list, post } from '../core/resource.js';
import { V1RetrieveParams } from '../schemas/common.js';
import {
  FundingCancelParamsSchema,
  PayoutCreateParamsSchema,
  PayoutListParamsSchema,
  PayoutReverseParamsSchema,
  PayoutSchema,
  PayoutUpdateParamsSchema,
} from '../schemas/funding.js';

/** Payouts: send money from a Stripe balance to the account's own bank account or debit card. */
export const payouts = defineResource('payouts', {
  /**
   * Creates a manual payout (status `pending`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/payouts`
   * @example cp.payouts.create({ amount: 5_000, currency: 'usd', method: 'standard', statement_descriptor: 'ACME PAYOUT' }, { stripeAccount: 'acct_123', idempotencyKey })
   */
  create: post('/v1/payouts', { params: PayoutCreateParamsSchema, returns: PayoutSchema }),
  /** Retrieves a payout. `GET /v1/payouts/{payout}` */
  retrieve: get('/v1/payouts/{payout}', { params: V1RetrieveParams, returns: PayoutSchema }),
  /** Updates metadata. `POST /v1/payouts/{payout}` */
  update: post('/v1/payouts/{payout}', { params: PayoutUpdateParamsSchema, returns: PayoutSchema }),
  /** Lists payouts (newest first). `GET /v1/payouts` */
  list: list('/v1/payouts', { params: PayoutListParamsSchema, returns: PayoutSchema }),
  /** Cancels a payout that is still `pending`; the funds return to the balance. `POST /v1/payouts/{payout}/cancel` */
  cancel: post('/v1/payouts/{payout}/cancel', { params: FundingCancelParamsSchema, returns: PayoutSchema }),
  /** Reverses a paid payout to a US bank account of a connected account. `POST /v1/payouts/{payout}/reverse` */
  reverse: post('/v1/payouts/{payout}/reverse', { params: PayoutReverseParamsSchema, returns: PayoutSchema }),
});

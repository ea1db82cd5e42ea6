import { defineResource, get, list, post } from '../core/resource.js';
import { V1RetrieveParams } from '../schemas/common.js';
import { FundingCancelParamsSchema, TopupCreateParamsSchema, TopupListParamsSchema, TopupSchema, TopupUpdateParamsSchema } from '../schemas/funding.js';

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
  create: post('/v1/topups', { params: TopupCreateParamsSchema, returns: TopupSchema }),
  /** Retrieves a top-up. `GET /v1/topups/{topup}` */
  retrieve: get('/v1/topups/{topup}', { params: V1RetrieveParams, returns: TopupSchema }),
  /** Updates `description` or metadata. `POST /v1/topups/{topup}` */
  update: post('/v1/topups/{topup}', { params: TopupUpdateParamsSchema, returns: TopupSchema }),
  /** Lists top-ups (newest first). `GET /v1/topups` */
  list: list('/v1/topups', { params: TopupListParamsSchema, returns: TopupSchema }),
  /** Cancels a top-up that is still `pending`. `POST /v1/topups/{topup}/cancel` */
  cancel: post('/v1/topups/{topup}/cancel', { params: FundingCancelParamsSchema, returns: TopupSchema }),
});

import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  OutboundPaymentCreateParamsSchema,
  OutboundPaymentListParamsSchema,
  OutboundPaymentSchema,
  TreasuryCancelParamsSchema,
} from '../../schemas/treasury-money-movement.js';

/** Treasury outbound payments: send money to a third party's bank account or financial account. */
export const outboundPayments = defineResource('treasury.outboundPayments', {
  /**
   * Creates an outbound payment (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/outbound_payments`
   * @example cp.treasury.outboundPayments.create({ financial_account: 'fa_123', amount: 2_500, currency: 'usd',
   *   destination_payment_method_data: { type: 'us_bank_account', us_bank_account: { routing_number: '110000000', account_number: '000123456789' } },
   *   end_user_details: { present: false } }, { stripeAccount, idempotencyKey })
   */
  create: post('/v1/treasury/outbound_payments', { params: OutboundPaymentCreateParamsSchema, returns: OutboundPaymentSchema }),
  /** Retrieves an outbound payment. `GET /v1/treasury/outbound_payments/{outbound_payment}` */
  retrieve: get('/v1/treasury/outbound_payments/{outbound_payment}', { params: V1RetrieveParams, returns: OutboundPaymentSchema }),
  /** Lists the outbound payments of a financial account (`financial_account` is required). `GET /v1/treasury/outbound_payments` */
  list: list('/v1/treasury/outbound_payments', { params: OutboundPaymentListParamsSchema, returns: OutboundPaymentSchema }),
  /** Cancels an outbound payment while it is `processing` and `cancelable`. `POST /v1/treasury/outbound_payments/{outbound_payment}/cancel` */
  cancel: post('/v1/treasury/outbound_payments/{outbound_payment}/cancel', { params: TreasuryCancelParamsSchema, returns: OutboundPaymentSchema }),
});

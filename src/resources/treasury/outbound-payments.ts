import {
  treasuryOutboundPaymentsCancel,
  treasuryOutboundPaymentsCreate,
  treasuryOutboundPaymentsList,
  treasuryOutboundPaymentsRetrieve,
} from '../../generated/endpoints/treasury-outbound-payments.js';
import { defineResource } from '../../core/resource.js';

/** Treasury outbound payments: send money to a third party's bank account or financial account. */
export const outboundPayments = defineResource('treasury.outboundPayments', {
  /**
   * Creates an outbound payment (status `processing`). Moves money: pass an `idempotencyKey` you persist.
   * `POST /v1/treasury/outbound_payments`
   * @example cp.treasury.outboundPayments.create({ financial_account: 'fa_123', amount: 2_500, currency: 'usd',
   *   destination_payment_method_data: { type: 'us_bank_account', us_bank_account: { routing_number: '110000000', account_number: '000123456789' } },
   *   end_user_details: { present: false } }, { stripeAccount, idempotencyKey })
   */
  create: treasuryOutboundPaymentsCreate,
  /** Retrieves an outbound payment. `GET /v1/treasury/outbound_payments/{outbound_payment}` */
  retrieve: treasuryOutboundPaymentsRetrieve,
  /** Lists the outbound payments of a financial account (`financial_account` is required). `GET /v1/treasury/outbound_payments` */
  list: treasuryOutboundPaymentsList,
  /** Cancels an outbound payment while it is `processing` and `cancelable`. `POST /v1/treasury/outbound_payments/{outbound_payment}/cancel` */
  cancel: treasuryOutboundPaymentsCancel,
});

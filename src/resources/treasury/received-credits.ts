import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { ReceivedCreditListParamsSchema, ReceivedCreditSchema } from '../../schemas/treasury-money-movement.js';

/** Treasury received credits: money that arrived in a financial account (ACH, wire, RTP, Stripe). */
export const receivedCredits = defineResource('treasury.receivedCredits', {
  /** Retrieves a received credit. `GET /v1/treasury/received_credits/{received_credit}` */
  retrieve: get('/v1/treasury/received_credits/{received_credit}', { params: V1RetrieveParams, returns: ReceivedCreditSchema }),
  /**
   * Lists the received credits of a financial account (`financial_account` is required).
   * `GET /v1/treasury/received_credits`
   * @example cp.treasury.receivedCredits.list({ financial_account: 'fa_123', status: 'succeeded' }, { stripeAccount })
   */
  list: list('/v1/treasury/received_credits', { params: ReceivedCreditListParamsSchema, returns: ReceivedCreditSchema }),
});

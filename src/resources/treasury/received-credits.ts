import { treasuryReceivedCreditsList, treasuryReceivedCreditsRetrieve } from '../../generated/endpoints/treasury-received-credits.js';
import { defineResource } from '../../core/resource.js';

/** Treasury received credits: money that arrived in a financial account (ACH, wire, RTP, Stripe). */
export const receivedCredits = defineResource('treasury.receivedCredits', {
  /** Retrieves a received credit. `GET /v1/treasury/received_credits/{received_credit}` */
  retrieve: treasuryReceivedCreditsRetrieve,
  /**
   * Lists the received credits of a financial account (`financial_account` is required).
   * `GET /v1/treasury/received_credits`
   * @example cp.treasury.receivedCredits.list({ financial_account: 'fa_123', status: 'succeeded' }, { stripeAccount })
   */
  list: treasuryReceivedCreditsList,
});

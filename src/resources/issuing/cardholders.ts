import { issuingCardholdersCreate, issuingCardholdersList, issuingCardholdersRetrieve, issuingCardholdersUpdate } from '../../generated/endpoints/issuing-cardholders.js';
import { defineResource } from '../../core/resource.js';

/** Issuing cardholders: the people and companies cards are issued to. */
export const cardholders = defineResource('issuing.cardholders', {
  /**
   * Creates a cardholder. `POST /v1/issuing/cardholders`
   * @example
   * cp.issuing.cardholders.create({
   *   name: 'Jenny Rosen', type: 'individual', email: 'jenny@example.com',
   *   billing: { address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
   *   spending_controls: { spending_limits: [{ amount: 100000, interval: 'monthly' }], spending_limits_currency: 'usd' },
   * }, { stripeAccount: 'acct_123' })
   */
  create: issuingCardholdersCreate,
  /**
   * Retrieves a cardholder. `GET /v1/issuing/cardholders/{cardholder}`
   * @example cp.issuing.cardholders.retrieve('ich_123')
   */
  retrieve: issuingCardholdersRetrieve,
  /**
   * Updates a cardholder; fields left out stay as they are. `POST /v1/issuing/cardholders/{cardholder}`
   * @example cp.issuing.cardholders.update('ich_123', { status: 'inactive' })
   */
  update: issuingCardholdersUpdate,
  /**
   * Lists cardholders, newest first; iterate every page with `for await`. `GET /v1/issuing/cardholders`
   * @example for await (const ch of cp.issuing.cardholders.list({ status: 'active', limit: 100 })) { … }
   */
  list: issuingCardholdersList,
});

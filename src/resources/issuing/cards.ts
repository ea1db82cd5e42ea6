import { issuingCardsCreate, issuingCardsList, issuingCardsRetrieve, issuingCardsUpdate } from '../../generated/endpoints/issuing-cards.js';
import { defineResource } from '../../core/resource.js';

/** Issuing cards: virtual and physical cards of a cardholder, with their spending controls. */
export const cards = defineResource('issuing.cards', {
  /**
   * Creates a card. `POST /v1/issuing/cards`
   * @example
   * cp.issuing.cards.create({
   *   cardholder: 'ich_123', financial_account: 'fa_123', currency: 'usd', type: 'virtual', status: 'active',
   *   spending_controls: { blocked_categories: ['betting_casino_gambling'], spending_limits: [{ amount: 5000, interval: 'monthly' }] },
   * }, { stripeAccount: 'acct_123' })
   */
  create: issuingCardsCreate,
  /**
   * Retrieves a card; `expand: ['number', 'cvc']` reveals the full PAN and CVC of a virtual card (PCI scope).
   * `GET /v1/issuing/cards/{card}`
   * @example cp.issuing.cards.retrieve('ic_123', { expand: ['number', 'cvc'] })
   */
  retrieve: issuingCardsRetrieve,
  /**
   * Updates a card: status (`canceled` is irreversible), spending controls, shipping, PIN, metadata.
   * `POST /v1/issuing/cards/{card}`
   * @example cp.issuing.cards.update('ic_123', { status: 'canceled', cancellation_reason: 'lost' })
   */
  update: issuingCardsUpdate,
  /**
   * Lists cards, newest first; iterate every page with `for await`. `GET /v1/issuing/cards`
   * @example for await (const card of cp.issuing.cards.list({ cardholder: 'ich_123', status: 'active' })) { … }
   */
  list: issuingCardsList,
});

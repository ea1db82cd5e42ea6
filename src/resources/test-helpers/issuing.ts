import {
  testHelpersIssuingAuthorizationsCapture,
  testHelpersIssuingAuthorizationsCreate,
  testHelpersIssuingAuthorizationsExpire,
  testHelpersIssuingAuthorizationsFinalizeAmount,
  testHelpersIssuingAuthorizationsIncrement,
  testHelpersIssuingAuthorizationsRespond,
  testHelpersIssuingAuthorizationsReverse,
} from '../../generated/endpoints/test-helpers-issuing-authorizations.js';
import {
  testHelpersIssuingCardsDeliverCard,
  testHelpersIssuingCardsFailCard,
  testHelpersIssuingCardsReturnCard,
  testHelpersIssuingCardsShipCard,
  testHelpersIssuingCardsSubmitCard,
} from '../../generated/endpoints/test-helpers-issuing-cards.js';
import {
  testHelpersIssuingPersonalizationDesignsActivate,
  testHelpersIssuingPersonalizationDesignsDeactivate,
  testHelpersIssuingPersonalizationDesignsReject,
} from '../../generated/endpoints/test-helpers-issuing-personalization-designs.js';
import {
  testHelpersIssuingTransactionsCreateForceCapture,
  testHelpersIssuingTransactionsCreateUnlinkedRefund,
  testHelpersIssuingTransactionsRefund,
} from '../../generated/endpoints/test-helpers-issuing-transactions.js';
import { defineTestHelpers } from '../../core/resource.js';

/** Simulated card purchases (test mode only). */
const authorizations = defineTestHelpers('testHelpers.issuing.authorizations', {
  /**
   * Simulates a purchase: creates an authorization on a test card (approved or declined by the card's
   * status and spending controls). `POST /v1/test_helpers/issuing/authorizations`
   * @example
   * const auth = await cp.testHelpers.issuing.authorizations.create({
   *   card: card.id, amount: 1250, currency: 'usd',
   *   merchant_data: { category: 'eating_places_restaurants', name: 'Noodle Bar', city: 'Austin', country: 'US' },
   * });
   */
  create: testHelpersIssuingAuthorizationsCreate,
  /**
   * Captures an authorization, creating a `capture` transaction. `POST /v1/test_helpers/issuing/authorizations/{authorization}/capture`
   * @example await cp.testHelpers.issuing.authorizations.capture(auth.id, { capture_amount: 1000 });
   */
  capture: testHelpersIssuingAuthorizationsCapture,
  /** Expires a pending authorization. `POST /v1/test_helpers/issuing/authorizations/{authorization}/expire` */
  expire: testHelpersIssuingAuthorizationsExpire,
  /**
   * Sets the final amount of an authorization (fuel dispensers). `POST /v1/test_helpers/issuing/authorizations/{authorization}/finalize_amount`
   * @example cp.testHelpers.issuing.authorizations.finalizeAmount(auth.id, { final_amount: 4321 })
   */
  finalizeAmount: testHelpersIssuingAuthorizationsFinalizeAmount,
  /**
   * Increments the hold (e.g. a tip). `POST /v1/test_helpers/issuing/authorizations/{authorization}/increment`
   * @example cp.testHelpers.issuing.authorizations.increment(auth.id, { increment_amount: 200 })
   */
  increment: testHelpersIssuingAuthorizationsIncrement,
  /**
   * Reverses all or part of the hold. `POST /v1/test_helpers/issuing/authorizations/{authorization}/reverse`
   * @example cp.testHelpers.issuing.authorizations.reverse(auth.id, { reverse_amount: 500 })
   */
  reverse: testHelpersIssuingAuthorizationsReverse,
  /**
   * Answers the SMS fraud challenge of an authorization as the cardholder.
   * `POST /v1/test_helpers/issuing/authorizations/{authorization}/fraud_challenges/respond`
   */
  respond: testHelpersIssuingAuthorizationsRespond,
});

/** Simulated shipping of physical cards (test mode only). */
const cards = defineTestHelpers('testHelpers.issuing.cards', {
  /** Moves a physical card's `shipping.status` to `delivered`. `POST /v1/test_helpers/issuing/cards/{card}/shipping/deliver` */
  deliverCard: testHelpersIssuingCardsDeliverCard,
  /** Moves a physical card's `shipping.status` to `failure`. `POST /v1/test_helpers/issuing/cards/{card}/shipping/fail` */
  failCard: testHelpersIssuingCardsFailCard,
  /** Moves a physical card's `shipping.status` to `returned`. `POST /v1/test_helpers/issuing/cards/{card}/shipping/return` */
  returnCard: testHelpersIssuingCardsReturnCard,
  /**
   * Moves a physical card's `shipping.status` to `shipped`. `POST /v1/test_helpers/issuing/cards/{card}/shipping/ship`
   * @example await cp.testHelpers.issuing.cards.shipCard('ic_123');
   */
  shipCard: testHelpersIssuingCardsShipCard,
  /** Moves a physical card's `shipping.status` to `submitted`. `POST /v1/test_helpers/issuing/cards/{card}/shipping/submit` */
  submitCard: testHelpersIssuingCardsSubmitCard,
});

/** Simulated review of personalization designs (test mode only). */
const personalizationDesigns = defineTestHelpers('testHelpers.issuing.personalizationDesigns', {
  /** Approves a design: status `active`. `POST /v1/test_helpers/issuing/personalization_designs/{personalization_design}/activate` */
  activate: testHelpersIssuingPersonalizationDesignsActivate,
  /** Deactivates a design: status `inactive`. `POST /v1/test_helpers/issuing/personalization_designs/{personalization_design}/deactivate` */
  deactivate: testHelpersIssuingPersonalizationDesignsDeactivate,
  /**
   * Rejects a design: status `rejected` with reasons. `POST /v1/test_helpers/issuing/personalization_designs/{personalization_design}/reject`
   * @example cp.testHelpers.issuing.personalizationDesigns.reject('ipcd_123', { rejection_reasons: { card_logo: ['network_name'] } })
   */
  reject: testHelpersIssuingPersonalizationDesignsReject,
});

/** Simulated transactions without an authorization, and refunds (test mode only). */
const transactions = defineTestHelpers('testHelpers.issuing.transactions', {
  /**
   * Creates a capture with no prior authorization (a "force capture").
   * `POST /v1/test_helpers/issuing/transactions/create_force_capture`
   * @example cp.testHelpers.issuing.transactions.createForceCapture({ card: 'ic_123', amount: 900, currency: 'usd' })
   */
  createForceCapture: testHelpersIssuingTransactionsCreateForceCapture,
  /**
   * Creates a refund not linked to any capture. `POST /v1/test_helpers/issuing/transactions/create_unlinked_refund`
   * @example cp.testHelpers.issuing.transactions.createUnlinkedRefund({ card: 'ic_123', amount: 300 })
   */
  createUnlinkedRefund: testHelpersIssuingTransactionsCreateUnlinkedRefund,
  /**
   * Refunds a capture, creating a `refund` transaction (positive amount). `POST /v1/test_helpers/issuing/transactions/{transaction}/refund`
   * @example cp.testHelpers.issuing.transactions.refund('ipi_123', { refund_amount: 500 })
   */
  refund: testHelpersIssuingTransactionsRefund,
});

/** Issuing simulations (test mode only). Every call is refused with a live key before anything is sent. */
export const testHelpersIssuing = { authorizations, cards, personalizationDesigns, transactions };

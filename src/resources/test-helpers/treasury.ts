import {
  testHelpersTreasuryInboundTransfersFail,
  testHelpersTreasuryInboundTransfersReturnInboundTransfer,
  testHelpersTreasuryInboundTransfersSucceed,
} from '../../generated/endpoints/test-helpers-treasury-inbound-transfers.js';
import {
  testHelpersTreasuryOutboundPaymentsFail,
  testHelpersTreasuryOutboundPaymentsPost,
  testHelpersTreasuryOutboundPaymentsReturnOutboundPayment,
  testHelpersTreasuryOutboundPaymentsUpdate,
} from '../../generated/endpoints/test-helpers-treasury-outbound-payments.js';
import {
  testHelpersTreasuryOutboundTransfersFail,
  testHelpersTreasuryOutboundTransfersPost,
  testHelpersTreasuryOutboundTransfersReturnOutboundTransfer,
  testHelpersTreasuryOutboundTransfersUpdate,
} from '../../generated/endpoints/test-helpers-treasury-outbound-transfers.js';
import { testHelpersTreasuryReceivedCreditsCreate } from '../../generated/endpoints/test-helpers-treasury-received-credits.js';
import { testHelpersTreasuryReceivedDebitsCreate } from '../../generated/endpoints/test-helpers-treasury-received-debits.js';
import { defineTestHelpers } from '../../core/resource.js';

/** Treasury simulations of inbound transfers (test mode only). */
const inboundTransfers = defineTestHelpers('testHelpers.treasury.inboundTransfers', {
  /**
   * Fails a `processing` inbound transfer. `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/fail`
   * @example cp.testHelpers.treasury.inboundTransfers.fail('ibt_123', { failure_details: { code: 'insufficient_funds' } }, { stripeAccount })
   */
  fail: testHelpersTreasuryInboundTransfersFail,
  /** Succeeds a `processing` inbound transfer. `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/succeed` */
  succeed: testHelpersTreasuryInboundTransfersSucceed,
  /**
   * Marks a `succeeded` inbound transfer as returned and links it to a received debit.
   * `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/return`
   */
  returnInboundTransfer: testHelpersTreasuryInboundTransfersReturnInboundTransfer,
});

/** Treasury simulations of outbound transfers (test mode only). */
const outboundTransfers = defineTestHelpers('testHelpers.treasury.outboundTransfers', {
  /**
   * Sets the network tracking details. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}`
   * @example cp.testHelpers.treasury.outboundTransfers.update('obt_123', { tracking_details: { type: 'ach', ach: { trace_id: '123' } } })
   */
  update: testHelpersTreasuryOutboundTransfersUpdate,
  /** Fails a `processing` outbound transfer. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail` */
  fail: testHelpersTreasuryOutboundTransfersFail,
  /** Posts a `processing` outbound transfer. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post` */
  post: testHelpersTreasuryOutboundTransfersPost,
  /**
   * Returns an outbound transfer (status `returned`, `returned_details` set).
   * `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return`
   * @example cp.testHelpers.treasury.outboundTransfers.returnOutboundTransfer('obt_123', { returned_details: { code: 'account_closed' } })
   */
  returnOutboundTransfer: testHelpersTreasuryOutboundTransfersReturnOutboundTransfer,
});

/** Treasury simulations of outbound payments (test mode only). */
const outboundPayments = defineTestHelpers('testHelpers.treasury.outboundPayments', {
  /** Sets the network tracking details. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}` */
  update: testHelpersTreasuryOutboundPaymentsUpdate,
  /** Fails a `processing` outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/fail` */
  fail: testHelpersTreasuryOutboundPaymentsFail,
  /** Posts a `processing` outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/post` */
  post: testHelpersTreasuryOutboundPaymentsPost,
  /** Returns an outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/return` */
  returnOutboundPayment: testHelpersTreasuryOutboundPaymentsReturnOutboundPayment,
});

/** Treasury simulations of received credits (test mode only). */
const receivedCredits = defineTestHelpers('testHelpers.treasury.receivedCredits', {
  /**
   * Simulates money arriving in a financial account. `POST /v1/test_helpers/treasury/received_credits`
   * @example cp.testHelpers.treasury.receivedCredits.create({ financial_account: 'fa_123', amount: 10_000, currency: 'usd', network: 'ach' }, { stripeAccount })
   */
  create: testHelpersTreasuryReceivedCreditsCreate,
});

/** Treasury simulations of received debits (test mode only). */
const receivedDebits = defineTestHelpers('testHelpers.treasury.receivedDebits', {
  /** Simulates a third party pulling money out of a financial account. `POST /v1/test_helpers/treasury/received_debits` */
  create: testHelpersTreasuryReceivedDebitsCreate,
});

/** Treasury simulations (test mode only). Every call is refused with a live key before anything is sent. */
export const testHelpersTreasury = { inboundTransfers, outboundTransfers, outboundPayments, receivedCredits, receivedDebits };

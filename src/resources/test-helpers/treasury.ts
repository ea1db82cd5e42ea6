import { defineTestHelpers, post } from '../../core/resource.js';
import {
  InboundTransferFailParamsSchema,
  InboundTransferSchema,
  OutboundPaymentSchema,
  OutboundReturnParamsSchema,
  OutboundTransferSchema,
  ReceivedCreditCreateParamsSchema,
  ReceivedCreditSchema,
  ReceivedDebitCreateParamsSchema,
  ReceivedDebitSchema,
  TrackingDetailsUpdateParamsSchema,
  TreasuryCancelParamsSchema,
} from '../../schemas/treasury-money-movement.js';

const NoParams = TreasuryCancelParamsSchema;

/** Treasury simulations of inbound transfers (test mode only). */
const inboundTransfers = defineTestHelpers('testHelpers.treasury.inboundTransfers', {
  /**
   * Fails a `processing` inbound transfer. `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/fail`
   * @example cp.testHelpers.treasury.inboundTransfers.fail('ibt_123', { failure_details: { code: 'insufficient_funds' } }, { stripeAccount })
   */
  fail: post('/v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/fail', { params: InboundTransferFailParamsSchema, returns: InboundTransferSchema }),
  /** Succeeds a `processing` inbound transfer. `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/succeed` */
  succeed: post('/v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/succeed', { params: NoParams, returns: InboundTransferSchema }),
  /**
   * Marks a `succeeded` inbound transfer as returned and links it to a received debit.
   * `POST /v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/return`
   */
  returnInboundTransfer: post('/v1/test_helpers/treasury/inbound_transfers/{inbound_transfer}/return', {
    params: NoParams,
    returns: InboundTransferSchema,
  }),
});

/** Treasury simulations of outbound transfers (test mode only). */
const outboundTransfers = defineTestHelpers('testHelpers.treasury.outboundTransfers', {
  /**
   * Sets the network tracking details. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}`
   * @example cp.testHelpers.treasury.outboundTransfers.update('obt_123', { tracking_details: { type: 'ach', ach: { trace_id: '123' } } })
   */
  update: post('/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}', { params: TrackingDetailsUpdateParamsSchema, returns: OutboundTransferSchema }),
  /** Fails a `processing` outbound transfer. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail` */
  fail: post('/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/fail', { params: NoParams, returns: OutboundTransferSchema }),
  /** Posts a `processing` outbound transfer. `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post` */
  post: post('/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/post', { params: NoParams, returns: OutboundTransferSchema }),
  /**
   * Returns an outbound transfer (status `returned`, `returned_details` set).
   * `POST /v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return`
   * @example cp.testHelpers.treasury.outboundTransfers.returnOutboundTransfer('obt_123', { returned_details: { code: 'account_closed' } })
   */
  returnOutboundTransfer: post('/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return', {
    params: OutboundReturnParamsSchema,
    returns: OutboundTransferSchema,
  }),
});

/** Treasury simulations of outbound payments (test mode only). */
const outboundPayments = defineTestHelpers('testHelpers.treasury.outboundPayments', {
  /** Sets the network tracking details. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}` */
  update: post('/v1/test_helpers/treasury/outbound_payments/{outbound_payment}', { params: TrackingDetailsUpdateParamsSchema, returns: OutboundPaymentSchema }),
  /** Fails a `processing` outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/fail` */
  fail: post('/v1/test_helpers/treasury/outbound_payments/{outbound_payment}/fail', { params: NoParams, returns: OutboundPaymentSchema }),
  /** Posts a `processing` outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/post` */
  post: post('/v1/test_helpers/treasury/outbound_payments/{outbound_payment}/post', { params: NoParams, returns: OutboundPaymentSchema }),
  /** Returns an outbound payment. `POST /v1/test_helpers/treasury/outbound_payments/{outbound_payment}/return` */
  returnOutboundPayment: post('/v1/test_helpers/treasury/outbound_payments/{outbound_payment}/return', {
    params: OutboundReturnParamsSchema,
    returns: OutboundPaymentSchema,
  }),
});

/** Treasury simulations of received credits (test mode only). */
const receivedCredits = defineTestHelpers('testHelpers.treasury.receivedCredits', {
  /**
   * Simulates money arriving in a financial account. `POST /v1/test_helpers/treasury/received_credits`
   * @example cp.testHelpers.treasury.receivedCredits.create({ financial_account: 'fa_123', amount: 10_000, currency: 'usd', network: 'ach' }, { stripeAccount })
   */
  create: post('/v1/test_helpers/treasury/received_credits', { params: ReceivedCreditCreateParamsSchema, returns: ReceivedCreditSchema }),
});

/** Treasury simulations of received debits (test mode only). */
const receivedDebits = defineTestHelpers('testHelpers.treasury.receivedDebits', {
  /** Simulates a third party pulling money out of a financial account. `POST /v1/test_helpers/treasury/received_debits` */
  create: post('/v1/test_helpers/treasury/received_debits', { params: ReceivedDebitCreateParamsSchema, returns: ReceivedDebitSchema }),
});

/** Treasury simulations (test mode only). Every call is refused with a live key before anything is sent. */
export const testHelpersTreasury = { inboundTransfers, outboundTransfers, outboundPayments, receivedCredits, receivedDebits };

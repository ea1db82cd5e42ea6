import * as z from 'zod';
import {
  Address,
  AddressParam,
  Currency,
  Id,
  Metadata,
  MetadataParam,
  RangeQuery,
  Timestamp,
  V1ListParams,
  openEnum,
  paramEnum,
} from './common.js';
import { TreasuryTransactionSchema } from './treasury-transactions.js';

const Amount = z.number().int();
/** A positive amount in minor units, as params require. */
const PositiveAmount = z.number().int().positive();
/** A transaction id, or the transaction itself with `expand[]=transaction`. */
const TransactionRef = z.union([z.string(), TreasuryTransactionSchema]);
const Expand = { expand: z.array(z.string()).optional() };

/** Billing details of a payment method, as returned. */
export const TreasuryBillingDetailsSchema = z.object({
  address: Address,
  email: z.string().nullable(),
  name: z.string().nullable(),
});

/** A US bank account as a Treasury flow describes it. */
export const TreasuryUsBankAccountSchema = z.object({
  account_holder_type: openEnum(['company', 'individual']).nullable(),
  account_type: openEnum(['checking', 'savings']).nullable(),
  bank_name: z.string().nullable(),
  fingerprint: z.string().nullable(),
  last4: z.string().nullable(),
  mandate: z.union([z.string(), z.object({ id: Id })]).optional(),
  network: openEnum(['ach', 'us_domestic_wire']),
  routing_number: z.string().nullable(),
});

/** Where an outbound transfer or payment goes: a bank account or another financial account. */
export const DestinationPaymentMethodDetailsSchema = z.object({
  billing_details: TreasuryBillingDetailsSchema,
  financial_account: z.object({ id: Id, network: openEnum(['stripe']) }).optional(),
  type: openEnum(['financial_account', 'us_bank_account']),
  us_bank_account: TreasuryUsBankAccountSchema.optional(),
});

const RETURNED_CODES = [
  'account_closed',
  'account_frozen',
  'bank_account_restricted',
  'bank_ownership_changed',
  'declined',
  'incorrect_account_holder_name',
  'invalid_account_number',
  'invalid_currency',
  'no_account',
  'other',
] as const;

/** Why an outbound flow was returned (`returned_details.code`). */
export const ReturnedCodeSchema = openEnum(RETURNED_CODES);
/** `returned_details.code` of an outbound transfer or payment. */
export type ReturnedCode = z.output<typeof ReturnedCodeSchema>;


/** Set when the receiving bank returned the money: the code and the transaction that credited it back. */
export const ReturnedDetailsSchema = z.object({ code: ReturnedCodeSchema, transaction: TransactionRef });

/** Network tracking ids of an outbound flow. */
export const TrackingDetailsSchema = z.object({
  ach: z.object({ trace_id: z.string() }).optional(),
  type: openEnum(['ach', 'us_domestic_wire']),
  us_domestic_wire: z.object({ chips: z.string().nullable(), imad: z.string().nullable(), omad: z.string().nullable() }).optional(),
});

/** `status` of an outbound transfer or payment. */
export const OutboundStatusSchema = openEnum(['processing', 'posted', 'failed', 'returned', 'canceled']);
/** `processing` → `posted` (→ `returned`), or `failed` / `canceled`. */
export type OutboundStatus = z.output<typeof OutboundStatusSchema>;

/** When an outbound flow reached each status (Unix seconds, `null` until then). */
export const OutboundStatusTransitionsSchema = z.object({
  canceled_at: Timestamp.nullable(),
  failed_at: Timestamp.nullable(),
  posted_at: Timestamp.nullable(),
  returned_at: Timestamp.nullable(),
});

/** A Treasury outbound transfer (`obt_…`): money sent to the account owner's own bank account or financial account. */
export const OutboundTransferSchema = z.object({
  id: Id,
  object: z.literal('treasury.outbound_transfer'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  destination_payment_method: z.string().nullable(),
  destination_payment_method_details: DestinationPaymentMethodDetailsSchema,
  expected_arrival_date: Timestamp,
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  livemode: z.boolean(),
  metadata: Metadata,
  returned_details: ReturnedDetailsSchema.nullable(),
  statement_descriptor: z.string(),
  status: OutboundStatusSchema,
  status_transitions: OutboundStatusTransitionsSchema,
  tracking_details: TrackingDetailsSchema.nullable(),
  transaction: TransactionRef,
});
/** A Treasury outbound transfer (`obt_…`). */
export type OutboundTransfer = z.output<typeof OutboundTransferSchema>;

/** A Treasury outbound payment (`obp_…`): money sent to a third party's bank account or financial account. */
export const OutboundPaymentSchema = z.object({
  id: Id,
  object: z.literal('treasury.outbound_payment'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  customer: z.string().nullable(),
  description: z.string().nullable(),
  destination_payment_method: z.string().nullable(),
  destination_payment_method_details: DestinationPaymentMethodDetailsSchema.nullable(),
  end_user_details: z.object({ ip_address: z.string().nullable(), present: z.boolean() }).nullable(),
  expected_arrival_date: Timestamp,
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  livemode: z.boolean(),
  metadata: Metadata,
  returned_details: ReturnedDetailsSchema.nullable(),
  statement_descriptor: z.string(),
  status: OutboundStatusSchema,
  status_transitions: OutboundStatusTransitionsSchema,
  tracking_details: TrackingDetailsSchema.nullable(),
  transaction: TransactionRef,
});
/** A Treasury outbound payment (`obp_…`). */
export type OutboundPayment = z.output<typeof OutboundPaymentSchema>;

/** `status` of an inbound transfer. */
export const InboundTransferStatusSchema = openEnum(['processing', 'succeeded', 'failed', 'canceled']);
/** `processing` → `succeeded` or `failed`; `canceled` while still cancelable. */
export type InboundTransferStatus = z.output<typeof InboundTransferStatusSchema>;

const INBOUND_FAILURE_CODES = [
  'account_closed',
  'account_frozen',
  'bank_account_restricted',
  'bank_ownership_changed',
  'debit_not_authorized',
  'incorrect_account_holder_address',
  'incorrect_account_holder_name',
  'incorrect_account_holder_tax_id',
  'insufficient_funds',
  'invalid_account_number',
  'invalid_currency',
  'no_account',
  'other',
] as const;

/** `failure_details.code` of an inbound transfer. */
export const InboundTransferFailureCodeSchema = openEnum(INBOUND_FAILURE_CODES);
/** Why an inbound transfer failed. */
export type InboundTransferFailureCode = z.output<typeof InboundTransferFailureCodeSchema>;

/** A Treasury inbound transfer (`ibt_…`): money pulled into a financial account from the owner's bank account. */
export const InboundTransferSchema = z.object({
  id: Id,
  object: z.literal('treasury.inbound_transfer'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  failure_details: z.object({ code: InboundTransferFailureCodeSchema }).nullable(),
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  /** The received debit a return created (`rd_…`). */
  linked_flows: z.object({ received_debit: z.string().nullable() }),
  livemode: z.boolean(),
  metadata: Metadata,
  origin_payment_method: z.string().nullable(),
  origin_payment_method_details: z
    .object({
      billing_details: TreasuryBillingDetailsSchema,
      type: openEnum(['us_bank_account']),
      us_bank_account: TreasuryUsBankAccountSchema.optional(),
    })
    .nullable(),
  returned: z.boolean().nullable(),
  statement_descriptor: z.string(),
  status: InboundTransferStatusSchema,
  status_transitions: z.object({
    canceled_at: Timestamp.nullable().optional(),
    failed_at: Timestamp.nullable(),
    succeeded_at: Timestamp.nullable(),
  }),
  transaction: TransactionRef.nullable(),
});
/** A Treasury inbound transfer (`ibt_…`). */
export type InboundTransfer = z.output<typeof InboundTransferSchema>;

/** How the sender of a received credit or debit paid. */
export const InitiatingPaymentMethodDetailsSchema = z.object({
  balance: openEnum(['payments']).optional(),
  billing_details: TreasuryBillingDetailsSchema.optional(),
  financial_account: z.object({ id: Id, network: openEnum(['stripe']) }).optional(),
  issuing_card: z.string().optional(),
  type: openEnum(['balance', 'financial_account', 'issuing_card', 'stripe', 'us_bank_account']),
  us_bank_account: z
    .object({ bank_name: z.string().nullable().optional(), last4: z.string().nullable(), routing_number: z.string().nullable() })
    .optional(),
});

/** Whether and until when a received credit or debit can be reversed. */
export const ReversalDetailsSchema = z.object({
  deadline: Timestamp.nullable(),
  restricted_reason: openEnum(['already_reversed', 'deadline_passed', 'network_restricted', 'other', 'source_flow_restricted']).nullable(),
});

/** `status` of a received credit or debit. */
export const ReceivedStatusSchema = openEnum(['succeeded', 'failed']);
/** `succeeded` or `failed`. */
export type ReceivedStatus = z.output<typeof ReceivedStatusSchema>;

/** A Treasury received credit (`rc_…`): money that arrived in a financial account from outside. */
export const ReceivedCreditSchema = z.object({
  id: Id,
  object: z.literal('treasury.received_credit'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  description: z.string(),
  failure_code: openEnum(['account_closed', 'account_frozen', 'international_transaction', 'other']).nullable(),
  financial_account: z.string().nullable(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  initiating_payment_method_details: InitiatingPaymentMethodDetailsSchema,
  linked_flows: z.object({
    credit_reversal: z.string().nullable(),
    issuing_authorization: z.string().nullable(),
    issuing_transaction: z.string().nullable(),
    source_flow: z.string().nullable(),
    source_flow_details: z
      .object({ type: openEnum(['credit_reversal', 'other', 'outbound_payment', 'outbound_transfer', 'payout']) })
      .nullable()
      .optional(),
    source_flow_type: z.string().nullable(),
  }),
  livemode: z.boolean(),
  network: openEnum(['ach', 'card', 'rtp', 'stripe', 'us_domestic_wire']),
  reversal_details: ReversalDetailsSchema.nullable(),
  status: ReceivedStatusSchema,
  transaction: TransactionRef.nullable(),
});
/** A Treasury received credit (`rc_…`). */
export type ReceivedCredit = z.output<typeof ReceivedCreditSchema>;

/** A Treasury received debit (`rd_…`): money pulled out of a financial account by someone else (or an Issuing card). */
export const ReceivedDebitSchema = z.object({
  id: Id,
  object: z.literal('treasury.received_debit'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  description: z.string(),
  failure_code: openEnum(['account_closed', 'account_frozen', 'insufficient_funds', 'international_transaction', 'other']).nullable(),
  financial_account: z.string().nullable(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  initiating_payment_method_details: InitiatingPaymentMethodDetailsSchema.optional(),
  linked_flows: z.object({
    debit_reversal: z.string().nullable(),
    inbound_transfer: z.string().nullable(),
    issuing_authorization: z.string().nullable(),
    issuing_transaction: z.string().nullable(),
    payout: z.string().nullable(),
    topup: z.string().nullable().optional(),
  }),
  livemode: z.boolean(),
  network: openEnum(['ach', 'card', 'stripe']),
  reversal_details: ReversalDetailsSchema.nullable(),
  status: ReceivedStatusSchema,
  transaction: TransactionRef.nullable(),
});
/** A Treasury received debit (`rd_…`). */
export type ReceivedDebit = z.output<typeof ReceivedDebitSchema>;

/** A Treasury credit reversal (`credrev_…`): sends a received credit back to its sender. */
export const CreditReversalSchema = z.object({
  id: Id,
  object: z.literal('treasury.credit_reversal'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  livemode: z.boolean(),
  metadata: Metadata,
  network: openEnum(['ach', 'stripe']),
  received_credit: z.string(),
  status: openEnum(['processing', 'posted', 'canceled']),
  status_transitions: z.object({ posted_at: Timestamp.nullable() }),
  transaction: TransactionRef.nullable(),
});
/** A Treasury credit reversal (`credrev_…`). */
export type CreditReversal = z.output<typeof CreditReversalSchema>;

/** A Treasury debit reversal (`debrev_…`): disputes a received debit to get the money back. */
export const DebitReversalSchema = z.object({
  id: Id,
  object: z.literal('treasury.debit_reversal'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  financial_account: z.string().nullable(),
  hosted_regulatory_receipt_url: z.string().nullable(),
  linked_flows: z.object({ issuing_dispute: z.string().nullable() }).nullable(),
  livemode: z.boolean(),
  metadata: Metadata,
  network: openEnum(['ach', 'card']),
  received_debit: z.string(),
  status: openEnum(['processing', 'succeeded', 'failed']),
  status_transitions: z.object({ completed_at: Timestamp.nullable() }),
  transaction: TransactionRef.nullable(),
});
/** A Treasury debit reversal (`debrev_…`). */
export type DebitReversal = z.output<typeof DebitReversalSchema>;

// ---------------------------------------------------------------- params

/** `network` of a US bank account destination. */
export const UsBankNetworkParamSchema = paramEnum(['ach', 'us_domestic_wire']);

const DestinationOptions = z.strictObject({
  us_bank_account: z.union([z.strictObject({ network: UsBankNetworkParamSchema.optional() }), z.literal('')]).optional(),
});

/** Params of `treasury.inboundTransfers.create`. */
export const InboundTransferCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  /** The financial account to credit (`fa_…`). */
  financial_account: Id,
  /** A verified `us_bank_account` PaymentMethod of the account owner (`pm_…`). */
  origin_payment_method: Id,
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  statement_descriptor: z.string().max(10).optional(),
  ...Expand,
});
/** Params of `treasury.inboundTransfers.create`. */
export type InboundTransferCreateParams = z.input<typeof InboundTransferCreateParamsSchema>;

/** Params of `treasury.inboundTransfers.list`: `financial_account` is required. */
export const InboundTransferListParamsSchema = z.strictObject({
  financial_account: Id,
  status: paramEnum(['processing', 'succeeded', 'failed', 'canceled']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.inboundTransfers.list`. */
export type InboundTransferListParams = z.input<typeof InboundTransferListParamsSchema>;

/** Params of `treasury.outboundTransfers.create`: a `destination_payment_method` or `destination_payment_method_data`. */
export const OutboundTransferCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  /** The financial account to debit (`fa_…`). */
  financial_account: Id,
  description: z.string().optional(),
  /** The owner's `us_bank_account` PaymentMethod (`pm_…`). */
  destination_payment_method: Id.optional(),
  /** Another financial account of the same owner. */
  destination_payment_method_data: z.strictObject({ type: paramEnum(['financial_account']), financial_account: Id.optional() }).optional(),
  destination_payment_method_options: DestinationOptions.optional(),
  metadata: MetadataParam.optional(),
  statement_descriptor: z.string().optional(),
  ...Expand,
});
/** Params of `treasury.outboundTransfers.create`. */
export type OutboundTransferCreateParams = z.input<typeof OutboundTransferCreateParamsSchema>;

/** `status` filter of outbound transfer and payment lists. */
const OutboundStatusParam = paramEnum(['processing', 'posted', 'failed', 'returned', 'canceled']);

/** Params of `treasury.outboundTransfers.list`: `financial_account` is required. */
export const OutboundTransferListParamsSchema = z.strictObject({
  financial_account: Id,
  status: OutboundStatusParam.optional(),
  ...V1ListParams,
});
/** Params of `treasury.outboundTransfers.list`. */
export type OutboundTransferListParams = z.input<typeof OutboundTransferListParamsSchema>;

/** Params of `treasury.outboundPayments.create`: a `destination_payment_method` or `destination_payment_method_data`. */
export const OutboundPaymentCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  /** The financial account to debit (`fa_…`). */
  financial_account: Id,
  customer: Id.optional(),
  description: z.string().optional(),
  destination_payment_method: Id.optional(),
  /** A new destination: a third party's bank account or financial account. */
  destination_payment_method_data: z
    .strictObject({
      type: paramEnum(['financial_account', 'us_bank_account']),
      billing_details: z
        .strictObject({
          address: z.union([AddressParam, z.literal('')]).optional(),
          email: z.string().optional(),
          name: z.string().optional(),
          phone: z.string().optional(),
        })
        .optional(),
      financial_account: Id.optional(),
      metadata: MetadataParam.optional(),
      us_bank_account: z
        .strictObject({
          account_holder_type: paramEnum(['company', 'individual']).optional(),
          account_number: z.string().optional(),
          account_type: paramEnum(['checking', 'savings']).optional(),
          financial_connections_account: Id.optional(),
          routing_number: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  destination_payment_method_options: DestinationOptions.optional(),
  /** Who initiated the payment (required by Stripe for a `customer` or an `us_bank_account` destination). */
  end_user_details: z.strictObject({ present: z.boolean(), ip_address: z.string().optional() }).optional(),
  metadata: MetadataParam.optional(),
  statement_descriptor: z.string().optional(),
  ...Expand,
});
/** Params of `treasury.outboundPayments.create`. */
export type OutboundPaymentCreateParams = z.input<typeof OutboundPaymentCreateParamsSchema>;

/** Params of `treasury.outboundPayments.list`: `financial_account` is required. */
export const OutboundPaymentListParamsSchema = z.strictObject({
  financial_account: Id,
  created: RangeQuery.optional(),
  customer: Id.optional(),
  status: OutboundStatusParam.optional(),
  ...V1ListParams,
});
/** Params of `treasury.outboundPayments.list`. */
export type OutboundPaymentListParams = z.input<typeof OutboundPaymentListParamsSchema>;

/** Params of `treasury.receivedCredits.list`: `financial_account` is required. */
export const ReceivedCreditListParamsSchema = z.strictObject({
  financial_account: Id,
  linked_flows: z.strictObject({ source_flow_type: paramEnum(['credit_reversal', 'other', 'outbound_payment', 'outbound_transfer', 'payout']) }).optional(),
  status: paramEnum(['succeeded', 'failed']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.receivedCredits.list`. */
export type ReceivedCreditListParams = z.input<typeof ReceivedCreditListParamsSchema>;

/** Params of `treasury.receivedDebits.list`: `financial_account` is required. */
export const ReceivedDebitListParamsSchema = z.strictObject({
  financial_account: Id,
  status: paramEnum(['succeeded', 'failed']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.receivedDebits.list`. */
export type ReceivedDebitListParams = z.input<typeof ReceivedDebitListParamsSchema>;

/** Params of `treasury.creditReversals.create`. */
export const CreditReversalCreateParamsSchema = z.strictObject({
  /** The received credit to send back (`rc_…`). */
  received_credit: Id,
  metadata: MetadataParam.optional(),
  ...Expand,
});
/** Params of `treasury.creditReversals.create`. */
export type CreditReversalCreateParams = z.input<typeof CreditReversalCreateParamsSchema>;

/** Params of `treasury.creditReversals.list`: `financial_account` is required. */
export const CreditReversalListParamsSchema = z.strictObject({
  financial_account: Id,
  received_credit: Id.optional(),
  status: paramEnum(['processing', 'posted', 'canceled']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.creditReversals.list`. */
export type CreditReversalListParams = z.input<typeof CreditReversalListParamsSchema>;

/** Params of `treasury.debitReversals.create`. */
export const DebitReversalCreateParamsSchema = z.strictObject({
  /** The received debit to dispute (`rd_…`). */
  received_debit: Id,
  metadata: MetadataParam.optional(),
  ...Expand,
});
/** Params of `treasury.debitReversals.create`. */
export type DebitReversalCreateParams = z.input<typeof DebitReversalCreateParamsSchema>;

/** Params of `treasury.debitReversals.list`: `financial_account` is required. */
export const DebitReversalListParamsSchema = z.strictObject({
  financial_account: Id,
  received_debit: Id.optional(),
  resolution: paramEnum(['lost', 'won']).optional(),
  /** The filter values Stripe documents for this list (they differ from the object's `status` values). */
  status: paramEnum(['canceled', 'completed', 'processing']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.debitReversals.list`. */
export type DebitReversalListParams = z.input<typeof DebitReversalListParamsSchema>;

/** Params of a cancel (only `expand`). */
export const TreasuryCancelParamsSchema = z.strictObject({ ...Expand });
/** Params of a cancel. */
export type TreasuryCancelParams = z.input<typeof TreasuryCancelParamsSchema>;

// ---------------------------------------------------------------- test helper params

/** Params of `testHelpers.treasury.inboundTransfers.fail`. */
export const InboundTransferFailParamsSchema = z.strictObject({
  failure_details: z.strictObject({ code: paramEnum(INBOUND_FAILURE_CODES).optional() }).optional(),
  ...Expand,
});
/** Params of `testHelpers.treasury.inboundTransfers.fail`. */
export type InboundTransferFailParams = z.input<typeof InboundTransferFailParamsSchema>;

/** Params of `testHelpers.treasury.outbound{Transfers,Payments}.update`: network tracking ids. */
export const TrackingDetailsUpdateParamsSchema = z.strictObject({
  tracking_details: z.strictObject({
    type: paramEnum(['ach', 'us_domestic_wire']),
    ach: z.strictObject({ trace_id: z.string() }).optional(),
    us_domestic_wire: z.strictObject({ chips: z.string().optional(), imad: z.string().optional(), omad: z.string().optional() }).optional(),
  }),
  ...Expand,
});
/** Params of `testHelpers.treasury.outbound{Transfers,Payments}.update`. */
export type TrackingDetailsUpdateParams = z.input<typeof TrackingDetailsUpdateParamsSchema>;

/** Params of `testHelpers.treasury.outboundTransfers.returnOutboundTransfer` and `…outboundPayments.returnOutboundPayment`. */
export const OutboundReturnParamsSchema = z.strictObject({
  returned_details: z.strictObject({ code: paramEnum(RETURNED_CODES).optional() }).optional(),
  ...Expand,
});
/** Params of the return test helpers. */
export type OutboundReturnParams = z.input<typeof OutboundReturnParamsSchema>;

const InitiatingParam = z.strictObject({
  type: paramEnum(['us_bank_account']),
  us_bank_account: z
    .strictObject({ account_holder_name: z.string().optional(), account_number: z.string().optional(), routing_number: z.string().optional() })
    .optional(),
});

/** Params of `testHelpers.treasury.receivedCredits.create`. */
export const ReceivedCreditCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  financial_account: Id,
  network: paramEnum(['ach', 'rtp', 'us_domestic_wire']),
  description: z.string().optional(),
  initiating_payment_method_details: InitiatingParam.optional(),
  ...Expand,
});
/** Params of `testHelpers.treasury.receivedCredits.create`. */
export type ReceivedCreditCreateParams = z.input<typeof ReceivedCreditCreateParamsSchema>;

/** Params of `testHelpers.treasury.receivedDebits.create`. */
export const ReceivedDebitCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  financial_account: Id,
  network: paramEnum(['ach']),
  description: z.string().optional(),
  initiating_payment_method_details: InitiatingParam.optional(),
  ...Expand,
});
/** Params of `testHelpers.treasury.receivedDebits.create`. */
export type ReceivedDebitCreateParams = z.input<typeof ReceivedDebitCreateParamsSchema>;

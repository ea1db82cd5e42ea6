import * as z from 'zod/mini';
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
  object,
} from './common.js';
import { TreasuryTransactionSchema } from './treasury-transactions.js';

const Amount = z.int();
/** A positive amount in minor units, as params require. */
const PositiveAmount = z.int().check(z.positive());
/** A transaction id, or the transaction itself with `expand[]=transaction`. */
const TransactionRef = z.union([z.string(), TreasuryTransactionSchema]);
const Expand = { expand: z.optional(z.array(z.string())) };

/** Billing details of a payment method, as returned. */
export const TreasuryBillingDetailsSchema = object({
  address: Address,
  email: z.nullable(z.string()),
  name: z.nullable(z.string()),
});

/** A US bank account as a Treasury flow describes it. */
export const TreasuryUsBankAccountSchema = object({
  account_holder_type: z.nullable(openEnum(['company', 'individual'])),
  account_type: z.nullable(openEnum(['checking', 'savings'])),
  bank_name: z.nullable(z.string()),
  fingerprint: z.nullable(z.string()),
  last4: z.nullable(z.string()),
  mandate: z.optional(z.union([z.string(), object({ id: Id })])),
  network: openEnum(['ach', 'us_domestic_wire']),
  routing_number: z.nullable(z.string()),
});

/** Where an outbound transfer or payment goes: a bank account or another financial account. */
export const DestinationPaymentMethodDetailsSchema = object({
  billing_details: TreasuryBillingDetailsSchema,
  financial_account: z.optional(object({ id: Id, network: openEnum(['stripe']) })),
  type: openEnum(['financial_account', 'us_bank_account']),
  us_bank_account: z.optional(TreasuryUsBankAccountSchema),
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
export const ReturnedDetailsSchema = object({ code: ReturnedCodeSchema, transaction: TransactionRef });

/** Network tracking ids of an outbound flow. */
export const TrackingDetailsSchema = object({
  ach: z.optional(object({ trace_id: z.string() })),
  type: openEnum(['ach', 'us_domestic_wire']),
  us_domestic_wire: z.optional(object({ chips: z.nullable(z.string()), imad: z.nullable(z.string()), omad: z.nullable(z.string()) })),
});

/** `status` of an outbound transfer or payment. */
export const OutboundStatusSchema = openEnum(['processing', 'posted', 'failed', 'returned', 'canceled']);
/** `processing` → `posted` (→ `returned`), or `failed` / `canceled`. */
export type OutboundStatus = z.output<typeof OutboundStatusSchema>;

/** When an outbound flow reached each status (Unix seconds, `null` until then). */
export const OutboundStatusTransitionsSchema = object({
  canceled_at: z.nullable(Timestamp),
  failed_at: z.nullable(Timestamp),
  posted_at: z.nullable(Timestamp),
  returned_at: z.nullable(Timestamp),
});

/** A Treasury outbound transfer (`obt_…`): money sent to the account owner's own bank account or financial account. */
export const OutboundTransferSchema = object({
  id: Id,
  object: z.literal('treasury.outbound_transfer'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  destination_payment_method: z.nullable(z.string()),
  destination_payment_method_details: DestinationPaymentMethodDetailsSchema,
  expected_arrival_date: Timestamp,
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  livemode: z.boolean(),
  metadata: Metadata,
  returned_details: z.nullable(ReturnedDetailsSchema),
  statement_descriptor: z.string(),
  status: OutboundStatusSchema,
  status_transitions: OutboundStatusTransitionsSchema,
  tracking_details: z.nullable(TrackingDetailsSchema),
  transaction: TransactionRef,
});
/** A Treasury outbound transfer (`obt_…`). */
export type OutboundTransfer = z.output<typeof OutboundTransferSchema>;

/** A Treasury outbound payment (`obp_…`): money sent to a third party's bank account or financial account. */
export const OutboundPaymentSchema = object({
  id: Id,
  object: z.literal('treasury.outbound_payment'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  customer: z.nullable(z.string()),
  description: z.nullable(z.string()),
  destination_payment_method: z.nullable(z.string()),
  destination_payment_method_details: z.nullable(DestinationPaymentMethodDetailsSchema),
  end_user_details: z.nullable(object({ ip_address: z.nullable(z.string()), present: z.boolean() })),
  expected_arrival_date: Timestamp,
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  livemode: z.boolean(),
  metadata: Metadata,
  returned_details: z.nullable(ReturnedDetailsSchema),
  statement_descriptor: z.string(),
  status: OutboundStatusSchema,
  status_transitions: OutboundStatusTransitionsSchema,
  tracking_details: z.nullable(TrackingDetailsSchema),
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
export const InboundTransferSchema = object({
  id: Id,
  object: z.literal('treasury.inbound_transfer'),
  amount: Amount,
  cancelable: z.boolean(),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  failure_details: z.nullable(object({ code: InboundTransferFailureCodeSchema })),
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  /** The received debit a return created (`rd_…`). */
  linked_flows: object({ received_debit: z.nullable(z.string()) }),
  livemode: z.boolean(),
  metadata: Metadata,
  origin_payment_method: z.nullable(z.string()),
  origin_payment_method_details: z.nullable(object({
      billing_details: TreasuryBillingDetailsSchema,
      type: openEnum(['us_bank_account']),
      us_bank_account: z.optional(TreasuryUsBankAccountSchema),
    })),
  returned: z.nullable(z.boolean()),
  statement_descriptor: z.string(),
  status: InboundTransferStatusSchema,
  status_transitions: object({
    canceled_at: z.optional(z.nullable(Timestamp)),
    failed_at: z.nullable(Timestamp),
    succeeded_at: z.nullable(Timestamp),
  }),
  transaction: z.nullable(TransactionRef),
});
/** A Treasury inbound transfer (`ibt_…`). */
export type InboundTransfer = z.output<typeof InboundTransferSchema>;

/** How the sender of a received credit or debit paid. */
export const InitiatingPaymentMethodDetailsSchema = object({
  balance: z.optional(openEnum(['payments'])),
  billing_details: z.optional(TreasuryBillingDetailsSchema),
  financial_account: z.optional(object({ id: Id, network: openEnum(['stripe']) })),
  issuing_card: z.optional(z.string()),
  type: openEnum(['balance', 'financial_account', 'issuing_card', 'stripe', 'us_bank_account']),
  us_bank_account: z.optional(object({ bank_name: z.optional(z.nullable(z.string())), last4: z.nullable(z.string()), routing_number: z.nullable(z.string()) })),
});

/** Whether and until when a received credit or debit can be reversed. */
export const ReversalDetailsSchema = object({
  deadline: z.nullable(Timestamp),
  restricted_reason: z.nullable(openEnum(['already_reversed', 'deadline_passed', 'network_restricted', 'other', 'source_flow_restricted'])),
});

/** `status` of a received credit or debit. */
export const ReceivedStatusSchema = openEnum(['succeeded', 'failed']);
/** `succeeded` or `failed`. */
export type ReceivedStatus = z.output<typeof ReceivedStatusSchema>;

/** A Treasury received credit (`rc_…`): money that arrived in a financial account from outside. */
export const ReceivedCreditSchema = object({
  id: Id,
  object: z.literal('treasury.received_credit'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  description: z.string(),
  failure_code: z.nullable(openEnum(['account_closed', 'account_frozen', 'international_transaction', 'other'])),
  financial_account: z.nullable(z.string()),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  initiating_payment_method_details: InitiatingPaymentMethodDetailsSchema,
  linked_flows: object({
    credit_reversal: z.nullable(z.string()),
    issuing_authorization: z.nullable(z.string()),
    issuing_transaction: z.nullable(z.string()),
    source_flow: z.nullable(z.string()),
    source_flow_details: z.optional(z.nullable(object({ type: openEnum(['credit_reversal', 'other', 'outbound_payment', 'outbound_transfer', 'payout']) }))),
    source_flow_type: z.nullable(z.string()),
  }),
  livemode: z.boolean(),
  network: openEnum(['ach', 'card', 'rtp', 'stripe', 'us_domestic_wire']),
  reversal_details: z.nullable(ReversalDetailsSchema),
  status: ReceivedStatusSchema,
  transaction: z.nullable(TransactionRef),
});
/** A Treasury received credit (`rc_…`). */
export type ReceivedCredit = z.output<typeof ReceivedCreditSchema>;

/** A Treasury received debit (`rd_…`): money pulled out of a financial account by someone else (or an Issuing card). */
export const ReceivedDebitSchema = object({
  id: Id,
  object: z.literal('treasury.received_debit'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  description: z.string(),
  failure_code: z.nullable(openEnum(['account_closed', 'account_frozen', 'insufficient_funds', 'international_transaction', 'other'])),
  financial_account: z.nullable(z.string()),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  initiating_payment_method_details: z.optional(InitiatingPaymentMethodDetailsSchema),
  linked_flows: object({
    debit_reversal: z.nullable(z.string()),
    inbound_transfer: z.nullable(z.string()),
    issuing_authorization: z.nullable(z.string()),
    issuing_transaction: z.nullable(z.string()),
    payout: z.nullable(z.string()),
    topup: z.optional(z.nullable(z.string())),
  }),
  livemode: z.boolean(),
  network: openEnum(['ach', 'card', 'stripe']),
  reversal_details: z.nullable(ReversalDetailsSchema),
  status: ReceivedStatusSchema,
  transaction: z.nullable(TransactionRef),
});
/** A Treasury received debit (`rd_…`). */
export type ReceivedDebit = z.output<typeof ReceivedDebitSchema>;

/** A Treasury credit reversal (`credrev_…`): sends a received credit back to its sender. */
export const CreditReversalSchema = object({
  id: Id,
  object: z.literal('treasury.credit_reversal'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  financial_account: z.string(),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  livemode: z.boolean(),
  metadata: Metadata,
  network: openEnum(['ach', 'stripe']),
  received_credit: z.string(),
  status: openEnum(['processing', 'posted', 'canceled']),
  status_transitions: object({ posted_at: z.nullable(Timestamp) }),
  transaction: z.nullable(TransactionRef),
});
/** A Treasury credit reversal (`credrev_…`). */
export type CreditReversal = z.output<typeof CreditReversalSchema>;

/** A Treasury debit reversal (`debrev_…`): disputes a received debit to get the money back. */
export const DebitReversalSchema = object({
  id: Id,
  object: z.literal('treasury.debit_reversal'),
  amount: Amount,
  created: Timestamp,
  currency: z.string(),
  financial_account: z.nullable(z.string()),
  hosted_regulatory_receipt_url: z.nullable(z.string()),
  linked_flows: z.nullable(object({ issuing_dispute: z.nullable(z.string()) })),
  livemode: z.boolean(),
  metadata: Metadata,
  network: openEnum(['ach', 'card']),
  received_debit: z.string(),
  status: openEnum(['processing', 'succeeded', 'failed']),
  status_transitions: object({ completed_at: z.nullable(Timestamp) }),
  transaction: z.nullable(TransactionRef),
});
/** A Treasury debit reversal (`debrev_…`). */
export type DebitReversal = z.output<typeof DebitReversalSchema>;

// ---------------------------------------------------------------- params

/** `network` of a US bank account destination. */
export const UsBankNetworkParamSchema = paramEnum(['ach', 'us_domestic_wire']);

const DestinationOptions = z.strictObject({
  us_bank_account: z.optional(z.union([z.strictObject({ network: z.optional(UsBankNetworkParamSchema) }), z.literal('')])),
});

/** Params of `treasury.inboundTransfers.create`. */
export const InboundTransferCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  /** The financial account to credit (`fa_…`). */
  financial_account: Id,
  /** A verified `us_bank_account` PaymentMethod of the account owner (`pm_…`). */
  origin_payment_method: Id,
  description: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  statement_descriptor: z.optional(z.string().check(z.maxLength(10))),
  ...Expand,
});
/** Params of `treasury.inboundTransfers.create`. */
export type InboundTransferCreateParams = z.input<typeof InboundTransferCreateParamsSchema>;

/** Params of `treasury.inboundTransfers.list`: `financial_account` is required. */
export const InboundTransferListParamsSchema = z.strictObject({
  financial_account: Id,
  status: z.optional(paramEnum(['processing', 'succeeded', 'failed', 'canceled'])),
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
  description: z.optional(z.string()),
  /** The owner's `us_bank_account` PaymentMethod (`pm_…`). */
  destination_payment_method: z.optional(Id),
  /** Another financial account of the same owner. */
  destination_payment_method_data: z.optional(z.strictObject({ type: paramEnum(['financial_account']), financial_account: z.optional(Id) })),
  destination_payment_method_options: z.optional(DestinationOptions),
  metadata: z.optional(MetadataParam),
  statement_descriptor: z.optional(z.string()),
  ...Expand,
});
/** Params of `treasury.outboundTransfers.create`. */
export type OutboundTransferCreateParams = z.input<typeof OutboundTransferCreateParamsSchema>;

/** `status` filter of outbound transfer and payment lists. */
const OutboundStatusParam = paramEnum(['processing', 'posted', 'failed', 'returned', 'canceled']);

/** Params of `treasury.outboundTransfers.list`: `financial_account` is required. */
export const OutboundTransferListParamsSchema = z.strictObject({
  financial_account: Id,
  status: z.optional(OutboundStatusParam),
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
  customer: z.optional(Id),
  description: z.optional(z.string()),
  destination_payment_method: z.optional(Id),
  /** A new destination: a third party's bank account or financial account. */
  destination_payment_method_data: z.optional(z.strictObject({
      type: paramEnum(['financial_account', 'us_bank_account']),
      billing_details: z.optional(z.strictObject({
          address: z.optional(z.union([AddressParam, z.literal('')])),
          email: z.optional(z.string()),
          name: z.optional(z.string()),
          phone: z.optional(z.string()),
        })),
      financial_account: z.optional(Id),
      metadata: z.optional(MetadataParam),
      us_bank_account: z.optional(z.strictObject({
          account_holder_type: z.optional(paramEnum(['company', 'individual'])),
          account_number: z.optional(z.string()),
          account_type: z.optional(paramEnum(['checking', 'savings'])),
          financial_connections_account: z.optional(Id),
          routing_number: z.optional(z.string()),
        })),
    })),
  destination_payment_method_options: z.optional(DestinationOptions),
  /** Who initiated the payment (required by Stripe for a `customer` or an `us_bank_account` destination). */
  end_user_details: z.optional(z.strictObject({ present: z.boolean(), ip_address: z.optional(z.string()) })),
  metadata: z.optional(MetadataParam),
  statement_descriptor: z.optional(z.string()),
  ...Expand,
});
/** Params of `treasury.outboundPayments.create`. */
export type OutboundPaymentCreateParams = z.input<typeof OutboundPaymentCreateParamsSchema>;

/** Params of `treasury.outboundPayments.list`: `financial_account` is required. */
export const OutboundPaymentListParamsSchema = z.strictObject({
  financial_account: Id,
  created: z.optional(RangeQuery),
  customer: z.optional(Id),
  status: z.optional(OutboundStatusParam),
  ...V1ListParams,
});
/** Params of `treasury.outboundPayments.list`. */
export type OutboundPaymentListParams = z.input<typeof OutboundPaymentListParamsSchema>;

/** Params of `treasury.receivedCredits.list`: `financial_account` is required. */
export const ReceivedCreditListParamsSchema = z.strictObject({
  financial_account: Id,
  linked_flows: z.optional(z.strictObject({ source_flow_type: paramEnum(['credit_reversal', 'other', 'outbound_payment', 'outbound_transfer', 'payout']) })),
  status: z.optional(paramEnum(['succeeded', 'failed'])),
  ...V1ListParams,
});
/** Params of `treasury.receivedCredits.list`. */
export type ReceivedCreditListParams = z.input<typeof ReceivedCreditListParamsSchema>;

/** Params of `treasury.receivedDebits.list`: `financial_account` is required. */
export const ReceivedDebitListParamsSchema = z.strictObject({
  financial_account: Id,
  status: z.optional(paramEnum(['succeeded', 'failed'])),
  ...V1ListParams,
});
/** Params of `treasury.receivedDebits.list`. */
export type ReceivedDebitListParams = z.input<typeof ReceivedDebitListParamsSchema>;

/** Params of `treasury.creditReversals.create`. */
export const CreditReversalCreateParamsSchema = z.strictObject({
  /** The received credit to send back (`rc_…`). */
  received_credit: Id,
  metadata: z.optional(MetadataParam),
  ...Expand,
});
/** Params of `treasury.creditReversals.create`. */
export type CreditReversalCreateParams = z.input<typeof CreditReversalCreateParamsSchema>;

/** Params of `treasury.creditReversals.list`: `financial_account` is required. */
export const CreditReversalListParamsSchema = z.strictObject({
  financial_account: Id,
  received_credit: z.optional(Id),
  status: z.optional(paramEnum(['processing', 'posted', 'canceled'])),
  ...V1ListParams,
});
/** Params of `treasury.creditReversals.list`. */
export type CreditReversalListParams = z.input<typeof CreditReversalListParamsSchema>;

/** Params of `treasury.debitReversals.create`. */
export const DebitReversalCreateParamsSchema = z.strictObject({
  /** The received debit to dispute (`rd_…`). */
  received_debit: Id,
  metadata: z.optional(MetadataParam),
  ...Expand,
});
/** Params of `treasury.debitReversals.create`. */
export type DebitReversalCreateParams = z.input<typeof DebitReversalCreateParamsSchema>;

/** Params of `treasury.debitReversals.list`: `financial_account` is required. */
export const DebitReversalListParamsSchema = z.strictObject({
  financial_account: Id,
  received_debit: z.optional(Id),
  resolution: z.optional(paramEnum(['lost', 'won'])),
  /** The filter values Stripe documents for this list (they differ from the object's `status` values). */
  status: z.optional(paramEnum(['canceled', 'completed', 'processing'])),
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
  failure_details: z.optional(z.strictObject({ code: z.optional(paramEnum(INBOUND_FAILURE_CODES)) })),
  ...Expand,
});
/** Params of `testHelpers.treasury.inboundTransfers.fail`. */
export type InboundTransferFailParams = z.input<typeof InboundTransferFailParamsSchema>;

/** Params of `testHelpers.treasury.outbound{Transfers,Payments}.update`: network tracking ids. */
export const TrackingDetailsUpdateParamsSchema = z.strictObject({
  tracking_details: z.strictObject({
    type: paramEnum(['ach', 'us_domestic_wire']),
    ach: z.optional(z.strictObject({ trace_id: z.string() })),
    us_domestic_wire: z.optional(z.strictObject({ chips: z.optional(z.string()), imad: z.optional(z.string()), omad: z.optional(z.string()) })),
  }),
  ...Expand,
});
/** Params of `testHelpers.treasury.outbound{Transfers,Payments}.update`. */
export type TrackingDetailsUpdateParams = z.input<typeof TrackingDetailsUpdateParamsSchema>;

/** Params of `testHelpers.treasury.outboundTransfers.returnOutboundTransfer` and `…outboundPayments.returnOutboundPayment`. */
export const OutboundReturnParamsSchema = z.strictObject({
  returned_details: z.optional(z.strictObject({ code: z.optional(paramEnum(RETURNED_CODES)) })),
  ...Expand,
});
/** Params of the return test helpers. */
export type OutboundReturnParams = z.input<typeof OutboundReturnParamsSchema>;

const InitiatingParam = z.strictObject({
  type: paramEnum(['us_bank_account']),
  us_bank_account: z.optional(z.strictObject({ account_holder_name: z.optional(z.string()), account_number: z.optional(z.string()), routing_number: z.optional(z.string()) })),
});

/** Params of `testHelpers.treasury.receivedCredits.create`. */
export const ReceivedCreditCreateParamsSchema = z.strictObject({
  amount: PositiveAmount,
  currency: Currency,
  financial_account: Id,
  network: paramEnum(['ach', 'rtp', 'us_domestic_wire']),
  description: z.optional(z.string()),
  initiating_payment_method_details: z.optional(InitiatingParam),
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
  description: z.optional(z.string()),
  initiating_payment_method_details: z.optional(InitiatingParam),
  ...Expand,
});
/** Params of `testHelpers.treasury.receivedDebits.create`. */
export type ReceivedDebitCreateParams = z.input<typeof ReceivedDebitCreateParamsSchema>;

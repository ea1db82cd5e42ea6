import * as z from 'zod/mini';
import { Currency, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum, MetadataUpdateParams, object } from './common.js';

/** Amounts per payment source type (`card`, `bank_account`, `fpx`), in minor units. */
export const BalanceSourceTypesSchema = object({
  bank_account: z.optional(z.int()),
  card: z.optional(z.int()),
  fpx: z.optional(z.int()),
});

/** One currency's amount in a balance. */
export const BalanceAmountSchema = object({
  amount: z.int(),
  currency: z.string(),
  source_types: z.optional(BalanceSourceTypesSchema),
});
/** `{ amount, currency, source_types }` of one currency. */
export type BalanceAmount = z.output<typeof BalanceAmountSchema>;

/**
 * The Stripe balance of the platform or of a connected account (with `stripeAccount`).
 * `issuing.available[]` is the money cards can spend, separate from `available[]` (earnings).
 */
export const BalanceSchema = object({
  object: z.literal('balance'),
  available: z.array(BalanceAmountSchema),
  connect_reserved: z.optional(z.array(BalanceAmountSchema)),
  instant_available: z.optional(z.array(
      z.extend(BalanceAmountSchema, {
        net_available: z.optional(z.array(object({ amount: z.int(), destination: z.string(), source_types: z.optional(BalanceSourceTypesSchema) }))),
      }),
    )),
  /** The Issuing balance: funds reserved for card spending, per currency. */
  issuing: z.optional(object({ available: z.array(BalanceAmountSchema) })),
  livemode: z.boolean(),
  pending: z.array(BalanceAmountSchema),
  refund_and_dispute_prefunding: z.optional(object({ available: z.array(BalanceAmountSchema), pending: z.array(BalanceAmountSchema) })),
});
/** A balance (`object: 'balance'`). */
export type Balance = z.output<typeof BalanceSchema>;

/** Params of `balance.retrieve` (only `expand`). */
export const BalanceRetrieveParamsSchema = z.strictObject({ expand: z.optional(z.array(z.string())) });
/** Params of `balance.retrieve`. */
export type BalanceRetrieveParams = z.input<typeof BalanceRetrieveParamsSchema>;

/** `status` of a top-up. */
export const TopupStatusSchema = openEnum(['pending', 'succeeded', 'failed', 'canceled', 'reversed']);
/** `pending` until the bank debit settles, then `succeeded` (or `failed`, `canceled`, `reversed`). */
export type TopupStatus = z.output<typeof TopupStatusSchema>;

/** The legacy Source object a top-up was funded from (only its common fields are typed). */
export const TopupSourceSchema = object({
  id: Id,
  object: z.literal('source'),
  type: z.string(),
  status: z.optional(z.string()),
  currency: z.optional(z.nullable(z.string())),
  livemode: z.optional(z.boolean()),
});

/**
 * A top-up (`tu_…`): money pulled from a bank account into the Stripe balance. On an account using
 * Issuing, top-ups fund the Issuing balance (`balance.issuing.available`).
 */
export const TopupSchema = object({
  id: Id,
  object: z.literal('topup'),
  amount: z.int(),
  balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  expected_availability_date: z.nullable(Timestamp),
  failure_code: z.nullable(z.string()),
  failure_message: z.nullable(z.string()),
  initiated_by: z.optional(z.nullable(openEnum(['stripe', 'user']))),
  livemode: z.boolean(),
  metadata: Metadata,
  payment_method: z.optional(z.nullable(z.union([z.string(), object({ id: Id })]))),
  payment_method_options: z.optional(z.nullable(object({ us_bank_account: z.nullable(object({ network: openEnum(['ach']) })) }))),
  source: z.nullable(TopupSourceSchema),
  statement_descriptor: z.nullable(z.string()),
  status: TopupStatusSchema,
  transfer_group: z.nullable(z.string()),
});
/** A top-up (`tu_…`). */
export type Topup = z.output<typeof TopupSchema>;

/** Params of `topups.create`. */
export const TopupCreateParamsSchema = z.strictObject({
  /** Positive amount in minor units. */
  amount: z.int().check(z.positive()),
  currency: Currency,
  description: z.optional(z.string()),
  /**
   * The balance the funds go to: `issuing` sends them to the Issuing balance that cards spend from
   * (Stripe's Issuing funding guide); without it a top-up credits the account's payments balance.
   * Not in the official SDK's types: the funding guide documents it.
   */
  destination_balance: z.optional(paramEnum(['issuing'])),
  metadata: z.optional(MetadataParam),
  /** A `us_bank_account` PaymentMethod to debit (`pm_…`). */
  payment_method: z.optional(Id),
  payment_method_options: z.optional(z.strictObject({ us_bank_account: z.optional(z.strictObject({ network: paramEnum(['ach']) })) })),
  /** A legacy bank account Source to debit (`src_…`); the default bank account when omitted. */
  source: z.optional(Id),
  /** Up to 15 characters on the bank statement. */
  statement_descriptor: z.optional(z.string().check(z.maxLength(15))),
  transfer_group: z.optional(z.string()),
  expand: z.optional(z.array(z.string())),
});
/** Params of `topups.create`. */
export type TopupCreateParams = z.input<typeof TopupCreateParamsSchema>;

/** Params of `topups.update`. */
export const TopupUpdateParamsSchema = z.strictObject({
  description: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `topups.update`. */
export type TopupUpdateParams = z.input<typeof TopupUpdateParamsSchema>;

/** Params of `topups.list`. */
export const TopupListParamsSchema = z.strictObject({
  amount: z.optional(RangeQuery),
  created: z.optional(RangeQuery),
  status: z.optional(paramEnum(['canceled', 'failed', 'pending', 'succeeded'])),
  ...V1ListParams,
});
/** Params of `topups.list`. */
export type TopupListParams = z.input<typeof TopupListParamsSchema>;

/** Params of a cancel (only `expand`). */
export const FundingCancelParamsSchema = z.strictObject({ expand: z.optional(z.array(z.string())) });
/** Params of `topups.cancel` and `payouts.cancel`. */
export type FundingCancelParams = z.input<typeof FundingCancelParamsSchema>;

/**
 * A transfer reversal (`trr_…`): money sent back from a connected account to the platform, reversing
 * all or part of a transfer. The 10 newest are also listed in the transfer's `reversals`.
 */
export const TransferReversalSchema = object({
  id: Id,
  object: z.literal('transfer_reversal'),
  amount: z.int(),
  balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  created: Timestamp,
  currency: z.string(),
  /** The refund of the connected account's payment (`pyr_…`) that the reversal created. */
  destination_payment_refund: z.nullable(z.union([z.string(), object({ id: Id })])),
  metadata: z.nullable(Metadata),
  /** The refund that caused the reversal, if a refund did. */
  source_refund: z.nullable(z.union([z.string(), object({ id: Id })])),
  /** The reversed transfer (`tr_…`), or the transfer with `expand[]=transfer`. */
  transfer: z.union([z.string(), object({ id: Id })]),
});
/** A transfer reversal (`trr_…`). */
export type TransferReversal = z.output<typeof TransferReversalSchema>;

/** Params of `transfers.createReversal`. */
export const TransferReversalCreateParamsSchema = z.strictObject({
  /** Positive amount in minor units, at most what remains unreversed; the whole remaining amount when omitted. */
  amount: z.optional(z.int().check(z.positive())),
  /** Free text attached to the reversal. */
  description: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  /** Refund the application fee too (in proportion for a partial reversal). */
  refund_application_fee: z.optional(z.boolean()),
  expand: z.optional(z.array(z.string())),
});
/** Params of `transfers.createReversal`. */
export type TransferReversalCreateParams = z.input<typeof TransferReversalCreateParamsSchema>;

/** Params of `transfers.updateReversal` (metadata only). */
export const TransferReversalUpdateParamsSchema = MetadataUpdateParams;
/** Params of `transfers.updateReversal`. */
export type TransferReversalUpdateParams = z.input<typeof TransferReversalUpdateParamsSchema>;

/** Params of `transfers.listReversals` (pagination only). */
export const TransferReversalListParamsSchema = z.strictObject({ ...V1ListParams });
/** Params of `transfers.listReversals`. */
export type TransferReversalListParams = z.input<typeof TransferReversalListParamsSchema>;

/** A transfer (`tr_…`): money moved from the platform's balance to a connected account. */
export const TransferSchema = object({
  id: Id,
  object: z.literal('transfer'),
  amount: z.int(),
  amount_reversed: z.int(),
  balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  /** The connected account (`acct_…`), or the account with `expand[]=destination`. */
  destination: z.nullable(z.union([z.string(), object({ id: Id })])),
  destination_payment: z.optional(z.union([z.string(), object({ id: Id })])),
  livemode: z.boolean(),
  metadata: Metadata,
  /** The 10 newest reversals; page through all of them with `transfers.listReversals`. */
  reversals: object({ object: z.literal('list'), data: z.array(TransferReversalSchema), has_more: z.boolean(), url: z.string() }),
  /** Whether the whole amount has been reversed (false after a partial reversal). */
  reversed: z.boolean(),
  source_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  source_type: z.optional(z.string()),
  transfer_group: z.nullable(z.string()),
});
/** A transfer (`tr_…`). */
export type Transfer = z.output<typeof TransferSchema>;

/** Params of `transfers.create`. */
export const TransferCreateParamsSchema = z.strictObject({
  currency: Currency,
  /** The connected account to credit (`acct_…`). */
  destination: Id,
  amount: z.optional(z.int().check(z.positive())),
  description: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  /** A charge whose funds pay for the transfer (`ch_…`); the transfer waits for them to be available. */
  source_transaction: z.optional(Id),
  source_type: z.optional(paramEnum(['bank_account', 'card', 'fpx'])),
  transfer_group: z.optional(z.string()),
  expand: z.optional(z.array(z.string())),
});
/** Params of `transfers.create`. */
export type TransferCreateParams = z.input<typeof TransferCreateParamsSchema>;

/** Params of `transfers.update`. */
export const TransferUpdateParamsSchema = z.strictObject({
  description: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `transfers.update`. */
export type TransferUpdateParams = z.input<typeof TransferUpdateParamsSchema>;

/** Params of `transfers.list`. */
export const TransferListParamsSchema = z.strictObject({
  created: z.optional(RangeQuery),
  destination: z.optional(Id),
  transfer_group: z.optional(z.string()),
  ...V1ListParams,
});
/** Params of `transfers.list`. */
export type TransferListParams = z.input<typeof TransferListParamsSchema>;

/** A payout (`po_…`): money sent from a Stripe balance to the account's bank account or debit card. */
export const PayoutSchema = object({
  id: Id,
  object: z.literal('payout'),
  amount: z.int(),
  application_fee: z.nullable(z.union([z.string(), object({ id: Id })])),
  application_fee_amount: z.nullable(z.int()),
  arrival_date: Timestamp,
  automatic: z.boolean(),
  balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  destination: z.nullable(z.union([z.string(), object({ id: Id })])),
  failure_balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  failure_code: z.nullable(z.string()),
  failure_message: z.nullable(z.string()),
  livemode: z.boolean(),
  metadata: z.nullable(Metadata),
  method: z.string(),
  original_payout: z.nullable(z.union([z.string(), object({ id: Id })])),
  payout_method: z.optional(z.nullable(z.string())),
  reconciliation_status: openEnum(['completed', 'in_progress', 'not_applicable']),
  reversed_by: z.nullable(z.union([z.string(), object({ id: Id })])),
  source_type: z.string(),
  statement_descriptor: z.nullable(z.string()),
  /** `pending`, `in_transit`, `paid`, `failed` or `canceled` (typed as a plain string by Stripe). */
  status: z.string(),
  trace_id: z.nullable(object({ status: z.string(), value: z.nullable(z.string()) })),
  type: openEnum(['bank_account', 'card']),
});
/** A payout (`po_…`). */
export type Payout = z.output<typeof PayoutSchema>;

/** Params of `payouts.create`. */
export const PayoutCreateParamsSchema = z.strictObject({
  amount: z.int().check(z.positive()),
  currency: Currency,
  description: z.optional(z.string()),
  /** A bank account or card of the account (`ba_…` / `card_…`); the default for the currency when omitted. */
  destination: z.optional(Id),
  metadata: z.optional(MetadataParam),
  method: z.optional(paramEnum(['standard', 'instant'])),
  /** A v2 FinancialAccount to send the funds to. */
  payout_method: z.optional(Id),
  /** Which part of the balance to draw from, by payment source type. */
  source_type: z.optional(paramEnum(['bank_account', 'card', 'fpx'])),
  /**
   * Which balance pays out: `issuing` sends funds from the account's Issuing balance back to its bank
   * account (Issuing funding guide). Not in stripe-node 23.1.0's types; omitted means the payments balance.
   */
  source_balance: z.optional(paramEnum(['issuing', 'payments'])),
  /** Up to 22 characters on the bank statement. */
  statement_descriptor: z.optional(z.string().check(z.maxLength(22))),
  expand: z.optional(z.array(z.string())),
});
/** Params of `payouts.create`. */
export type PayoutCreateParams = z.input<typeof PayoutCreateParamsSchema>;

/** Params of `payouts.update`. */
export const PayoutUpdateParamsSchema = MetadataUpdateParams;
/** Params of `payouts.update`. */
export type PayoutUpdateParams = z.input<typeof PayoutUpdateParamsSchema>;

/** Params of `payouts.list`. */
export const PayoutListParamsSchema = z.strictObject({
  arrival_date: z.optional(RangeQuery),
  created: z.optional(RangeQuery),
  destination: z.optional(Id),
  status: z.optional(z.string()),
  ...V1ListParams,
});
/** Params of `payouts.list`. */
export type PayoutListParams = z.input<typeof PayoutListParamsSchema>;

/** Params of `payouts.reverse`. */
export const PayoutReverseParamsSchema = MetadataUpdateParams;
/** Params of `payouts.reverse`. */
export type PayoutReverseParams = z.input<typeof PayoutReverseParamsSchema>;


/** `type` of a balance transaction (Stripe's list as of stripe-node 23.1.0). */
export const BalanceTransactionTypeSchema = openEnum([
  'adjustment', 'advance', 'advance_funding', 'anticipation_repayment', 'application_fee', 'application_fee_refund', 'charge',
  'climate_order_purchase', 'climate_order_refund', 'connect_collection_transfer', 'contribution', 'fee_credit_funding',
  'inbound_transfer', 'inbound_transfer_reversal', 'issuing_authorization_hold', 'issuing_authorization_release', 'issuing_dispute',
  'issuing_dispute_provisional_credit', 'issuing_dispute_provisional_credit_reversal', 'issuing_transaction', 'obligation_outbound',
  'obligation_reversal_inbound', 'payment', 'payment_failure_refund', 'payment_network_reserve_hold', 'payment_network_reserve_release',
  'payment_refund', 'payment_reversal', 'payment_unreconciled', 'payout', 'payout_cancel', 'payout_failure', 'payout_minimum_balance_hold',
  'payout_minimum_balance_release', 'refund', 'refund_failure', 'reserve_hold', 'reserve_release', 'reserve_transaction', 'reserved_funds',
  'stripe_balance_payment_debit', 'stripe_balance_payment_debit_reversal', 'stripe_fee', 'stripe_fx_fee', 'tax_fee', 'tax_fund', 'topup',
  'topup_reversal', 'transfer', 'transfer_cancel', 'transfer_failure', 'transfer_refund',
]);
/** What moved the money: `topup`, `transfer`, `payout`, `issuing_transaction`, … (or a newer value). */
export type BalanceTransactionType = z.output<typeof BalanceTransactionTypeSchema>;

/** One fee of a balance transaction. */
export const BalanceTransactionFeeDetailSchema = object({
  amount: z.int(),
  application: z.nullable(z.string()),
  currency: z.string(),
  description: z.nullable(z.string()),
  /** `application_fee`, `payment_method_passthrough_fee`, `stripe_fee`, `tax` or `withheld_tax`. */
  type: z.string(),
});
/** One fee of a balance transaction. */
export type BalanceTransactionFeeDetail = z.output<typeof BalanceTransactionFeeDetailSchema>;

/**
 * A balance transaction (`txn_…`): one movement of a Stripe balance (a top-up, a transfer, a payout, an
 * Issuing transaction, …). `net` = `amount` − `fee`; positive values add to the balance.
 */
export const BalanceTransactionSchema = object({
  id: Id,
  object: z.literal('balance_transaction'),
  amount: z.int(),
  /** When the net funds become available. */
  available_on: Timestamp,
  /** The balance it moves: `payments`, `issuing`, `refund_and_dispute_prefunding` or `risk_reserved`. */
  balance_type: openEnum(['issuing', 'payments', 'refund_and_dispute_prefunding', 'risk_reserved']),
  created: Timestamp,
  currency: z.string(),
  description: z.nullable(z.string()),
  exchange_rate: z.nullable(z.number()),
  fee: z.int(),
  fee_details: z.array(BalanceTransactionFeeDetailSchema),
  net: z.int(),
  /** Accounting category, e.g. `topup`, `transfer`, `payout`, `issuing_transaction`. */
  reporting_category: z.string(),
  /** The object that moved the money (`tu_…`, `tr_…`, `po_…`, …), or that object with `expand[]=source`. */
  source: z.nullable(z.union([z.string(), object({ id: Id, object: z.string() })])),
  /** `available` or `pending`. */
  status: z.string(),
  type: BalanceTransactionTypeSchema,
});
/** A balance transaction (`txn_…`). */
export type BalanceTransaction = z.output<typeof BalanceTransactionSchema>;

/** Params of `balanceTransactions.list`. */
export const BalanceTransactionListParamsSchema = z.strictObject({
  created: z.optional(RangeQuery),
  currency: z.optional(Currency),
  /** Transactions paid out in this automatic payout (`po_…`). */
  payout: z.optional(Id),
  /** Transactions of this object (`tu_…`, `tr_…`, `po_…`, …). */
  source: z.optional(Id),
  /** One transaction type (a plain string in the official SDK too), e.g. `topup`. */
  type: z.optional(z.string()),
  ...V1ListParams,
});
/** Params of `balanceTransactions.list`. */
export type BalanceTransactionListParams = z.input<typeof BalanceTransactionListParamsSchema>;

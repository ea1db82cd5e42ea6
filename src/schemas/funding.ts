import * as z from 'zod';
import { Currency, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum, MetadataUpdateParams } from './common.js';

/** Amounts per payment source type (`card`, `bank_account`, `fpx`), in minor units. */
export const BalanceSourceTypesSchema = z.object({
  bank_account: z.number().int().optional(),
  card: z.number().int().optional(),
  fpx: z.number().int().optional(),
});

/** One currency's amount in a balance. */
export const BalanceAmountSchema = z.object({
  amount: z.number().int(),
  currency: z.string(),
  source_types: BalanceSourceTypesSchema.optional(),
});
/** `{ amount, currency, source_types }` of one currency. */
export type BalanceAmount = z.output<typeof BalanceAmountSchema>;

/**
 * The Stripe balance of the platform or of a connected account (with `stripeAccount`).
 * `issuing.available[]` is the money cards can spend, separate from `available[]` (earnings).
 */
export const BalanceSchema = z.object({
  object: z.literal('balance'),
  available: z.array(BalanceAmountSchema),
  connect_reserved: z.array(BalanceAmountSchema).optional(),
  instant_available: z
    .array(
      BalanceAmountSchema.extend({
        net_available: z.array(z.object({ amount: z.number().int(), destination: z.string(), source_types: BalanceSourceTypesSchema.optional() })).optional(),
      }),
    )
    .optional(),
  /** The Issuing balance: funds reserved for card spending, per currency. */
  issuing: z.object({ available: z.array(BalanceAmountSchema) }).optional(),
  livemode: z.boolean(),
  pending: z.array(BalanceAmountSchema),
  refund_and_dispute_prefunding: z.object({ available: z.array(BalanceAmountSchema), pending: z.array(BalanceAmountSchema) }).optional(),
});
/** A balance (`object: 'balance'`). */
export type Balance = z.output<typeof BalanceSchema>;

/** Params of `balance.retrieve` (only `expand`). */
export const BalanceRetrieveParamsSchema = z.strictObject({ expand: z.array(z.string()).optional() });
/** Params of `balance.retrieve`. */
export type BalanceRetrieveParams = z.input<typeof BalanceRetrieveParamsSchema>;

/** `status` of a top-up. */
export const TopupStatusSchema = openEnum(['pending', 'succeeded', 'failed', 'canceled', 'reversed']);
/** `pending` until the bank debit settles, then `succeeded` (or `failed`, `canceled`, `reversed`). */
export type TopupStatus = z.output<typeof TopupStatusSchema>;

/** The legacy Source object a top-up was funded from (only its common fields are typed). */
export const TopupSourceSchema = z.object({
  id: Id,
  object: z.literal('source'),
  type: z.string(),
  status: z.string().optional(),
  currency: z.string().nullable().optional(),
  livemode: z.boolean().optional(),
});

/**
 * A top-up (`tu_…`): money pulled from a bank account into the Stripe balance. On an account using
 * Issuing, top-ups fund the Issuing balance (`balance.issuing.available`).
 */
export const TopupSchema = z.object({
  id: Id,
  object: z.literal('topup'),
  amount: z.number().int(),
  balance_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  expected_availability_date: Timestamp.nullable(),
  failure_code: z.string().nullable(),
  failure_message: z.string().nullable(),
  initiated_by: openEnum(['stripe', 'user']).nullable().optional(),
  livemode: z.boolean(),
  metadata: Metadata,
  payment_method: z.union([z.string(), z.object({ id: Id })]).nullable().optional(),
  payment_method_options: z.object({ us_bank_account: z.object({ network: openEnum(['ach']) }).nullable() }).nullable().optional(),
  source: TopupSourceSchema.nullable(),
  statement_descriptor: z.string().nullable(),
  status: TopupStatusSchema,
  transfer_group: z.string().nullable(),
});
/** A top-up (`tu_…`). */
export type Topup = z.output<typeof TopupSchema>;

/** Params of `topups.create`. */
export const TopupCreateParamsSchema = z.strictObject({
  /** Positive amount in minor units. */
  amount: z.number().int().positive(),
  currency: Currency,
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  /** A `us_bank_account` PaymentMethod to debit (`pm_…`). */
  payment_method: Id.optional(),
  payment_method_options: z.strictObject({ us_bank_account: z.strictObject({ network: paramEnum(['ach']) }).optional() }).optional(),
  /** A legacy bank account Source to debit (`src_…`); the default bank account when omitted. */
  source: Id.optional(),
  /** Up to 15 characters on the bank statement. */
  statement_descriptor: z.string().max(15).optional(),
  transfer_group: z.string().optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `topups.create`. */
export type TopupCreateParams = z.input<typeof TopupCreateParamsSchema>;

/** Params of `topups.update`. */
export const TopupUpdateParamsSchema = z.strictObject({
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `topups.update`. */
export type TopupUpdateParams = z.input<typeof TopupUpdateParamsSchema>;

/** Params of `topups.list`. */
export const TopupListParamsSchema = z.strictObject({
  amount: RangeQuery.optional(),
  created: RangeQuery.optional(),
  status: paramEnum(['canceled', 'failed', 'pending', 'succeeded']).optional(),
  ...V1ListParams,
});
/** Params of `topups.list`. */
export type TopupListParams = z.input<typeof TopupListParamsSchema>;

/** Params of a cancel (only `expand`). */
export const FundingCancelParamsSchema = z.strictObject({ expand: z.array(z.string()).optional() });
/** Params of `topups.cancel` and `payouts.cancel`. */
export type FundingCancelParams = z.input<typeof FundingCancelParamsSchema>;

/**
 * A transfer reversal (`trr_…`): money sent back from a connected account to the platform, reversing
 * all or part of a transfer. The 10 newest are also listed in the transfer's `reversals`.
 */
export const TransferReversalSchema = z.object({
  id: Id,
  object: z.literal('transfer_reversal'),
  amount: z.number().int(),
  balance_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  created: Timestamp,
  currency: z.string(),
  /** The refund of the connected account's payment (`pyr_…`) that the reversal created. */
  destination_payment_refund: z.union([z.string(), z.object({ id: Id })]).nullable(),
  metadata: Metadata.nullable(),
  /** The refund that caused the reversal, if a refund did. */
  source_refund: z.union([z.string(), z.object({ id: Id })]).nullable(),
  /** The reversed transfer (`tr_…`), or the transfer with `expand[]=transfer`. */
  transfer: z.union([z.string(), z.object({ id: Id })]),
});
/** A transfer reversal (`trr_…`). */
export type TransferReversal = z.output<typeof TransferReversalSchema>;

/** Params of `transfers.createReversal`. */
export const TransferReversalCreateParamsSchema = z.strictObject({
  /** Positive amount in minor units, at most what remains unreversed; the whole remaining amount when omitted. */
  amount: z.number().int().positive().optional(),
  /** Free text attached to the reversal. */
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  /** Refund the application fee too (in proportion for a partial reversal). */
  refund_application_fee: z.boolean().optional(),
  expand: z.array(z.string()).optional(),
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
export const TransferSchema = z.object({
  id: Id,
  object: z.literal('transfer'),
  amount: z.number().int(),
  amount_reversed: z.number().int(),
  balance_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  /** The connected account (`acct_…`), or the account with `expand[]=destination`. */
  destination: z.union([z.string(), z.object({ id: Id })]).nullable(),
  destination_payment: z.union([z.string(), z.object({ id: Id })]).optional(),
  livemode: z.boolean(),
  metadata: Metadata,
  /** The 10 newest reversals; page through all of them with `transfers.listReversals`. */
  reversals: z.object({ object: z.literal('list'), data: z.array(TransferReversalSchema), has_more: z.boolean(), url: z.string() }),
  /** Whether the whole amount has been reversed (false after a partial reversal). */
  reversed: z.boolean(),
  source_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  source_type: z.string().optional(),
  transfer_group: z.string().nullable(),
});
/** A transfer (`tr_…`). */
export type Transfer = z.output<typeof TransferSchema>;

/** Params of `transfers.create`. */
export const TransferCreateParamsSchema = z.strictObject({
  currency: Currency,
  /** The connected account to credit (`acct_…`). */
  destination: Id,
  amount: z.number().int().positive().optional(),
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  /** A charge whose funds pay for the transfer (`ch_…`); the transfer waits for them to be available. */
  source_transaction: Id.optional(),
  source_type: paramEnum(['bank_account', 'card', 'fpx']).optional(),
  transfer_group: z.string().optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `transfers.create`. */
export type TransferCreateParams = z.input<typeof TransferCreateParamsSchema>;

/** Params of `transfers.update`. */
export const TransferUpdateParamsSchema = z.strictObject({
  description: z.string().optional(),
  metadata: MetadataParam.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `transfers.update`. */
export type TransferUpdateParams = z.input<typeof TransferUpdateParamsSchema>;

/** Params of `transfers.list`. */
export const TransferListParamsSchema = z.strictObject({
  created: RangeQuery.optional(),
  destination: Id.optional(),
  transfer_group: z.string().optional(),
  ...V1ListParams,
});
/** Params of `transfers.list`. */
export type TransferListParams = z.input<typeof TransferListParamsSchema>;

/** A payout (`po_…`): money sent from a Stripe balance to the account's bank account or debit card. */
export const PayoutSchema = z.object({
  id: Id,
  object: z.literal('payout'),
  amount: z.number().int(),
  application_fee: z.union([z.string(), z.object({ id: Id })]).nullable(),
  application_fee_amount: z.number().int().nullable(),
  arrival_date: Timestamp,
  automatic: z.boolean(),
  balance_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  destination: z.union([z.string(), z.object({ id: Id })]).nullable(),
  failure_balance_transaction: z.union([z.string(), z.object({ id: Id })]).nullable(),
  failure_code: z.string().nullable(),
  failure_message: z.string().nullable(),
  livemode: z.boolean(),
  metadata: Metadata.nullable(),
  method: z.string(),
  original_payout: z.union([z.string(), z.object({ id: Id })]).nullable(),
  payout_method: z.string().nullable().optional(),
  reconciliation_status: openEnum(['completed', 'in_progress', 'not_applicable']),
  reversed_by: z.union([z.string(), z.object({ id: Id })]).nullable(),
  source_type: z.string(),
  statement_descriptor: z.string().nullable(),
  /** `pending`, `in_transit`, `paid`, `failed` or `canceled` (typed as a plain string by Stripe). */
  status: z.string(),
  trace_id: z.object({ status: z.string(), value: z.string().nullable() }).nullable(),
  type: openEnum(['bank_account', 'card']),
});
/** A payout (`po_…`). */
export type Payout = z.output<typeof PayoutSchema>;

/** Params of `payouts.create`. */
export const PayoutCreateParamsSchema = z.strictObject({
  amount: z.number().int().positive(),
  currency: Currency,
  description: z.string().optional(),
  /** A bank account or card of the account (`ba_…` / `card_…`); the default for the currency when omitted. */
  destination: Id.optional(),
  metadata: MetadataParam.optional(),
  method: paramEnum(['standard', 'instant']).optional(),
  /** A v2 FinancialAccount to send the funds to. */
  payout_method: Id.optional(),
  /** Which part of the balance to draw from, by payment source type. */
  source_type: paramEnum(['bank_account', 'card', 'fpx']).optional(),
  /**
   * Which balance pays out: `issuing` sends funds from the account's Issuing balance back to its bank
   * account (Issuing funding guide). Not in stripe-node 23.1.0's types; omitted means the payments balance.
   */
  source_balance: paramEnum(['issuing', 'payments']).optional(),
  /** Up to 22 characters on the bank statement. */
  statement_descriptor: z.string().max(22).optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `payouts.create`. */
export type PayoutCreateParams = z.input<typeof PayoutCreateParamsSchema>;

/** Params of `payouts.update`. */
export const PayoutUpdateParamsSchema = MetadataUpdateParams;
/** Params of `payouts.update`. */
export type PayoutUpdateParams = z.input<typeof PayoutUpdateParamsSchema>;

/** Params of `payouts.list`. */
export const PayoutListParamsSchema = z.strictObject({
  arrival_date: RangeQuery.optional(),
  created: RangeQuery.optional(),
  destination: Id.optional(),
  status: z.string().optional(),
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
export const BalanceTransactionFeeDetailSchema = z.object({
  amount: z.number().int(),
  application: z.string().nullable(),
  currency: z.string(),
  description: z.string().nullable(),
  /** `application_fee`, `payment_method_passthrough_fee`, `stripe_fee`, `tax` or `withheld_tax`. */
  type: z.string(),
});
/** One fee of a balance transaction. */
export type BalanceTransactionFeeDetail = z.output<typeof BalanceTransactionFeeDetailSchema>;

/**
 * A balance transaction (`txn_…`): one movement of a Stripe balance (a top-up, a transfer, a payout, an
 * Issuing transaction, …). `net` = `amount` − `fee`; positive values add to the balance.
 */
export const BalanceTransactionSchema = z.object({
  id: Id,
  object: z.literal('balance_transaction'),
  amount: z.number().int(),
  /** When the net funds become available. */
  available_on: Timestamp,
  /** The balance it moves: `payments`, `issuing`, `refund_and_dispute_prefunding` or `risk_reserved`. */
  balance_type: openEnum(['issuing', 'payments', 'refund_and_dispute_prefunding', 'risk_reserved']),
  created: Timestamp,
  currency: z.string(),
  description: z.string().nullable(),
  exchange_rate: z.number().nullable(),
  fee: z.number().int(),
  fee_details: z.array(BalanceTransactionFeeDetailSchema),
  net: z.number().int(),
  /** Accounting category, e.g. `topup`, `transfer`, `payout`, `issuing_transaction`. */
  reporting_category: z.string(),
  /** The object that moved the money (`tu_…`, `tr_…`, `po_…`, …), or that object with `expand[]=source`. */
  source: z.union([z.string(), z.object({ id: Id, object: z.string() })]).nullable(),
  /** `available` or `pending`. */
  status: z.string(),
  type: BalanceTransactionTypeSchema,
});
/** A balance transaction (`txn_…`). */
export type BalanceTransaction = z.output<typeof BalanceTransactionSchema>;

/** Params of `balanceTransactions.list`. */
export const BalanceTransactionListParamsSchema = z.strictObject({
  created: RangeQuery.optional(),
  currency: Currency.optional(),
  /** Transactions paid out in this automatic payout (`po_…`). */
  payout: Id.optional(),
  /** Transactions of this object (`tu_…`, `tr_…`, `po_…`, …). */
  source: Id.optional(),
  /** One transaction type (a plain string in the official SDK too), e.g. `topup`. */
  type: z.string().optional(),
  ...V1ListParams,
});
/** Params of `balanceTransactions.list`. */
export type BalanceTransactionListParams = z.input<typeof BalanceTransactionListParamsSchema>;

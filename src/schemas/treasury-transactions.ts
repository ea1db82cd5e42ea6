import * as z from 'zod/mini';
import { Amount, Id, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum, object } from './common.js';

/** The kinds of money movement a Treasury transaction or entry belongs to (`flow_type`). */
export const TREASURY_FLOW_TYPES = [
  'credit_reversal',
  'debit_reversal',
  'inbound_transfer',
  'issuing_authorization',
  'other',
  'outbound_payment',
  'outbound_transfer',
  'received_credit',
  'received_debit',
] as const;

/** `flow_type` of a Treasury transaction or transaction entry. */
export const TreasuryFlowTypeSchema = openEnum(TREASURY_FLOW_TYPES);
/** `flow_type` of a Treasury transaction or transaction entry (known values or a newer string). */
export type TreasuryFlowType = z.output<typeof TreasuryFlowTypeSchema>;

/** How a transaction or entry changes the three balances of a financial account (signed minor units). */
export const TreasuryBalanceImpactSchema = object({
  cash: Amount,
  inbound_pending: Amount,
  outbound_pending: Amount,
});
/** Signed change of `cash`, `inbound_pending` and `outbound_pending`. */
export type TreasuryBalanceImpact = z.output<typeof TreasuryBalanceImpactSchema>;

/**
 * The expanded flow of a transaction (`expand[]=flow_details`): `type` names the flow and the key of
 * the same name holds the flow object (kept as received, unknown keys included).
 */
export const TreasuryFlowDetailsSchema = object({ type: TreasuryFlowTypeSchema });

/** `status` of a Treasury transaction. */
export const TreasuryTransactionStatusSchema = openEnum(['open', 'posted', 'void']);
/** `open` while the flow is in progress, `posted` once final, `void` when it was canceled or failed. */
export type TreasuryTransactionStatus = z.output<typeof TreasuryTransactionStatusSchema>;

/**
 * A Treasury transaction (`trxn_…`): one money movement's net effect on a financial account's balances.
 * Amounts are signed (negative = money leaving the account).
 */
export const TreasuryTransactionSchema = object({
  id: Id,
  object: z.literal('treasury.transaction'),
  amount: Amount,
  balance_impact: TreasuryBalanceImpactSchema,
  created: Timestamp,
  currency: z.string(),
  description: z.string(),
  /** Expanded with `expand[]=entries`: a v1 list of {@link TreasuryTransactionEntry}. */
  entries: z.optional(z.nullable(object({ object: z.literal('list'), data: z.array(z.unknown()), has_more: z.boolean(), url: z.string() }))),
  financial_account: z.string(),
  flow: z.nullable(z.string()),
  flow_details: z.optional(z.nullable(TreasuryFlowDetailsSchema)),
  flow_type: TreasuryFlowTypeSchema,
  livemode: z.boolean(),
  status: TreasuryTransactionStatusSchema,
  status_transitions: object({ posted_at: z.nullable(Timestamp), void_at: z.nullable(Timestamp) }),
});
/** A Treasury transaction (`trxn_…`). */
export type TreasuryTransaction = z.output<typeof TreasuryTransactionSchema>;

/** `type` of a Treasury transaction entry: which step of a flow moved the money. */
export const TreasuryTransactionEntryTypeSchema = openEnum([
  'credit_reversal',
  'credit_reversal_posting',
  'debit_reversal',
  'inbound_transfer',
  'inbound_transfer_return',
  'issuing_authorization_hold',
  'issuing_authorization_release',
  'other',
  'outbound_payment',
  'outbound_payment_cancellation',
  'outbound_payment_failure',
  'outbound_payment_posting',
  'outbound_payment_return',
  'outbound_transfer',
  'outbound_transfer_cancellation',
  'outbound_transfer_failure',
  'outbound_transfer_posting',
  'outbound_transfer_return',
  'received_credit',
  'received_debit',
]);
/** `type` of a Treasury transaction entry. */
export type TreasuryTransactionEntryType = z.output<typeof TreasuryTransactionEntryTypeSchema>;

/** A Treasury transaction entry (`trxne_…`): one balance change of a transaction, effective at a point in time. */
export const TreasuryTransactionEntrySchema = object({
  id: Id,
  object: z.literal('treasury.transaction_entry'),
  balance_impact: TreasuryBalanceImpactSchema,
  created: Timestamp,
  currency: z.string(),
  effective_at: Timestamp,
  financial_account: z.string(),
  flow: z.nullable(z.string()),
  flow_details: z.optional(z.nullable(TreasuryFlowDetailsSchema)),
  flow_type: TreasuryFlowTypeSchema,
  livemode: z.boolean(),
  /** The transaction's id, or the transaction with `expand[]=transaction`. */
  transaction: z.union([z.string(), TreasuryTransactionSchema]),
  type: TreasuryTransactionEntryTypeSchema,
});
/** A Treasury transaction entry (`trxne_…`). */
export type TreasuryTransactionEntry = z.output<typeof TreasuryTransactionEntrySchema>;

/** Params of `treasury.transactions.list`: `financial_account` is required. */
export const TreasuryTransactionListParamsSchema = z.strictObject({
  /** The financial account whose transactions to list (`fa_…`). */
  financial_account: Id,
  created: z.optional(RangeQuery),
  order_by: z.optional(paramEnum(['created', 'posted_at'])),
  status: z.optional(paramEnum(['open', 'posted', 'void'])),
  /** Filter on `status_transitions[posted_at]` (only with `order_by: 'posted_at'`). */
  status_transitions: z.optional(z.strictObject({ posted_at: z.optional(RangeQuery) })),
  ...V1ListParams,
});
/** Params of `treasury.transactions.list`. */
export type TreasuryTransactionListParams = z.input<typeof TreasuryTransactionListParamsSchema>;

/** Params of `treasury.transactionEntries.list`: `financial_account` is required. */
export const TreasuryTransactionEntryListParamsSchema = z.strictObject({
  /** The financial account whose entries to list (`fa_…`). */
  financial_account: Id,
  created: z.optional(RangeQuery),
  effective_at: z.optional(RangeQuery),
  order_by: z.optional(paramEnum(['created', 'effective_at'])),
  /** Only the entries of this transaction (`trxn_…`). */
  transaction: z.optional(Id),
  ...V1ListParams,
});
/** Params of `treasury.transactionEntries.list`. */
export type TreasuryTransactionEntryListParams = z.input<typeof TreasuryTransactionEntryListParamsSchema>;

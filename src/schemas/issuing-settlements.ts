import * as z from 'zod/mini';
import { Id, Metadata, Timestamp, openEnum, object } from './common.js';

/**
 * An Issuing settlement (`ise_…`): the net amount owed to or by the card network for a day's
 * transactions on a non-Stripe BIN. Object only (no endpoints): it arrives in events.
 */
export const IssuingSettlementSchema = object({
  id: Id,
  object: z.literal('issuing.settlement'),
  /** The BIN the settlement is for. */
  bin: z.string(),
  /** When the transactions are cleared and posted. */
  clearing_date: Timestamp,
  created: Timestamp,
  currency: z.string(),
  /** Interchange received as reimbursement for the transactions. */
  interchange_fees_amount: z.int(),
  livemode: z.boolean(),
  metadata: Metadata,
  /** The net amount required to settle with the network. */
  net_total_amount: z.int(),
  network: openEnum(['maestro', 'visa']),
  /** Fees owed to the network. */
  network_fees_amount: z.int(),
  /** The settlement identification number the network assigned. */
  network_settlement_identifier: z.string(),
  other_fees_amount: z.optional(z.int()),
  other_fees_count: z.optional(z.int()),
  /** `international` or `uk_national_net`. */
  settlement_service: z.string(),
  status: openEnum(['complete', 'pending']),
  transaction_amount: z.int(),
  transaction_count: z.int(),
});
/** An Issuing settlement (`issuing.settlement`). */
export type IssuingSettlement = z.output<typeof IssuingSettlementSchema>;

/**
 * An Issuing dispute settlement detail (preview, α): a card network's record of a money movement or a
 * change of state of an Issuing dispute (filing, representment, win, loss), as in its settlement reports.
 */
export const IssuingDisputeSettlementDetailSchema = object({
  id: Id,
  object: z.literal('issuing.dispute_settlement_detail'),
  /** Disputed amount in the card's currency, in minor units. */
  amount: z.int(),
  /** The card of the original transaction (`ic_…`). */
  card: z.string(),
  created: Timestamp,
  currency: z.string(),
  /** The dispute (`idp_…`). */
  dispute: z.string(),
  /** The stage of the network's dispute lifecycle. */
  event_type: openEnum(['filing', 'loss', 'representment', 'win']),
  livemode: z.boolean(),
  network: openEnum(['maestro', 'mastercard', 'visa']),
  /** Network data: `processing_date` (a date string), when the network processed it. */
  network_data: z.nullable(object({ processing_date: z.nullable(z.string()) })),
  /** The network settlement (`ise_…`) that carried it. */
  settlement: z.nullable(z.string()),
});
/** An Issuing dispute settlement detail (`issuing.dispute_settlement_detail`, preview). */
export type IssuingDisputeSettlementDetail = z.output<typeof IssuingDisputeSettlementDetailSchema>;

/**
 * An Issuing fraud liability debit (preview, α): a debit of the account's balance for fraud liability
 * after an Issuing dispute.
 */
export const IssuingFraudLiabilityDebitSchema = object({
  id: Id,
  object: z.literal('issuing.fraud_liability_debit'),
  amount: z.int(),
  balance_transaction: z.nullable(z.union([z.string(), object({ id: Id })])),
  created: Timestamp,
  currency: z.string(),
  /** The dispute (`idp_…`). */
  dispute: z.string(),
  livemode: z.boolean(),
});
/** An Issuing fraud liability debit (`issuing.fraud_liability_debit`, preview). */
export type IssuingFraudLiabilityDebit = z.output<typeof IssuingFraudLiabilityDebitSchema>;

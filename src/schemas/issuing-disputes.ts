import * as z from 'zod/mini';
import { Amount, Currency, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, MetadataUpdateParams, object } from './common.js';

/** Why a cardholder disputes a transaction; selects which evidence object applies. */
export const DISPUTE_REASONS = [
  'canceled',
  'duplicate',
  'fraudulent',
  'merchandise_not_as_described',
  'no_valid_authorization',
  'not_received',
  'other',
  'service_not_as_described',
] as const;
/** A dispute reason (`evidence.reason`). */
export type DisputeReason = (typeof DISPUTE_REASONS)[number];

/** Why Stripe lost a dispute (`loss_reason`). */
export const DISPUTE_LOSS_REASONS = [
  'cardholder_authentication_issuer_liability',
  'eci5_token_transaction_with_tavv',
  'excess_disputes_in_timeframe',
  'has_not_met_the_minimum_dispute_amount_requirements',
  'invalid_duplicate_dispute',
  'invalid_incorrect_amount_dispute',
  'invalid_no_authorization',
  'invalid_use_of_disputes',
  'merchandise_delivered_or_shipped',
  'merchandise_or_service_as_described',
  'not_cancelled',
  'other',
  'refund_issued',
  'submitted_beyond_allowable_time_limit',
  'transaction_3ds_required',
  'transaction_approved_after_prior_fraud_dispute',
  'transaction_authorized',
  'transaction_electronically_read',
  'transaction_qualifies_for_visa_easy_payment_service',
  'transaction_unattended',
] as const;

const FileRef = z.nullable(z.union([Id, object({ id: Id, object: z.literal('file') })]));
const ProductType = z.nullable(openEnum(['merchandise', 'service']));
const ReturnStatus = z.nullable(openEnum(['merchant_rejected', 'successful']));
const str = z.nullable(z.string());
const ts = z.nullable(Timestamp);

const disputeEvidenceShape = {
  reason: openEnum(DISPUTE_REASONS),
  canceled: z.optional(object({
      additional_documentation: FileRef,
      canceled_at: ts,
      cancellation_policy_provided: z.nullable(z.boolean()),
      cancellation_reason: str,
      expected_at: ts,
      explanation: str,
      product_description: str,
      product_type: ProductType,
      return_status: ReturnStatus,
      returned_at: ts,
    })),
  duplicate: z.optional(object({
      additional_documentation: FileRef,
      card_statement: FileRef,
      cash_receipt: FileRef,
      check_image: FileRef,
      explanation: str,
      original_transaction: str,
    })),
  fraudulent: z.optional(object({ additional_documentation: FileRef, explanation: str })),
  merchandise_not_as_described: z.optional(object({
      additional_documentation: FileRef,
      explanation: str,
      received_at: ts,
      return_description: str,
      return_status: ReturnStatus,
      returned_at: ts,
    })),
  no_valid_authorization: z.optional(object({ additional_documentation: FileRef, explanation: str })),
  not_received: z.optional(object({ additional_documentation: FileRef, expected_at: ts, explanation: str, product_description: str, product_type: ProductType })),
  other: z.optional(object({ additional_documentation: FileRef, explanation: str, product_description: str, product_type: ProductType })),
  service_not_as_described: z.optional(object({ additional_documentation: FileRef, canceled_at: ts, cancellation_reason: str, explanation: str, received_at: ts })),
};
/** Schema type of {@link DisputeEvidenceSchema}, named so that declaration files refer to it instead of expanding it. */
export interface DisputeEvidenceObjectSchema extends z.ZodMiniObject<typeof disputeEvidenceShape, z.core.$strip> {}
/** Evidence of a dispute as returned: `reason` plus the object of that reason. */
export const DisputeEvidenceSchema: DisputeEvidenceObjectSchema = object(disputeEvidenceShape);
/** Evidence of an Issuing dispute. */
export type DisputeEvidence = z.output<typeof DisputeEvidenceSchema>;

const issuingDisputeShape = {
  id: Id,
  object: z.literal('issuing.dispute'),
  /** Disputed amount in the card's currency, positive, minor units. */
  amount: Amount,
  balance_transactions: z.optional(z.nullable(z.array(object({ id: Id, object: z.literal('balance_transaction') })))),
  created: Timestamp,
  currency: Currency,
  evidence: DisputeEvidenceSchema,
  livemode: z.boolean(),
  loss_reason: z.optional(openEnum(DISPUTE_LOSS_REASONS)),
  metadata: Metadata,
  status: openEnum(['expired', 'lost', 'submitted', 'unsubmitted', 'won']),
  /** The disputed transaction id, or the expanded transaction (typed by its id and `object`). */
  transaction: z.union([Id, object({ id: Id, object: z.literal('issuing.transaction') })]),
  /** Treasury-backed cards: the received debit that funded the dispute and its reversal. */
  treasury: z.optional(z.nullable(object({ debit_reversal: z.nullable(z.string()), received_debit: z.string() }))),
};
/** Schema type of {@link IssuingDisputeSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingDisputeObjectSchema extends z.ZodMiniObject<typeof issuingDisputeShape, z.core.$strip> {}
/**
 * An Issuing dispute (`idp_…`) of a captured transaction.
 * `status`: `unsubmitted` → `submitted` → `won` | `lost` (or `expired` if never submitted in time).
 */
export const IssuingDisputeSchema: IssuingDisputeObjectSchema = object(issuingDisputeShape);
/** An Issuing dispute (`idp_…`). */
export type IssuingDispute = z.output<typeof IssuingDisputeSchema>;

const E = <T extends z.ZodMiniType>(s: T) => z.optional(z.union([s, z.literal('')]));
const doc = E(Id);
const text = E(z.string());
const time = E(z.int());
const productType = E(paramEnum(['merchandise', 'service']));
const returnStatus = E(paramEnum(['merchant_rejected', 'successful']));

/** Evidence params of reason `canceled`. */
export const CanceledEvidenceParam = z.strictObject({
  additional_documentation: doc,
  canceled_at: time,
  cancellation_policy_provided: E(z.boolean()),
  cancellation_reason: text,
  expected_at: time,
  explanation: text,
  product_description: text,
  product_type: productType,
  return_status: returnStatus,
  returned_at: time,
});
/** Evidence params of reason `duplicate`. */
export const DuplicateEvidenceParam = z.strictObject({
  additional_documentation: doc,
  card_statement: doc,
  cash_receipt: doc,
  check_image: doc,
  explanation: text,
  /** The transaction (`ipi_…`) this one duplicates. */
  original_transaction: z.optional(Id),
});
/** Evidence params of reason `fraudulent`. */
export const FraudulentEvidenceParam = z.strictObject({ additional_documentation: doc, explanation: text });
/** Evidence params of reason `merchandise_not_as_described`. */
export const MerchandiseNotAsDescribedEvidenceParam = z.strictObject({
  additional_documentation: doc,
  explanation: text,
  received_at: time,
  return_description: text,
  return_status: returnStatus,
  returned_at: time,
});
/** Evidence params of reason `no_valid_authorization`. */
export const NoValidAuthorizationEvidenceParam = z.strictObject({ additional_documentation: doc, explanation: text });
/** Evidence params of reason `not_received`. */
export const NotReceivedEvidenceParam = z.strictObject({
  additional_documentation: doc,
  expected_at: time,
  explanation: text,
  product_description: text,
  product_type: productType,
});
/** Evidence params of reason `other`. */
export const OtherEvidenceParam = z.strictObject({ additional_documentation: doc, explanation: text, product_description: text, product_type: productType });
/** Evidence params of reason `service_not_as_described`. */
export const ServiceNotAsDescribedEvidenceParam = z.strictObject({
  additional_documentation: doc,
  canceled_at: time,
  cancellation_reason: text,
  explanation: text,
  received_at: time,
});

/**
 * Dispute evidence in params, typed per reason: `reason` selects which one evidence object may be given.
 * @example { reason: 'not_received', not_received: { expected_at: 1767225600, product_type: 'merchandise', explanation: 'Never arrived' } }
 */
export const DisputeEvidenceParamSchema = z.discriminatedUnion('reason', [
  z.strictObject({ reason: z.literal('canceled'), canceled: E(CanceledEvidenceParam) }),
  z.strictObject({ reason: z.literal('duplicate'), duplicate: E(DuplicateEvidenceParam) }),
  z.strictObject({ reason: z.literal('fraudulent'), fraudulent: E(FraudulentEvidenceParam) }),
  z.strictObject({ reason: z.literal('merchandise_not_as_described'), merchandise_not_as_described: E(MerchandiseNotAsDescribedEvidenceParam) }),
  z.strictObject({ reason: z.literal('no_valid_authorization'), no_valid_authorization: E(NoValidAuthorizationEvidenceParam) }),
  z.strictObject({ reason: z.literal('not_received'), not_received: E(NotReceivedEvidenceParam) }),
  z.strictObject({ reason: z.literal('other'), other: E(OtherEvidenceParam) }),
  z.strictObject({ reason: z.literal('service_not_as_described'), service_not_as_described: E(ServiceNotAsDescribedEvidenceParam) }),
]);
/** Dispute evidence in params, one variant per reason. */
export type DisputeEvidenceParam = z.input<typeof DisputeEvidenceParamSchema>;

const issuingDisputeCreateParamsShape = {
  /** The captured transaction to dispute (`ipi_…`); required unless `treasury.received_debit` is given. */
  transaction: z.optional(Id),
  /** Amount to dispute (positive, minor units); defaults to the transaction's full amount. */
  amount: z.optional(z.int().check(z.positive())),
  evidence: z.optional(DisputeEvidenceParamSchema),
  metadata: z.optional(MetadataParam),
  /** Treasury-backed cards: dispute a received debit instead. */
  treasury: z.optional(z.strictObject({ received_debit: Id })),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingDisputeCreateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingDisputeCreateParamsObjectSchema extends z.ZodMiniObject<typeof issuingDisputeCreateParamsShape, z.core.$strict> {}
/**
 * Params of `issuing.disputes.create`.
 * @example { transaction: 'ipi_123', evidence: { reason: 'fraudulent', fraudulent: { explanation: 'Card was lost' } } }
 */
export const IssuingDisputeCreateParamsSchema: IssuingDisputeCreateParamsObjectSchema = z.strictObject(issuingDisputeCreateParamsShape);
/** Params of `issuing.disputes.create`. */
export type IssuingDisputeCreateParams = z.input<typeof IssuingDisputeCreateParamsSchema>;

const issuingDisputeUpdateParamsShape = {
  amount: z.optional(z.int().check(z.positive())),
  evidence: z.optional(DisputeEvidenceParamSchema),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingDisputeUpdateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingDisputeUpdateParamsObjectSchema extends z.ZodMiniObject<typeof issuingDisputeUpdateParamsShape, z.core.$strict> {}
/** Params of `issuing.disputes.update` (only while `unsubmitted`). */
export const IssuingDisputeUpdateParamsSchema: IssuingDisputeUpdateParamsObjectSchema = z.strictObject(issuingDisputeUpdateParamsShape);
/** Params of `issuing.disputes.update`. */
export type IssuingDisputeUpdateParams = z.input<typeof IssuingDisputeUpdateParamsSchema>;

/** Params of `issuing.disputes.submit`. */
export const IssuingDisputeSubmitParamsSchema = MetadataUpdateParams;
/** Params of `issuing.disputes.submit`. */
export type IssuingDisputeSubmitParams = z.input<typeof IssuingDisputeSubmitParamsSchema>;

/** Params of `issuing.disputes.list`. */
export const IssuingDisputeListParamsSchema = z.strictObject({
  ...V1ListParams,
  created: z.optional(RangeQuery),
  status: z.optional(paramEnum(['expired', 'lost', 'submitted', 'unsubmitted', 'won'])),
  transaction: z.optional(Id),
});
/** Params of `issuing.disputes.list`. */
export type IssuingDisputeListParams = z.input<typeof IssuingDisputeListParamsSchema>;

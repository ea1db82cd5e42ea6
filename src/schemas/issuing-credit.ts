import * as z from 'zod/mini';
import { Id, Metadata, Timestamp, V1ListParams, openEnum, object } from './common.js';

/**
 * Params of the credit-underwriting preview's create, correct and report-decision calls: any object,
 * sent as given and NOT checked before sending. The preview (API version `2025-12-15.preview`) does
 * not publish its param lists, so cardplane does not guess them; Stripe validates them.
 */
export const IssuingPreviewParamsSchema = z.record(z.string(), z.unknown());
/** Unchecked params of an Issuing preview call (a plain object, form-encoded as given). */
export type IssuingPreviewParams = z.input<typeof IssuingPreviewParamsSchema>;

/**
 * Params of the Issuing previews' list calls: the v1 pagination params (`limit`, `starting_after`,
 * `ending_before`, `expand`) are checked; any other key (a filter the preview may accept) is sent unchecked.
 */
export const IssuingPreviewListParamsSchema = z.looseObject({ ...V1ListParams });
/** Params of an Issuing preview list call. */
export type IssuingPreviewListParams = z.input<typeof IssuingPreviewListParamsSchema>;

/** A reason given for a credit decision (the values of Stripe's published beta types, or a newer one). */
export const CreditDecisionReasonSchema = openEnum([
  'applicant_is_not_beneficial_owner', 'applicant_too_young', 'application_is_not_beneficial_owner', 'bankruptcy', 'business_size_too_small',
  'change_in_financial_state', 'change_in_utilization_of_credit_line', 'current_account_tier_ineligible', 'customer_already_exists',
  'customer_requested_account_closure', 'debt_to_cash_balance_ratio_too_high', 'debt_to_equity_ratio_too_high', 'decrease_in_income_to_expense_ratio',
  'decrease_in_social_media_performance', 'delinquent_credit_obligations', 'dispute_rate_too_high', 'duration_of_residence',
  'exceeds_acceptable_platform_exposure', 'excessive_income_or_revenue_obligations', 'expenses_to_cash_balance_ratio_too_high',
  'foreclosure_or_repossession', 'frozen_file_at_credit_bureau', 'garnishment_or_attachment', 'government_loan_program_criteria',
  'has_recent_credit_limit_increase', 'high_concentration_of_clients', 'high_risk_industry', 'incomplete_application', 'inconsistent_monthly_revenues',
  'insufficient_account_history_with_platform', 'insufficient_bank_account_history', 'insufficient_cash_balance', 'insufficient_cash_flow',
  'insufficient_collateral', 'insufficient_credit_experience', 'insufficient_credit_utilization', 'insufficient_deposits', 'insufficient_income',
  'insufficient_margin_ratio', 'insufficient_operating_profit', 'insufficient_period_in_operation', 'insufficient_reserves', 'insufficient_revenue',
  'insufficient_social_media_performance', 'insufficient_time_in_network', 'insufficient_trade_credit_insurance',
  'insufficient_usage_as_qualified_expenses', 'invalid_business_license', 'lacking_cash_account', 'late_payment_history_reported_to_bureau',
  'lien_collection_action_or_judgement', 'negative_public_information', 'no_credit_file', 'other', 'outside_supported_country',
  'outside_supported_state', 'poor_payment_history_with_platform', 'prior_or_current_legal_action', 'prohibited_industry',
  'rate_of_cash_balance_fluctuation_too_high', 'recent_inquiries_on_business_credit_report', 'removal_of_bank_account_connection',
  'revenue_discrepancy', 'runway_too_short', 'suspected_fraud', 'too_many_non_sufficient_funds_or_overdrafts', 'unable_to_verify_address',
  'unable_to_verify_identity', 'unable_to_verify_income_or_revenue', 'unprofitable', 'unsupportable_business_type',
]);
/** A reason given for a credit decision, e.g. `insufficient_cash_flow`. */
export type CreditDecisionReason = z.output<typeof CreditDecisionReasonSchema>;

/** The outcome of a credit decision. */
export const CreditDecisionTypeSchema = openEnum([
  'additional_information_requested',
  'application_rejected',
  'credit_limit_approved',
  'credit_limit_decreased',
  'credit_line_closed',
  'no_changes',
  'withdrawn_by_applicant',
]);
/** The outcome of a credit decision, e.g. `credit_limit_approved`. */
export type CreditDecisionType = z.output<typeof CreditDecisionTypeSchema>;

const Reasons = object({
  /** Details when `reasons` includes `other`. */
  reason_other_explanation: z.nullable(z.string()),
  /** Up to 4 reasons, most important first. */
  reasons: z.array(CreditDecisionReasonSchema),
});

/** The decision recorded on a credit underwriting record: its `type` and the details of that outcome. */
export const CreditDecisionSchema = object({
  application_rejected: z.nullable(Reasons),
  credit_limit_approved: z.nullable(object({ amount: z.int(), currency: z.string() })),
  credit_limit_decreased: z.nullable(z.extend(Reasons, { amount: z.int(), currency: z.string() })),
  credit_line_closed: z.nullable(Reasons),
  type: CreditDecisionTypeSchema,
});
/** The decision recorded on a credit underwriting record. */
export type CreditDecision = z.output<typeof CreditDecisionSchema>;

/**
 * A credit underwriting record (preview, α): the record a Charge Card platform keeps of each credit
 * application or proactive review and of the decision taken, on the connected account.
 */
export const IssuingCreditUnderwritingRecordSchema = object({
  id: Id,
  object: z.literal('issuing.credit_underwriting_record'),
  /** For a record created from an application: how and when it was submitted, and what it asked for. */
  application: z.nullable(object({
      application_method: openEnum(['in_person', 'mail', 'online', 'phone']),
      purpose: openEnum(['credit_limit_increase', 'credit_line_opening']),
      submitted_at: Timestamp,
    })),
  created: Timestamp,
  /** What started the underwriting: `application` or `proactive_review`. */
  created_from: openEnum(['application', 'proactive_review']),
  /** The company or person applying or holding the account. */
  credit_user: object({ email: z.string(), name: z.string() }),
  decided_at: z.nullable(Timestamp),
  decision: z.nullable(CreditDecisionSchema),
  /** For an application: the date by which a decision must be reported (30 days after submission). */
  decision_deadline: z.nullable(Timestamp),
  livemode: z.boolean(),
  metadata: z.nullable(Metadata),
  /** A file (`file_…`) of regulatory reporting data for the decision, where required. */
  regulatory_reporting_file: z.nullable(z.string()),
  /** An exception made to the usual underwriting criteria: why, and what the decision would have been. */
  underwriting_exception: z.nullable(object({ explanation: z.string(), original_decision_type: CreditDecisionTypeSchema })),
});
/** A credit underwriting record (`issuing.credit_underwriting_record`, preview). */
export type IssuingCreditUnderwritingRecord = z.output<typeof IssuingCreditUnderwritingRecordSchema>;

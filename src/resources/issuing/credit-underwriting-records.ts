import {
  issuingCreditUnderwritingRecordsCorrect,
  issuingCreditUnderwritingRecordsCreateFromApplication,
  issuingCreditUnderwritingRecordsCreateFromProactiveReview,
  issuingCreditUnderwritingRecordsList,
  issuingCreditUnderwritingRecordsReportDecision,
  issuingCreditUnderwritingRecordsRetrieve,
} from '../../generated/endpoints/issuing-credit-underwriting-records.js';
import { defineResource } from '../../core/resource.js';

/**
 * Issuing credit underwriting records (private preview, α; sent with `Stripe-Version: 2025-12-15.preview`):
 * record each credit application or proactive review of a Charge Card program and the decision taken.
 * The preview does not publish its params: those of create, correct and reportDecision are sent as given,
 * unchecked (see `IssuingPreviewParamsSchema`).
 */
export const creditUnderwritingRecords = defineResource('issuing.creditUnderwritingRecords', {
  /** Retrieves a record. `GET /v1/issuing/credit_underwriting_records/{credit_underwriting_record}` */
  retrieve: issuingCreditUnderwritingRecordsRetrieve,
  /**
   * Lists the account's records (newest first). `GET /v1/issuing/credit_underwriting_records`
   * @example for await (const r of cp.issuing.creditUnderwritingRecords.list({ limit: 50 }, { stripeAccount: 'acct_123' })) { … }
   */
  list: issuingCreditUnderwritingRecordsList,
  /**
   * Records a credit application as submitted (the decision follows with `reportDecision`). Params unchecked.
   * `POST /v1/issuing/credit_underwriting_records/create_from_application`
   * @example cp.issuing.creditUnderwritingRecords.createFromApplication({ application: { purpose: 'credit_line_opening', submitted_at }, credit_user: { name: 'Acme', email: 'ops@acme.example' } }, { stripeAccount: 'acct_123' })
   */
  createFromApplication: issuingCreditUnderwritingRecordsCreateFromApplication,
  /**
   * Records a decision the platform took on its own initiative on an existing account. Params unchecked.
   * `POST /v1/issuing/credit_underwriting_records/create_from_proactive_review`
   */
  createFromProactiveReview: issuingCreditUnderwritingRecordsCreateFromProactiveReview,
  /**
   * Corrects a record (fields as in the record). Params unchecked.
   * `POST /v1/issuing/credit_underwriting_records/{credit_underwriting_record}/correct`
   */
  correct: issuingCreditUnderwritingRecordsCorrect,
  /**
   * Reports the decision on an application record. Params unchecked.
   * `POST /v1/issuing/credit_underwriting_records/{credit_underwriting_record}/report_decision`
   * @example cp.issuing.creditUnderwritingRecords.reportDecision(record.id, { decided_at, decision: { type: 'credit_limit_approved', credit_limit_approved: { amount: 500_000, currency: 'usd' } } })
   */
  reportDecision: issuingCreditUnderwritingRecordsReportDecision,
});

import { issuingDisputesCreate, issuingDisputesList, issuingDisputesRetrieve, issuingDisputesSubmit, issuingDisputesUpdate } from '../../generated/endpoints/issuing-disputes.js';
import { defineResource } from '../../core/resource.js';

/** Issuing disputes: contest a captured transaction on behalf of the cardholder. */
export const disputes = defineResource('issuing.disputes', {
  /**
   * Creates an `unsubmitted` dispute; the evidence object is typed by `evidence.reason`.
   * `POST /v1/issuing/disputes`
   * @example
   * await cp.issuing.disputes.create({
   *   transaction: 'ipi_123',
   *   evidence: { reason: 'not_received', not_received: { expected_at: 1767225600, product_type: 'merchandise' } },
   * });
   */
  create: issuingDisputesCreate,
  /** Retrieves a dispute. `GET /v1/issuing/disputes/{dispute}` */
  retrieve: issuingDisputesRetrieve,
  /**
   * Updates amount, evidence or metadata of an `unsubmitted` dispute. `POST /v1/issuing/disputes/{dispute}`
   * @example cp.issuing.disputes.update('idp_123', { evidence: { reason: 'fraudulent', fraudulent: { explanation: 'Card lost' } } })
   */
  update: issuingDisputesUpdate,
  /**
   * Lists disputes, newest first, filtered by `status`, `transaction` or `created`. `GET /v1/issuing/disputes`
   * @example for await (const d of cp.issuing.disputes.list({ status: 'submitted' })) { … }
   */
  list: issuingDisputesList,
  /**
   * Submits a dispute to the network (irreversible; evidence must be complete). `POST /v1/issuing/disputes/{dispute}/submit`
   * @example cp.issuing.disputes.submit('idp_123', {}, { idempotencyKey: `submit-${disputeId}` })
   */
  submit: issuingDisputesSubmit,
});

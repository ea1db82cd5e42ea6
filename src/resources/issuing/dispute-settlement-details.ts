import { issuingDisputeSettlementDetailsList, issuingDisputeSettlementDetailsRetrieve } from '../../generated/endpoints/issuing-dispute-settlement-details.js';
import { defineResource } from '../../core/resource.js';

/**
 * Issuing dispute settlement details (private preview, α; sent with `Stripe-Version: 2025-12-15.preview`):
 * the card networks' records of each stage of an Issuing dispute (read-only).
 */
export const disputeSettlementDetails = defineResource('issuing.disputeSettlementDetails', {
  /** Retrieves a dispute settlement detail. `GET /v1/issuing/dispute_settlement_details/{dispute_settlement_detail}` */
  retrieve: issuingDisputeSettlementDetailsRetrieve,
  /**
   * Lists dispute settlement details (newest first); keys besides pagination are sent unchecked.
   * `GET /v1/issuing/dispute_settlement_details`
   * @example for await (const d of cp.issuing.disputeSettlementDetails.list()) { … }
   */
  list: issuingDisputeSettlementDetailsList,
});

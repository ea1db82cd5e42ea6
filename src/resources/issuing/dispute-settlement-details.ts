import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { IssuingPreviewListParamsSchema } from '../../schemas/issuing-credit.js';
import { IssuingDisputeSettlementDetailSchema } from '../../schemas/issuing-settlements.js';
import { API_VERSIONS } from '../../core/versions.js';

const version = API_VERSIONS.issuingAlpha;

/**
 * Issuing dispute settlement details (private preview, α; sent with `Stripe-Version: 2025-12-15.preview`):
 * the card networks' records of each stage of an Issuing dispute (read-only).
 */
export const disputeSettlementDetails = defineResource('issuing.disputeSettlementDetails', {
  /** Retrieves a dispute settlement detail. `GET /v1/issuing/dispute_settlement_details/{dispute_settlement_detail}` */
  retrieve: get('/v1/issuing/dispute_settlement_details/{dispute_settlement_detail}', {
    params: V1RetrieveParams,
    returns: IssuingDisputeSettlementDetailSchema,
    version,
  }),
  /**
   * Lists dispute settlement details (newest first); keys besides pagination are sent unchecked.
   * `GET /v1/issuing/dispute_settlement_details`
   * @example for await (const d of cp.issuing.disputeSettlementDetails.list()) { … }
   */
  list: list('/v1/issuing/dispute_settlement_details', { params: IssuingPreviewListParamsSchema, returns: IssuingDisputeSettlementDetailSchema, version }),
});

import { crud } from '../crud.js';
import { issuingDisputeSettlementDetail } from '../fixtures/issuing-previews.js';
import type { MockRoute } from '../router.js';

/** Mock routes of Issuing dispute settlement details (α preview, read-only: put them in `mock.store` to list them): retrieve, list. */
export const issuingDisputeSettlementDetailRoutes: MockRoute[] = [
  ...crud({
    collection: '/v1/issuing/dispute_settlement_details',
    object: 'issuing.dispute_settlement_detail',
    idPrefix: 'idsd_',
    fixture: issuingDisputeSettlementDetail,
    ops: ['retrieve', 'list'],
  }),
];

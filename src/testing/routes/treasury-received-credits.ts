import { mustGet } from '../crud.js';
import type { MockRoute } from '../router.js';
import { treasuryList } from '../treasury-flows.js';

/** Mock routes of Treasury received credits: retrieve, list (made by the test helpers and card refunds). */
export const treasuryReceivedCreditRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/received_credits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_credit') },
  {
    method: 'GET',
    path: '/v1/treasury/received_credits',
    // Filtered before paging: a page holds only matching credits.
    handle: (req) => treasuryList(req, 'treasury.received_credit', '/v1/treasury/received_credits', ['status', 'linked_flows.source_flow_type']),
  },
];

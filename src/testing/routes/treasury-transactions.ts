import { mustGet } from '../crud.js';
import type { MockRoute } from '../router.js';
import { treasuryList } from '../treasury-flows.js';

/** Mock routes of Treasury transactions: retrieve, list. */
export const treasuryTransactionRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/transactions/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.transaction') },
  {
    method: 'GET',
    path: '/v1/treasury/transactions',
    handle: (req) => treasuryList(req, 'treasury.transaction', '/v1/treasury/transactions', ['status', 'status_transitions.posted_at']),
  },
];

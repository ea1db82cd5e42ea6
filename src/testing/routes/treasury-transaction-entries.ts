import { mustGet } from '../crud.js';
import type { MockRoute } from '../router.js';
import { treasuryList } from '../treasury-flows.js';

/** Mock routes of Treasury transaction entries: retrieve, list. */
export const treasuryTransactionEntryRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/transaction_entries/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.transaction_entry') },
  {
    method: 'GET',
    path: '/v1/treasury/transaction_entries',
    handle: (req) => treasuryList(req, 'treasury.transaction_entry', '/v1/treasury/transaction_entries', ['transaction', 'effective_at']),
  },
];

import { mustGet } from '../crud.js';
import type { MockRoute } from '../router.js';
import { treasuryList } from '../treasury-flows.js';

/** Mock routes of Treasury received debits: retrieve, list (made by the test helpers, returns and card spend). */
export const treasuryReceivedDebitRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/received_debits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_debit') },
  { method: 'GET', path: '/v1/treasury/received_debits', handle: (req) => treasuryList(req, 'treasury.received_debit', '/v1/treasury/received_debits', ['status']) },
];

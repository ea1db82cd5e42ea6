import { mustGet } from '../crud.js';
import type { MockRoute } from '../router.js';
import { endInbound, returnInbound, succeedInbound } from '../treasury-ledger.js';
import { BASE, code } from '../treasury-flows.js';

/** Mock routes of the Treasury inbound transfer test helpers: succeed, fail, return (see `../treasury-ledger.ts`). */
export const testHelpersTreasuryInboundTransferRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${BASE}/inbound_transfers/:id/succeed`,
    handle: (req) => succeedInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer')),
  },
  {
    method: 'POST',
    path: `${BASE}/inbound_transfers/:id/fail`,
    handle: (req) => endInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer'), 'failed', code(req, 'failure_details')),
  },
  {
    method: 'POST',
    path: `${BASE}/inbound_transfers/:id/return`,
    handle: (req) => returnInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer')),
  },
];

import { mustGet } from '../crud.js';
import type { MockRequest, MockRoute } from '../router.js';
import { mockFail } from '../router.js';
import {
  endInbound,
  endOutbound,
  openAccount,
  postOutbound,
  receiveCredit,
  receiveDebit,
  requireParam,
  returnInbound,
  returnOutbound,
  succeedInbound,
} from '../treasury-ledger.js';

type Obj = Record<string, unknown>;
const BASE = '/v1/test_helpers/treasury';

function amountOf(req: MockRequest): number {
  const v = req.body.amount;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    mockFail(400, 'invalid_request_error', 'Missing required param: amount.', { code: 'parameter_missing', param: 'amount' });
  }
  return v;
}

function code(req: MockRequest, key: 'failure_details' | 'returned_details'): string {
  const c = (req.body[key] as Obj | undefined)?.code;
  return typeof c === 'string' ? c : key === 'failure_details' ? 'other' : 'declined';
}

/** Sets tracking details; refused on canceled or failed flows. Makes the flow no longer cancelable. */
function track(obj: Obj, req: MockRequest): Obj {
  if (obj.status === 'canceled' || obj.status === 'failed') {
    mockFail(400, 'invalid_request_error', `Cannot update ${String(obj.id)}: its status is ${String(obj.status)}.`, { code: 'invalid_state' });
  }
  const td = req.body.tracking_details as Obj | undefined;
  if (!td || typeof td.type !== 'string') {
    mockFail(400, 'invalid_request_error', 'Missing required param: tracking_details[type].', { code: 'parameter_missing', param: 'tracking_details[type]' });
  }
  const out: Obj = { type: td.type };
  if (td.ach) out.ach = td.ach;
  if (td.us_domestic_wire) {
    const w = td.us_domestic_wire as Obj;
    out.us_domestic_wire = { chips: w.chips ?? null, imad: w.imad ?? null, omad: w.omad ?? null };
  }
  obj.tracking_details = out;
  obj.cancelable = false;
  return obj;
}

function outbound(kind: 'outbound_transfer' | 'outbound_payment'): MockRoute[] {
  const object = `treasury.${kind}`;
  const path = `${BASE}/${kind}s/:id`;
  const get = (req: MockRequest): Obj => mustGet(req, req.params.id ?? '', object);
  return [
    { method: 'POST', path, handle: (req) => track(get(req), req) },
    { method: 'POST', path: `${path}/fail`, handle: (req) => endOutbound(req, get(req), kind, 'failed') },
    { method: 'POST', path: `${path}/post`, handle: (req) => postOutbound(req, get(req), kind) },
    { method: 'POST', path: `${path}/return`, handle: (req) => returnOutbound(req, get(req), kind, code(req, 'returned_details')) },
  ];
}

/** Mock routes of the Treasury test helpers (state transitions of the mock ledger in `../treasury-ledger.ts`). */
export const testHelpersTreasuryRoutes: MockRoute[] = [
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
  ...outbound('outbound_transfer'),
  ...outbound('outbound_payment'),
  {
    method: 'POST',
    path: `${BASE}/received_credits`,
    handle: (req) => {
      const fa = requireParam(req.body, 'financial_account');
      return receiveCredit(req, fa, {
        amount: amountOf(req),
        currency: requireParam(req.body, 'currency'),
        network: requireParam(req.body, 'network'),
        ...(typeof req.body.description === 'string' ? { description: req.body.description } : {}),
      });
    },
  },
  {
    method: 'POST',
    path: `${BASE}/received_debits`,
    handle: (req) => {
      const fa = openAccount(req, requireParam(req.body, 'financial_account'));
      return receiveDebit(req, fa, {
        amount: amountOf(req),
        currency: requireParam(req.body, 'currency'),
        network: requireParam(req.body, 'network'),
        ...(typeof req.body.description === 'string' ? { description: req.body.description } : {}),
      });
    },
  },
];

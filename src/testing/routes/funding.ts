import { applyDefault, crud, mustGet } from '../crud.js';
import { fundingBalance, fundingPayout, fundingTopup, fundingTransfer } from '../fixtures/funding.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';

/*
 * Funding in the mock: each account (the platform, or the `Stripe-Account` of the call) has one balance.
 * A top-up succeeds at once and adds its amount to `issuing.available` in its currency (the Issuing
 * balance a card program spends from). A payout with `source_balance: 'issuing'` draws from it (400 when it
 * does not cover the amount); other transfers and payouts are recorded but do not change balances.
 * Top-ups and payouts can be canceled only while `pending` (mock top-ups never are, unless stored so);
 * a payout can be reversed only when `paid`.
 */

type Obj = Record<string, unknown>;
const now = (): number => Math.floor(Date.now() / 1000);

function balanceFor(req: MockRequest): Obj {
  const id = `balance_${req.account ?? 'platform'}`;
  return req.store.get(id) ?? req.store.put({ ...fundingBalance(), id });
}

function publicBalance(b: Obj): Obj {
  const { id: _id, ...rest } = b;
  return rest;
}

function creditIssuing(req: MockRequest, amount: number, currency: string): void {
  const b = balanceFor(req);
  const issuing = (b.issuing as { available: Obj[] } | undefined) ?? { available: [] };
  b.issuing = issuing;
  const row = issuing.available.find((r) => r.currency === currency);
  if (row) row.amount = Number(row.amount) + amount;
  else issuing.available.push({ amount, currency });
}

function cancelPending(req: MockRequest, object: string): Obj {
  const obj = mustGet(req, req.params.id ?? '', object);
  if (obj.status !== 'pending') {
    mockFail(400, 'invalid_request_error', `This ${object} cannot be canceled because its status is ${String(obj.status)}.`, { code: 'invalid_state' });
  }
  obj.status = 'canceled';
  return obj;
}

function applyTopup(obj: Obj, params: Obj, req: MockRequest): void {
  const { source, payment_method, payment_method_options: _pmo, ...rest } = params;
  applyDefault(obj, rest);
  if (typeof payment_method === 'string') obj.payment_method = payment_method;
  if (typeof source === 'string') obj.source = { id: source, object: 'source', type: 'ach_debit', status: 'chargeable', currency: obj.currency, livemode: false };
  if (req.method === 'POST' && req.path === '/v1/topups') {
    obj.status = 'succeeded';
    obj.balance_transaction = req.store.newId('txn_');
    obj.expected_availability_date = now();
    creditIssuing(req, Number(obj.amount), String(obj.currency));
  }
}

function applyTransfer(obj: Obj, params: Obj, req: MockRequest): void {
  applyDefault(obj, params);
  if (req.path === '/v1/transfers') {
    obj.amount = typeof params.amount === 'number' ? params.amount : 0;
    obj.balance_transaction = req.store.newId('txn_');
    obj.destination_payment = req.store.newId('py_');
    obj.reversals = { object: 'list', data: [], has_more: false, url: `/v1/transfers/${String(obj.id)}/reversals` };
    if (typeof params.source_type !== 'string') obj.source_type = 'card';
  }
}

function applyPayout(obj: Obj, params: Obj, req: MockRequest): void {
  applyDefault(obj, params);
  if (req.path === '/v1/payouts' && params.source_balance === 'issuing') {
    const currency = String(params.currency);
    const row = ((balanceFor(req).issuing as { available: Obj[] } | undefined)?.available ?? []).find((r) => r.currency === currency);
    if (!row || Number(row.amount) < Number(params.amount)) {
      mockFail(400, 'invalid_request_error', 'Insufficient funds in the Issuing balance for this payout.', { code: 'balance_insufficient', param: 'amount' });
    }
    creditIssuing(req, -Number(params.amount), currency);
  }
  if (req.path === '/v1/payouts') {
    obj.arrival_date = now() + 2 * 86400;
    obj.balance_transaction = req.store.newId('txn_');
    if (typeof params.destination !== 'string') obj.destination = 'ba_mock_default';
    if (typeof params.method !== 'string') obj.method = 'standard';
    if (typeof params.source_type !== 'string') obj.source_type = 'card';
  }
}

/** Mock routes of the balance, top-ups, transfers and payouts. */
export const fundingRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/balance', handle: (req) => publicBalance(balanceFor(req)) },
  { method: 'POST', path: '/v1/topups/:id/cancel', handle: (req) => cancelPending(req, 'topup') },
  ...crud({ collection: '/v1/topups', object: 'topup', idPrefix: 'tu_', fixture: fundingTopup, apply: applyTopup, filters: ['status'] }),
  ...crud({
    collection: '/v1/transfers',
    object: 'transfer',
    idPrefix: 'tr_',
    fixture: fundingTransfer,
    apply: applyTransfer,
    filters: ['destination', 'transfer_group'],
  }),
  { method: 'POST', path: '/v1/payouts/:id/cancel', handle: (req) => cancelPending(req, 'payout') },
  {
    method: 'POST',
    path: '/v1/payouts/:id/reverse',
    handle: (req) => {
      const po = mustGet(req, req.params.id ?? '', 'payout');
      if (po.status !== 'paid') mockFail(400, 'invalid_request_error', `Only paid payouts can be reversed; this one is ${String(po.status)}.`, { code: 'invalid_state' });
      const reversal = req.store.put({ ...structuredClone(po), id: req.store.newId('po_'), created: now(), original_payout: po.id, status: 'pending' });
      po.reversed_by = reversal.id;
      return reversal;
    },
  },
  ...crud({ collection: '/v1/payouts', object: 'payout', idPrefix: 'po_', fixture: fundingPayout, apply: applyPayout, filters: ['status', 'destination'] }),
];

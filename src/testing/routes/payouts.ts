import { applyDefault, cancelPending, crud, mustGet } from '../crud.js';
import { fundingPayout } from '../fixtures/funding.js';
import { balanceFor, creditIssuing, recordBalanceTransaction } from '../balances.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { now } from '../values.js';

type Obj = Record<string, unknown>;

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
    recordBalanceTransaction(req, {
      id: String(obj.balance_transaction),
      amount: -Number(obj.amount),
      currency: String(obj.currency),
      source: String(obj.id),
      type: 'payout',
      description: obj.description,
      balanceType: params.source_balance === 'issuing' ? 'issuing' : 'payments',
    });
  }
}

/** Mock routes of payouts: cancel, reverse, and create, retrieve, update, list. */
export const payoutRoutes: MockRoute[] = [
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

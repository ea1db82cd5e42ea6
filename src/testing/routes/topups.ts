import { applyDefault, cancelPending, crud } from '../crud.js';
import { fundingTopup } from '../fixtures/funding.js';
import { creditIssuing, creditPayments, recordBalanceTransaction } from '../balances.js';
import type { MockRequest, MockRoute } from '../router.js';
import { now } from '../values.js';

type Obj = Record<string, unknown>;

function applyTopup(obj: Obj, params: Obj, req: MockRequest): void {
  const { source, payment_method, payment_method_options: _pmo, destination_balance, ...rest } = params;
  applyDefault(obj, rest);
  if (typeof payment_method === 'string') obj.payment_method = payment_method;
  if (typeof source === 'string') obj.source = { id: source, object: 'source', type: 'ach_debit', status: 'chargeable', currency: obj.currency, livemode: false };
  if (req.method === 'POST' && req.path === '/v1/topups') {
    obj.status = 'succeeded';
    obj.balance_transaction = req.store.newId('txn_');
    obj.expected_availability_date = now();
    const toIssuing = destination_balance === 'issuing';
    (toIssuing ? creditIssuing : creditPayments)(req, Number(obj.amount), String(obj.currency));
    recordBalanceTransaction(req, {
      id: String(obj.balance_transaction),
      amount: Number(obj.amount),
      currency: String(obj.currency),
      source: String(obj.id),
      type: 'topup',
      description: obj.description,
      balanceType: toIssuing ? 'issuing' : 'payments',
    });
  }
}

/** Mock routes of top-ups: cancel, and create (succeeds at once), retrieve, update, list. */
export const topupRoutes: MockRoute[] = [
  { method: 'POST', path: '/v1/topups/:id/cancel', handle: (req) => cancelPending(req, 'topup') },
  ...crud({ collection: '/v1/topups', object: 'topup', idPrefix: 'tu_', fixture: fundingTopup, apply: applyTopup, filters: ['status'] }),
];

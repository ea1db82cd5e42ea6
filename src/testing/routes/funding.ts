import { applyDefault, crud, mergeMetadata, mustGet } from '../crud.js';
import { listOf } from '../list.js';
import { fundingBalance, fundingPayout, fundingTopup, fundingTransfer, fundingTransferReversal } from '../fixtures/funding.js';
import { balanceFor, creditIssuing, creditPayments, ledgerFor, recordBalanceTransaction } from '../balances.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { now } from '../values.js';

/*
 * Funding in the mock: each account (the platform, or the `Stripe-Account` of the call) has one balance.
 * A top-up succeeds at once and adds its amount to `issuing.available` in its currency (the Issuing
 * balance a card program spends from) when it is sent with `destination_balance: 'issuing'`, and to
 * `available` (the payments balance) otherwise. A payout with `source_balance: 'issuing'` draws from it (400 when it
 * does not cover the amount); other transfers and payouts are recorded but do not change balances.
 * Top-ups and payouts can be canceled only while `pending` (mock top-ups never are, unless stored so);
 * a payout can be reversed only when `paid`.
 *
 * Transfer reversals: `amount` defaults to what remains unreversed; more than that (or anything once the
 * transfer is fully reversed) is a 400 `invalid_request_error`. A reversal raises the transfer's
 * `amount_reversed`, sets `reversed` once it equals `amount`, and is put first in the transfer's
 * `reversals` list (the 10 newest, as Stripe embeds them).
 *
 * Balance transactions: creating a top-up, a transfer, a payout or a transfer reversal records one
 * `balance_transaction` (its id is the object's `balance_transaction`) in the ledger of the calling
 * account: top-up `+amount` (type `topup`, balance `issuing` or `payments` as its destination), transfer `-amount` (`transfer`), payout
 * `-amount` (`payout`, balance `issuing` with `source_balance: 'issuing'`), reversal `+amount`
 * (`transfer_refund`); no fees, `status: 'available'`. Cancels, payout reversals and stored objects record
 * nothing. The list filters by `created`, `currency`, `source` and `type`; `payout` matches nothing (mock
 * payouts are never automatic).
 */

type Obj = Record<string, unknown>;

function publicBalance(b: Obj): Obj {
  const { id: _id, ...rest } = b;
  return rest;
}

function listBalanceTransactions(req: MockRequest): unknown {
  const items = ledgerFor(req)
    .map((id) => req.store.get(id))
    .filter((o): o is Obj => o !== undefined)
    .reverse();
  // Mock payouts are never automatic: a `payout` filter matches no balance transaction.
  return listOf(req, '/v1/balance_transactions', items, { filters: ['created', 'currency', 'source', 'type', { param: 'payout', get: () => null }] });
}

function retrieveBalanceTransaction(req: MockRequest): Obj {
  const id = req.params.id ?? '';
  if (!ledgerFor(req).includes(id)) mockFail(404, 'invalid_request_error', `No such balance transaction: '${id}'`, { code: 'resource_missing', param: 'id' });
  return mustGet(req, id, 'balance_transaction');
}

function createReversal(req: MockRequest): Obj {
  const tr = mustGet(req, req.params.id ?? '', 'transfer');
  const remaining = Number(tr.amount) - Number(tr.amount_reversed);
  const amount = typeof req.body.amount === 'number' ? req.body.amount : remaining;
  if (amount <= 0 || amount > remaining) {
    mockFail(400, 'invalid_request_error', `Cannot reverse ${amount}: only ${remaining} of this transfer remains unreversed.`, { param: 'amount' });
  }
  const rev = req.store.put({
    ...fundingTransferReversal(),
    id: req.store.newId('trr_'),
    amount,
    balance_transaction: req.store.newId('txn_'),
    created: now(),
    currency: tr.currency,
    destination_payment_refund: req.store.newId('pyr_'),
    metadata: mergeMetadata({}, req.body.metadata),
    transfer: tr.id,
  });
  recordBalanceTransaction(req, {
    id: String(rev.balance_transaction),
    amount,
    currency: String(tr.currency),
    source: String(rev.id),
    type: 'transfer_refund',
    description: req.body.description,
  });
  tr.amount_reversed = Number(tr.amount_reversed) + amount;
  tr.reversed = tr.amount_reversed === tr.amount;
  const all = req.store.all('transfer_reversal').filter((r) => r.transfer === tr.id);
  tr.reversals = { object: 'list', data: all.slice(0, 10), has_more: all.length > 10, url: `/v1/transfers/${String(tr.id)}/reversals` };
  return rev;
}

function mustGetReversal(req: MockRequest): Obj {
  const rev = mustGet(req, req.params.id ?? '', 'transfer_reversal');
  if (rev.transfer !== req.params.transfer) mockFail(404, 'invalid_request_error', `No such transfer reversal: '${String(rev.id)}'`, { code: 'resource_missing', param: 'id' });
  return rev;
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

function applyTransfer(obj: Obj, params: Obj, req: MockRequest): void {
  applyDefault(obj, params);
  if (req.path === '/v1/transfers') {
    obj.amount = typeof params.amount === 'number' ? params.amount : 0;
    obj.balance_transaction = req.store.newId('txn_');
    obj.destination_payment = req.store.newId('py_');
    obj.reversals = { object: 'list', data: [], has_more: false, url: `/v1/transfers/${String(obj.id)}/reversals` };
    if (typeof params.source_type !== 'string') obj.source_type = 'card';
    recordBalanceTransaction(req, {
      id: String(obj.balance_transaction),
      amount: -Number(obj.amount),
      currency: String(obj.currency),
      source: String(obj.id),
      type: 'transfer',
      description: obj.description,
    });
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

/** Mock routes of the balance, balance transactions, top-ups, transfers (and reversals) and payouts. */
export const fundingRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/balance', handle: (req) => publicBalance(balanceFor(req)) },
  { method: 'GET', path: '/v1/balance_transactions', handle: listBalanceTransactions },
  { method: 'GET', path: '/v1/balance_transactions/:id', handle: retrieveBalanceTransaction },
  { method: 'POST', path: '/v1/transfers/:id/reversals', handle: createReversal },
  {
    method: 'GET',
    path: '/v1/transfers/:id/reversals',
    handle: (req) => {
      const tr = mustGet(req, req.params.id ?? '', 'transfer');
      const items = req.store.all('transfer_reversal').filter((r) => r.transfer === tr.id);
      return listOf(req, `/v1/transfers/${String(tr.id)}/reversals`, items);
    },
  },
  { method: 'GET', path: '/v1/transfers/:transfer/reversals/:id', handle: mustGetReversal },
  {
    method: 'POST',
    path: '/v1/transfers/:transfer/reversals/:id',
    handle: (req) => {
      const rev = mustGetReversal(req);
      if ('metadata' in req.body) rev.metadata = mergeMetadata(rev.metadata, req.body.metadata);
      return rev;
    },
  },
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

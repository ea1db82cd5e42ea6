import { mergeMetadata, mustGet } from '../crud.js';
import { listOf } from '../list.js';
import { fundingTransferReversal } from '../fixtures/funding.js';
import { recordBalanceTransaction } from '../balances.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { now } from '../values.js';

type Obj = Record<string, unknown>;

/*
 * Transfer reversals: `amount` defaults to what remains unreversed; more than that (or anything once the
 * transfer is fully reversed) is a 400 `invalid_request_error`. A reversal raises the transfer's
 * `amount_reversed`, sets `reversed` once it equals `amount`, and is put first in the transfer's
 * `reversals` list (the 10 newest, as Stripe embeds them).
 */

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

/** Mock routes of transfer reversals (`/v1/transfers/:id/reversals`): create, list, retrieve, update. */
export const transferReversalRoutes: MockRoute[] = [
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
];

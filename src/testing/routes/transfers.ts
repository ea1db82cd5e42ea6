import { applyDefault, crud } from '../crud.js';
import { fundingTransfer } from '../fixtures/funding.js';
import { recordBalanceTransaction } from '../balances.js';
import type { MockRequest, MockRoute } from '../router.js';

type Obj = Record<string, unknown>;

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

/** Mock routes of transfers: create, retrieve, update, list. */
export const transferRoutes: MockRoute[] = [
  ...crud({
    collection: '/v1/transfers',
    object: 'transfer',
    idPrefix: 'tr_',
    fixture: fundingTransfer,
    apply: applyTransfer,
    filters: ['destination', 'transfer_group'],
  }),
];

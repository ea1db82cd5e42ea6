import { mustGet } from '../crud.js';
import { listOf } from '../list.js';
import { ledgerFor } from '../balances.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';

type Obj = Record<string, unknown>;

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

/** Mock routes of balance transactions: list (filtered by `created`, `currency`, `source`, `type`), retrieve. */
export const balanceTransactionRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/balance_transactions', handle: listBalanceTransactions },
  { method: 'GET', path: '/v1/balance_transactions/:id', handle: retrieveBalanceTransaction },
];

import { balanceFor } from '../balances.js';
import type { MockRoute } from '../router.js';

type Obj = Record<string, unknown>;

function publicBalance(b: Obj): Obj {
  const { id: _id, ...rest } = b;
  return rest;
}

/** Mock route of the balance (`GET /v1/balance`) of the calling account (see `../balances.ts`). */
export const balanceRoutes: MockRoute[] = [{ method: 'GET', path: '/v1/balance', handle: (req) => publicBalance(balanceFor(req)) }];

import type { MockRoute } from '../router.js';
import { listOf } from '../list.js';
import { V2_ACCOUNTS, v2Find, v2PersonApply, v2PersonFind } from '../connect-accounts.js';

type Obj = Record<string, unknown>;

/** Mock routes of Accounts v2 persons (`/v2/core/accounts/:account/persons`): create, list, retrieve, update, delete. */
export const v2CorePersonRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${V2_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = v2Find(req, req.params.account ?? '');
      const now = new Date().toISOString();
      const p: Obj = { id: req.store.newId('person_'), object: 'v2.core.account_person', account: acct.id, created: now, updated: now, livemode: false, metadata: {} };
      v2PersonApply(req, acct, p, req.body);
      return req.store.put(p);
    },
  },
  {
    method: 'GET',
    path: `${V2_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = v2Find(req, req.params.account ?? '');
      const items = req.store.all('v2.core.account_person').filter((p) => p.account === acct.id);
      return listOf(req, `${V2_ACCOUNTS}/${String(acct.id)}/persons`, items, { v2: true });
    },
  },
  { method: 'GET', path: `${V2_ACCOUNTS}/:account/persons/:person`, handle: (req) => v2PersonFind(req) },
  {
    method: 'POST',
    path: `${V2_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const acct = v2Find(req, req.params.account ?? '');
      const p = v2PersonFind(req);
      v2PersonApply(req, acct, p, req.body);
      return p;
    },
  },
  {
    method: 'DELETE',
    path: `${V2_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const p = v2PersonFind(req);
      p.object = 'deleted_v2.core.account_person';
      return { id: p.id, object: 'v2.core.account_person' };
    },
  },
];

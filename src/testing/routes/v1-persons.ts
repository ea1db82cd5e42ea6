import type { MockRoute } from '../router.js';
import { listOf } from '../list.js';
import { anyAccount } from '../accounts.js';
import { PERSON_ROLES, V1_ACCOUNTS, blankPerson, personApply, personFind, personsOf, v1Refresh, v2PersonProvided } from '../connect-accounts.js';

type Obj = Record<string, unknown>;

/** Mock routes of v1 persons (`/v1/accounts/:account/persons`): create, list, retrieve, update, delete. */
export const v1PersonRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const p: Obj = { ...blankPerson(), id: req.store.newId('person_'), account: acct.id, created: Math.floor(Date.now() / 1000) };
      personApply(p, req.body, req);
      if (acct.object === 'v2.core.account') v2PersonProvided(acct, req.body.relationship);
      else {
        personsOf.set(acct, (personsOf.get(acct) ?? new Map<string, Obj>()).set(String(p.id), p));
        v1Refresh(acct);
      }
      return req.store.put(p);
    },
  },
  {
    method: 'GET',
    path: `${V1_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const items = req.store.all('person').filter((p) => p.account === acct.id);
      const filters = PERSON_ROLES.map((role) => ({ param: `relationship.${role}`, get: (p: Obj) => (p.relationship as Obj)[role] === true }));
      return listOf(req, `${V1_ACCOUNTS}/${String(acct.id)}/persons`, items, { filters });
    },
  },
  { method: 'GET', path: `${V1_ACCOUNTS}/:account/persons/:person`, handle: (req) => personFind(req) },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const p = personFind(req);
      personApply(p, req.body, req);
      const acct = req.store.get(req.params.account ?? '');
      if (acct?.object === 'v2.core.account') v2PersonProvided(acct, req.body.relationship);
      else if (acct?.object === 'account') v1Refresh(acct);
      return p;
    },
  },
  {
    method: 'DELETE',
    path: `${V1_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const p = personFind(req);
      p.object = 'deleted_person';
      const acct = req.store.get(req.params.account ?? '');
      if (acct?.object === 'account') {
        personsOf.get(acct)?.delete(String(p.id));
        v1Refresh(acct);
      }
      return { id: p.id, object: 'person', deleted: true };
    },
  },
];

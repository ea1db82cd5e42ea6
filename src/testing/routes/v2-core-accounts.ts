import { mockFail, type MockRoute } from '../router.js';
import { v2List } from '../list.js';
import { V2_ACCOUNTS, includesOf, v2Apply, v2ApplyToken, v2Find, v2NewAccount, v2Render } from '../connect-accounts.js';

/** Mock routes of Accounts v2 (`/v2/core/accounts`): create, retrieve, update, close, list (see `../connect-accounts.ts`). */
export const v2CoreAccountRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: V2_ACCOUNTS,
    handle: (req) => {
      const acct = v2NewAccount(req);
      v2ApplyToken(req, acct);
      v2Apply(acct, req.body, req);
      req.store.put(acct);
      return v2Render(acct, includesOf(req));
    },
  },
  { method: 'GET', path: `${V2_ACCOUNTS}/:id`, handle: (req) => v2Render(v2Find(req, req.params.id ?? ''), includesOf(req)) },
  {
    method: 'POST',
    path: `${V2_ACCOUNTS}/:id`,
    handle: (req) => {
      const acct = v2Find(req, req.params.id ?? '');
      v2ApplyToken(req, acct);
      v2Apply(acct, req.body, req);
      return v2Render(acct, includesOf(req));
    },
  },
  {
    method: 'POST',
    path: `${V2_ACCOUNTS}/:id/close`,
    handle: (req) => {
      const acct = v2Find(req, req.params.id ?? '');
      const cfgs = Array.isArray(req.body.applied_configurations) ? req.body.applied_configurations.map(String) : [];
      const applied = acct.applied_configurations as string[];
      const notApplied = cfgs.find((c) => !applied.includes(c));
      if (notApplied) {
        mockFail(400, 'invalid_request_error', `The configuration '${notApplied}' is not applied to this account.`, { code: 'invalid_fields', param: 'applied_configurations' });
      }
      acct.closed = true;
      return v2Render(acct, []);
    },
  },
  {
    method: 'GET',
    path: V2_ACCOUNTS,
    handle: (req) => {
      const wanted = Array.isArray(req.query.applied_configurations) ? req.query.applied_configurations.map(String) : [];
      const closed = req.query.closed === true;
      const items = req.store
        .all('v2.core.account')
        .filter((a) => (a.closed === true) === closed && wanted.every((c) => (a.applied_configurations as string[]).includes(c)))
        .map((a) => v2Render(a, []));
      const filters = new URLSearchParams();
      wanted.forEach((c, i) => filters.append(`applied_configurations[${i}]`, c));
      if (req.query.closed !== undefined) filters.append('closed', String(req.query.closed));
      return v2List(V2_ACCOUNTS, items, req.query, filters);
    },
  },
];

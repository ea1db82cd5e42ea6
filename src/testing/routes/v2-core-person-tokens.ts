import { mockFail, type MockRoute } from '../router.js';
import { V2_ACCOUNTS, findToken, newToken, v2Find } from '../connect-accounts.js';

/** Mock routes of Accounts v2 person tokens (`/v2/core/accounts/:account/person_tokens`): create, retrieve (used once). */
export const v2CorePersonTokenRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${V2_ACCOUNTS}/:account/person_tokens`,
    handle: (req) => {
      v2Find(req, req.params.account ?? '');
      const token = newToken(req, 'v2.core.account_person_token', 'perstok_', req.body);
      token.account = req.params.account;
      return { ...token, account: undefined };
    },
  },
  {
    method: 'GET',
    path: `${V2_ACCOUNTS}/:account/person_tokens/:id`,
    handle: (req) => {
      const token = findToken(req, req.params.id ?? '', 'v2.core.account_person_token', 'person_token');
      if (token.account !== req.params.account) mockFail(404, 'invalid_request_error', `No such token: '${req.params.id}'`, { code: 'resource_missing', param: 'person_token' });
      return { ...token, account: undefined };
    },
  },
];

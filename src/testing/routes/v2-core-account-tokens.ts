import type { MockRoute } from '../router.js';
import { findToken, newToken } from '../connect-accounts.js';

/** Mock routes of Accounts v2 account tokens (`/v2/core/account_tokens`): create, retrieve (used once). */
export const v2CoreAccountTokenRoutes: MockRoute[] = [
  { method: 'POST', path: '/v2/core/account_tokens', handle: (req) => newToken(req, 'v2.core.account_token', 'accttok_', req.body) },
  { method: 'GET', path: '/v2/core/account_tokens/:id', handle: (req) => findToken(req, req.params.id ?? '', 'v2.core.account_token', 'account_token') },
];

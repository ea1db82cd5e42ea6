import { mockFail, type MockRoute } from '../router.js';
import { present } from '../connect-accounts.js';

/** Mock route of v1 account links (`POST /v1/account_links`). */
export const accountLinkRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/account_links',
    handle: (req) => {
      for (const param of ['account', 'type']) {
        if (!present(req.body[param])) mockFail(400, 'invalid_request_error', `Missing required param: ${param}.`, { code: 'parameter_missing', param });
      }
      const accountId = String(req.body.account);
      const found = req.store.get(accountId);
      if (!found || (found.object !== 'account' && found.object !== 'v2.core.account')) {
        mockFail(404, 'invalid_request_error', `No such account: '${accountId}'`, { code: 'resource_missing', param: 'account' });
      }
      const now = Math.floor(Date.now() / 1000);
      return { object: 'account_link', created: now, expires_at: now + 300, url: `https://connect.stripe.com/setup/s/${accountId}/${Math.random().toString(36).slice(2, 14)}` };
    },
  },
];

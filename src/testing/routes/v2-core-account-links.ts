import { mockFail, type MockRoute } from '../router.js';

/** Mock route of Accounts v2 account links (`POST /v2/core/account_links`). */
export const v2CoreAccountLinkRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v2/core/account_links',
    handle: (req) => {
      const accountId = String(req.body.account ?? '');
      const found = req.store.get(accountId);
      if (!found || (found.object !== 'v2.core.account' && found.object !== 'account')) {
        mockFail(404, 'invalid_request_error', `No such account: '${accountId}'`, { code: 'resource_missing', param: 'account' });
      }
      const now = Date.now();
      return {
        object: 'v2.core.account_link',
        account: accountId,
        created: new Date(now).toISOString(),
        expires_at: new Date(now + 300_000).toISOString(),
        url: `https://connect.stripe.com/setup/s/${accountId}/${Math.random().toString(36).slice(2, 14)}`,
        use_case: req.body.use_case,
        livemode: false,
      };
    },
  },
];

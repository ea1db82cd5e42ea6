import { mockFail, type MockRoute } from '../router.js';
import { anyAccount } from '../accounts.js';
import { V1_ACCOUNTS, hasExpressDashboard } from '../connect-accounts.js';

/** Mock route of login links (`POST /v1/accounts/:account/login_links`): for accounts with the Express Dashboard only. */
export const loginLinkRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/login_links`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      if (!hasExpressDashboard(acct)) {
        mockFail(400, 'invalid_request_error', 'Cannot create a login link for an account that does not have access to the Express Dashboard.', { param: 'account' });
      }
      return { object: 'login_link', created: Math.floor(Date.now() / 1000), url: `https://connect.stripe.com/express/${Math.random().toString(36).slice(2, 14)}` };
    },
  },
];

import { mockFail, type MockRoute } from '../router.js';
import { sessionComponents } from '../connect-accounts.js';

type Obj = Record<string, unknown>;

/** Mock route of account sessions (`POST /v1/account_sessions`): every component answered, `client_secret` valid 30 minutes. */
export const accountSessionRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/account_sessions',
    handle: (req) => {
      const accountId = String(req.body.account ?? '');
      const found = req.store.get(accountId);
      if (!found || (found.object !== 'account' && found.object !== 'v2.core.account')) {
        mockFail(404, 'invalid_request_error', `No such account: '${accountId}'`, { code: 'resource_missing', param: 'account' });
      }
      const components = sessionComponents(req.body.components);
      if (!Object.values(components).some((c) => (c as Obj).enabled === true)) {
        mockFail(400, 'invalid_request_error', 'You must enable at least one component.', { param: 'components' });
      }
      const secret = `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
      return {
        object: 'account_session',
        account: accountId,
        client_secret: `accs_secret__${secret}`,
        components,
        expires_at: Math.floor(Date.now() / 1000) + 1800,
        livemode: false,
      };
    },
  },
];

import type { MockRoute } from '../router.js';
import { V1_ACCOUNTS, V1_CAPABILITY_NAMES, v1Account, v1Capability, v1CapabilityOr404, v1Refresh, v1SetCapability } from '../connect-accounts.js';

type Obj = Record<string, unknown>;

/** Mock routes of v1 capabilities (`/v1/accounts/:account/capabilities`): list, retrieve, update (request or unrequest). */
export const v1CapabilityRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: `${V1_ACCOUNTS}/:account/capabilities`,
    handle: (req) => {
      const acct = v1Account(req, req.params.account ?? '');
      const names = [...new Set([...V1_CAPABILITY_NAMES, ...Object.keys(acct.capabilities as Obj)])];
      const items = names.map((n) => v1Capability(acct, n));
      return { object: 'list', url: `${V1_ACCOUNTS}/${String(acct.id)}/capabilities`, has_more: false, data: items };
    },
  },
  {
    method: 'GET',
    path: `${V1_ACCOUNTS}/:account/capabilities/:capability`,
    handle: (req) => v1CapabilityOr404(v1Account(req, req.params.account ?? ''), req.params.capability ?? ''),
  },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/capabilities/:capability`,
    handle: (req) => {
      const acct = v1Account(req, req.params.account ?? '');
      const name = req.params.capability ?? '';
      v1CapabilityOr404(acct, name);
      if (typeof req.body.requested === 'boolean') v1SetCapability(acct, name, req.body.requested);
      v1Refresh(acct);
      return v1Capability(acct, name);
    },
  },
];

import { mockFail, type MockRoute } from '../router.js';
import { anyAccount } from '../accounts.js';
import { crud } from '../crud.js';
import { V1_ACCOUNTS, platformAccount, rejected, v1Account, v1Apply, v1ApplyToV2, v1Refresh, v1Template, v1View, v1ViewOfV2 } from '../connect-accounts.js';

/**
 * Mock routes of v1 accounts: the current account (`GET /v1/account`), reject/unreject, and create, retrieve,
 * update, list, delete of `/v1/accounts` (a v2 account answers its v1 view; see `../connect-accounts.ts`).
 */
export const v1AccountRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1/account',
    handle: (req) => (req.account === undefined ? platformAccount() : v1View(anyAccount(req, req.account.split('/').at(-1) ?? ''))),
  },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/reject`,
    handle: (req) => {
      const acct = v1Account(req, req.params.account ?? '');
      // The params schema checks `reason` against Stripe's enum (`fraud_other`, `terms_of_service`, `other`, …).
      const reason = String(req.body.reason ?? '');
      if (reason === '') mockFail(400, 'invalid_request_error', 'Missing required param: reason.', { code: 'parameter_missing', param: 'reason' });
      if (rejected.has(acct)) mockFail(400, 'invalid_request_error', `The account ${String(acct.id)} is already rejected.`, { param: 'account' });
      // `disabled_reason` is `rejected.<reason>` in Stripe's enum: the `fraud_*` reasons are `fraud`, `credit` is `other`.
      rejected.set(acct, reason.startsWith('fraud') ? 'fraud' : reason === 'terms_of_service' ? 'terms_of_service' : 'other');
      v1Refresh(acct);
      return acct;
    },
  },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/unreject`,
    handle: (req) => {
      const acct = v1Account(req, req.params.account ?? '');
      if (!rejected.has(acct)) mockFail(400, 'invalid_request_error', `The account ${String(acct.id)} is not rejected.`, { param: 'account' });
      rejected.delete(acct);
      acct.charges_enabled = false;
      acct.payouts_enabled = false;
      v1Refresh(acct);
      return acct;
    },
  },
  {
    method: 'GET',
    path: `${V1_ACCOUNTS}/:id`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.id ?? '');
      return acct.object === 'v2.core.account' ? v1ViewOfV2(acct) : acct;
    },
  },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:id`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.id ?? '');
      if (acct.object !== 'v2.core.account') {
        v1Apply(acct, req.body, req);
        return acct;
      }
      v1ApplyToV2(acct, req.body, req);
      return v1ViewOfV2(acct);
    },
  },
  ...crud({
    collection: V1_ACCOUNTS,
    object: 'account',
    idPrefix: 'acct_',
    fixture: v1Template,
    apply: v1Apply,
    ops: ['create', 'list'],
  }),
  {
    method: 'DELETE',
    path: `${V1_ACCOUNTS}/:account`,
    handle: (req) => {
      const acct = v1Account(req, req.params.account ?? '');
      acct.object = 'deleted_account';
      return { id: acct.id, object: 'account', deleted: true };
    },
  },
];

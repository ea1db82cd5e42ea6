import { mergeMetadata, mustGet } from '../crud.js';
import { listOf } from '../list.js';
import { treasuryFinancialAccount } from '../fixtures/treasury.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { FA, openAccount } from '../treasury-ledger.js';
import { now } from '../values.js';
import { at } from '../treasury-flows.js';

type Obj = Record<string, unknown>;

/*
 * Financial account features: create and update set newly requested features `pending` (code
 * `activating`); updateFeatures makes the named requested features `active`; `requested: false`
 * removes a feature. The `active_features` / `pending_features` / `restricted_features` arrays of the
 * account follow the features object, and an active `financial_addresses.aba` adds an ABA address.
 * Closing requires a zero cash balance and restricts every feature (`financial_account_closed`).
 * The money moves through the ledger in `../treasury-ledger.ts`.
 */

const FEATURES = 'treasury.financial_account_features';

// ------------------------------------------------------------------ financial account features

const FEATURE_PATHS: readonly (readonly string[])[] = [
  ['card_issuing'],
  ['deposit_insurance'],
  ['financial_addresses', 'aba'],
  ['inbound_transfers', 'ach'],
  ['intra_stripe_flows'],
  ['outbound_payments', 'ach'],
  ['outbound_payments', 'us_domestic_wire'],
  ['outbound_transfers', 'ach'],
  ['outbound_transfers', 'us_domestic_wire'],
];
function setAt(root: Obj, path: readonly string[], value: Obj | undefined): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    if (value === undefined) delete root[head];
    else root[head] = value;
    return;
  }
  const child = (root[head] as Obj | undefined) ?? {};
  setAt(child, rest, value);
  if (Object.keys(child).length === 0) delete root[head];
  else root[head] = child;
}

function featuresOf(req: MockRequest, faId: string): Obj {
  const found = req.store.get(`fafeatures_${faId}`);
  if (found) return found;
  return req.store.put({ id: `fafeatures_${faId}`, object: FEATURES });
}

/** Applies `{ feature: { requested } }` params: new requests become `mode` (an active feature stays active). */
function requestFeatures(features: Obj, params: unknown, mode: 'pending' | 'active'): void {
  for (const path of FEATURE_PATHS) {
    const req = at(params, path) as { requested?: unknown } | undefined;
    if (!req || typeof req.requested !== 'boolean') continue;
    if (!req.requested) {
      setAt(features, path, undefined);
      continue;
    }
    const current = at(features, path) as Obj | undefined;
    if (mode === 'pending' && current?.status === 'active') continue;
    setAt(features, path, {
      requested: true,
      status: mode,
      status_details: mode === 'pending' ? [{ code: 'activating', resolution: null }] : [],
    });
  }
}

/** Recomputes the feature arrays (and the ABA address) of an account from its features object. */
function syncFeatureLists(fa: Obj, features: Obj): void {
  const lists: Record<string, string[]> = { active: [], pending: [], restricted: [] };
  for (const path of FEATURE_PATHS) {
    const state = at(features, path) as Obj | undefined;
    if (state && typeof state.status === 'string') lists[state.status]?.push(path.join('.'));
  }
  fa.active_features = lists.active;
  fa.pending_features = lists.pending;
  fa.restricted_features = lists.restricted;
  const addresses = fa.financial_addresses as Obj[];
  if (lists.active?.includes('financial_addresses.aba') && addresses.length === 0) {
    addresses.push({
      aba: {
        account_holder_name: 'Cardplane Mock Holder',
        account_number_last4: String(fa.id).slice(-4).padStart(4, '0'),
        bank_name: 'CARDPLANE TEST BANK',
        routing_number: '0000000001',
      },
      supported_networks: ['ach', 'us_domestic_wire'],
      type: 'aba',
    });
  }
}

function publicFeatures(features: Obj): Obj {
  const { id: _id, ...rest } = features;
  return rest;
}

function applyAccountParams(fa: Obj, params: Obj): void {
  if (params.metadata !== undefined) fa.metadata = mergeMetadata(fa.metadata, params.metadata);
  if (params.nickname !== undefined) fa.nickname = params.nickname === '' ? null : params.nickname;
  if (params.platform_restrictions && typeof params.platform_restrictions === 'object') {
    fa.platform_restrictions = { ...(fa.platform_restrictions as Obj), ...(params.platform_restrictions as Obj) };
  }
}

/** Mock routes of Treasury financial accounts and their features: create, retrieve, update, list, close, features. */
export const treasuryFinancialAccountRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts',
    handle: (req) => {
      const currencies = req.body.supported_currencies;
      if (!Array.isArray(currencies) || currencies.length === 0) {
        mockFail(400, 'invalid_request_error', 'Missing required param: supported_currencies.', { code: 'parameter_missing', param: 'supported_currencies' });
      }
      const zero = Object.fromEntries(currencies.map((c) => [String(c), 0]));
      const fa: Obj = {
        ...treasuryFinancialAccount(),
        id: req.store.newId('fa_'),
        created: now(),
        balance: { cash: { ...zero }, inbound_pending: { ...zero }, outbound_pending: { ...zero } },
        financial_addresses: [],
        metadata: {},
        supported_currencies: currencies.map(String),
      };
      applyAccountParams(fa, req.body);
      req.store.put(fa);
      const features = featuresOf(req, String(fa.id));
      requestFeatures(features, req.body.features, 'pending');
      syncFeatureLists(fa, features);
      return fa;
    },
  },
  { method: 'GET', path: '/v1/treasury/financial_accounts/:id', handle: (req) => mustGet(req, req.params.id ?? '', FA) },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id',
    handle: (req) => {
      const fa = mustGet(req, req.params.id ?? '', FA);
      applyAccountParams(fa, req.body);
      if (req.body.features) {
        const features = featuresOf(req, String(fa.id));
        requestFeatures(features, req.body.features, 'pending');
        syncFeatureLists(fa, features);
      }
      return fa;
    },
  },
  {
    method: 'GET',
    path: '/v1/treasury/financial_accounts',
    handle: (req) => listOf(req, '/v1/treasury/financial_accounts', req.store.all(FA), { filters: ['created', 'status'] }),
  },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id/close',
    handle: (req) => {
      const fa = openAccount(req, req.params.id ?? '');
      const cash = Object.values((fa.balance as Record<string, Record<string, number>>).cash ?? {}).some((v) => v !== 0);
      if (cash) mockFail(400, 'invalid_request_error', 'A financial account can only be closed with a zero balance.', { code: 'balance_not_zero' });
      fa.status = 'closed';
      fa.status_details = { closed: { reasons: ['closed_by_platform'] } };
      const features = featuresOf(req, String(fa.id));
      for (const path of FEATURE_PATHS) {
        const state = at(features, path) as Obj | undefined;
        if (state) setAt(features, path, { ...state, status: 'restricted', status_details: [{ code: 'financial_account_closed', resolution: null }] });
      }
      syncFeatureLists(fa, features);
      return fa;
    },
  },
  {
    method: 'GET',
    path: '/v1/treasury/financial_accounts/:id/features',
    handle: (req) => {
      const fa = mustGet(req, req.params.id ?? '', FA);
      return publicFeatures(featuresOf(req, String(fa.id)));
    },
  },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id/features',
    handle: (req) => {
      const fa = openAccount(req, req.params.id ?? '');
      const features = featuresOf(req, String(fa.id));
      requestFeatures(features, req.body, 'active');
      syncFeatureLists(fa, features);
      return publicFeatures(features);
    },
  },
];

/**
 * Mock routes of Connect: Accounts v2 (`/v2/core/accounts`, `/v2/core/account_links`) and the v1 account,
 * person, capability and account link calls.
 *
 * ## How the mock decides capability status (Accounts v2)
 *
 * A requested capability (`configuration.<cfg>.capabilities.<path>.requested: true`) is `restricted` with
 * `status_details: [{ code: 'requirements_past_due', resolution: 'provide_info' }]` while the account misses
 * any of the following, and `active` (with empty `status_details` and `requirements.entries`) once it has
 * them all. Each missing item is one `requirements.entries[]` entry awaiting action from `user`, with a
 * `past_due` deadline and restricting every requested capability (the shape of the Issuing docs example):
 *
 * 1. `identity.country`
 * 2. `identity.entity_type`
 * 3. `identity.attestations.terms_of_service.account` (with `date` and `ip`)
 * 4. for `entity_type: 'individual'`: `identity.individual.given_name`, `identity.individual.surname`,
 *    `identity.individual.date_of_birth`; for any other entity type: `identity.business_details.registered_name`
 *    and `identity.attestations.persons_provided.executives` (`true`).
 *
 * Sections not named in `include` (`configuration.<cfg>`, `identity`, `defaults`, `requirements`,
 * `future_requirements`) come back `null`, as on the wire. `list` returns every section `null`.
 *
 * ## v1 accounts
 *
 * A requested capability is `inactive` until the account has `business_type` and the matching terms:
 * `settings.card_issuing.tos_acceptance.{date,ip}` for `card_issuing`, `settings.treasury.tos_acceptance.{date,ip}`
 * for `treasury`, `tos_acceptance.{date,ip}` for any other capability; then it is `active`. The missing fields are
 * listed in `requirements.currently_due`/`past_due` of the account and of the capability.
 *
 * ## One account, two views
 *
 * A v2 account also answers `/v1/accounts/:id` (its v1 view: `business_type` from `identity.entity_type`,
 * `capabilities.card_issuing` from its `card_creator` capabilities, `transfers` from recipient transfers).
 * v1 updates count toward its v2 requirements: `business_type` → `identity.entity_type`, `company.name` →
 * `identity.business_details.registered_name`, `individual` → `identity.individual`, `tos_acceptance` or
 * `settings.card_issuing.tos_acceptance` → `identity.attestations.terms_of_service.account`; a person created
 * with an executive or representative (owner) relationship sets `persons_provided.executives` (`owners`).
 * `business_profile` and other v1-only fields are kept for the v1 view.
 * @module
 */
import type { V2Configuration } from '../../helpers/account-types.js';

/** The v1 capabilities the mock knows by name (an account may hold others it was given). */
const V1_CAPABILITY_NAMES = ['card_issuing', 'treasury', 'transfers', 'card_payments'] as const;
/** The v2 configurations, in the order Stripe lists them in `applied_configurations`. */
const V2_CONFIGURATIONS = ['customer', 'merchant', 'recipient', 'storer', 'card_creator'] as const satisfies readonly V2Configuration[];
import { crud, mergeMetadata, mustGet, v1List } from '../crud.js';
import { account as accountFixture, emptyBusinessProfile, emptySettings, person as personFixture, v2Account as v2AccountFixture } from '../fixtures/connect.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys whose decoded form values are numbers; every other scalar in a nested v1 param is kept as a string. */
const NUMERIC_KEYS = new Set(['date', 'estimated_worker_count', 'amount', 'day', 'month', 'year', 'percent_ownership']);

/** The v1 form decoder turns digit strings into numbers; put strings back except for numeric fields. */
function normalizeV1(key: string, value: unknown): unknown {
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeV1(k, v)]));
  if (Array.isArray(value)) return value.map((v) => normalizeV1(key, v));
  if (NUMERIC_KEYS.has(key)) return value === '' || value === null ? null : typeof value === 'string' ? Number(value) : value;
  return typeof value === 'number' ? String(value) : value;
}

const nullAddress = (): Obj => ({ city: null, country: null, line1: null, line2: null, postal_code: null, state: null });

/** Deep-merges a params object into a stored object (objects merge, everything else replaces). */
function deepMerge(target: Obj, patch: Obj): Obj {
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'metadata') target.metadata = mergeMetadata(target.metadata, v);
    else if (isObj(v) && isObj(target[k])) deepMerge(target[k] as Obj, v);
    else target[k] = isObj(v) ? deepMerge(/address$/.test(k) ? nullAddress() : {}, v) : v;
  }
  return target;
}

const get = (obj: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (isObj(node) ? node[part] : undefined), obj);

const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && v !== false;

// ---------------------------------------------------------------------------------------------
// Accounts v2
// ---------------------------------------------------------------------------------------------

const V2_SECTIONS = ['identity', 'defaults', 'requirements', 'future_requirements'] as const;

/** The requirement descriptions an account still misses (see the module comment). */
function v2Missing(acct: Obj): string[] {
  const id = acct.identity;
  const missing: string[] = [];
  if (!present(get(id, 'country'))) missing.push('identity.country');
  const entity = get(id, 'entity_type');
  if (!present(entity)) missing.push('identity.entity_type');
  const tos = get(id, 'attestations.terms_of_service.account');
  if (!present(get(tos, 'date')) || !present(get(tos, 'ip'))) missing.push('identity.attestations.terms_of_service.account');
  if (entity === 'individual') {
    for (const f of ['given_name', 'surname', 'date_of_birth']) if (!present(get(id, `individual.${f}`))) missing.push(`identity.individual.${f}`);
  } else if (present(entity)) {
    if (!present(get(id, 'business_details.registered_name'))) missing.push('identity.business_details.registered_name');
    if (get(id, 'attestations.persons_provided.executives') !== true) missing.push('identity.attestations.persons_provided.executives');
  }
  return missing;
}

/** Every requested capability leaf of an account: `[configuration, path, capability object]`. */
function v2Capabilities(acct: Obj): Array<[string, string, Obj]> {
  const out: Array<[string, string, Obj]> = [];
  const walk = (cfg: string, node: unknown, prefix: string): void => {
    if (!isObj(node)) return;
    if ('status' in node || 'requested' in node) {
      out.push([cfg, prefix, node]);
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(cfg, v, prefix ? `${prefix}.${k}` : k);
  };
  for (const cfg of V2_CONFIGURATIONS) walk(cfg, get(acct.configuration, `${cfg}.capabilities`), '');
  return out;
}

/** Recomputes capability statuses and `requirements` from the account's identity. */
function v2Refresh(acct: Obj): void {
  const caps = v2Capabilities(acct);
  const missing = caps.length > 0 ? v2Missing(acct) : [];
  for (const [, , cap] of caps) {
    cap.requested = true;
    cap.status = missing.length > 0 ? 'restricted' : 'active';
    cap.status_details = missing.length > 0 ? [{ code: 'requirements_past_due', resolution: 'provide_info' }] : [];
  }
  // Stripe names the UK prepaid capability `commercial.stripe.prepaid_card` in `restricts_capabilities` (its enum),
  // whichever of the two documented paths requested it (see ../shared/api-reference/capability-status.md).
  const restricts = caps.map(([configuration, path]) => ({
    capability: path === 'commercial.prepaid_card.stripe' ? 'commercial.stripe.prepaid_card' : path,
    configuration,
    deadline: { status: 'past_due' },
  }));
  const identity = isObj(acct.identity) ? acct.identity : undefined;
  if (identity && isObj(identity.individual)) {
    // The individual of a v2 account is a person object of its own (`v2.core.account_person`).
    const ind = identity.individual;
    const now = new Date().toISOString();
    ind.id ??= `person_${String(acct.id).replace(/^acct_/, '')}`;
    ind.object = 'v2.core.account_person';
    ind.account = acct.id;
    ind.created ??= now;
    ind.updated = now;
  }
  acct.requirements = {
    collector: 'application',
    entries: missing.map((description) => ({
      awaiting_action_from: 'user',
      description,
      errors: [],
      impact: { restricts_capabilities: restricts },
      minimum_deadline: { status: 'past_due' },
      reference: null,
      requested_reasons: [{ code: 'routine_onboarding' }],
    })),
    summary: { minimum_deadline: missing.length > 0 ? { status: 'past_due', time: null } : null },
  };
}

/** Applies `configuration` params: applies configurations, requests and unrequests capabilities. */
function v2ApplyConfiguration(acct: Obj, params: Obj): void {
  const applied = new Set(acct.applied_configurations as string[]);
  const configuration = acct.configuration as Obj;
  for (const [cfg, p] of Object.entries(params)) {
    if (!isObj(p)) continue;
    if (p.applied === false) {
      applied.delete(cfg);
      configuration[cfg] = null;
      continue;
    }
    applied.add(cfg);
    const conf = (isObj(configuration[cfg]) ? configuration[cfg] : (configuration[cfg] = { applied: true, capabilities: {} })) as Obj;
    const { capabilities, applied: _applied, ...rest } = p;
    deepMerge(conf, rest);
    const apply = (into: Obj, node: Obj): void => {
      for (const [k, v] of Object.entries(node)) {
        if (!isObj(v)) continue;
        if (typeof v.requested === 'boolean') {
          if (v.requested) into[k] = { requested: true, status: 'pending', status_details: [] };
          else delete into[k];
        } else apply((isObj(into[k]) ? into[k] : (into[k] = {})) as Obj, v);
      }
    };
    if (isObj(capabilities)) apply((isObj(conf.capabilities) ? conf.capabilities : (conf.capabilities = {})) as Obj, capabilities);
  }
  acct.applied_configurations = V2_CONFIGURATIONS.filter((c) => applied.has(c));
}

/** Applies create/update params to a stored v2 account. */
function v2Apply(acct: Obj, params: Obj): void {
  for (const [k, v] of Object.entries(params)) {
    if (k === 'include' || k === 'account_token') continue;
    if (k === 'configuration' && isObj(v)) v2ApplyConfiguration(acct, v);
    else if (k === 'metadata') acct.metadata = mergeMetadata(acct.metadata, v);
    else if ((k === 'identity' || k === 'defaults') && isObj(v)) acct[k] = deepMerge(isObj(acct[k]) ? (acct[k] as Obj) : {}, v);
    else acct[k] = v;
  }
  v2Refresh(acct);
}

function includesOf(req: MockRequest): string[] {
  const raw = req.method === 'POST' ? req.body.include : req.query.include;
  return Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
}

/** The account as the API answers: sections not in `include` are `null`. */
function v2Render(acct: Obj, include: readonly string[]): Obj {
  const out = structuredClone(acct);
  const stored = acct.configuration as Obj;
  out.configuration = Object.fromEntries(V2_CONFIGURATIONS.map((c) => [c, include.includes(`configuration.${c}`) ? structuredClone(stored[c] ?? null) : null]));
  for (const s of V2_SECTIONS) out[s] = include.includes(s) ? structuredClone(acct[s] ?? null) : null;
  return out;
}

function v2Find(req: MockRequest, id: string): Obj {
  const found = req.store.get(id);
  if (!found || found.object !== 'v2.core.account') mockFail(404, 'invalid_request_error', `No such account: '${id}'`, { code: 'resource_missing' });
  return found;
}

function v2NewAccount(req: MockRequest): Obj {
  const template = v2AccountFixture();
  return {
    ...template,
    id: req.store.newId('acct_'),
    applied_configurations: [],
    configuration: Object.fromEntries(V2_CONFIGURATIONS.map((c) => [c, null])),
    contact_email: null,
    contact_phone: null,
    created: new Date().toISOString(),
    dashboard: null,
    defaults: null,
    display_name: null,
    identity: null,
    metadata: {},
    requirements: null,
    future_requirements: { entries: [], minimum_transition_date: null },
    livemode: false,
  };
}

const V2_ACCOUNTS = '/v2/core/accounts';

const v2AccountRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: V2_ACCOUNTS,
    handle: (req) => {
      const acct = v2NewAccount(req);
      v2Apply(acct, req.body);
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
      v2Apply(acct, req.body);
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
      const limit = typeof req.query.limit === 'number' ? req.query.limit : 10;
      const offset = typeof req.query.page === 'string' ? Number(atob(req.query.page)) || 0 : 0;
      const filters = new URLSearchParams();
      wanted.forEach((c, i) => filters.append(`applied_configurations[${i}]`, c));
      if (req.query.closed !== undefined) filters.append('closed', String(req.query.closed));
      const pageUrl = (at: number): string => {
        const q = new URLSearchParams(filters);
        q.set('limit', String(limit));
        q.set('page', btoa(String(at)));
        return `${V2_ACCOUNTS}?${q.toString()}`;
      };
      return {
        data: items.slice(offset, offset + limit),
        next_page_url: offset + limit < items.length ? pageUrl(offset + limit) : null,
        previous_page_url: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
      };
    },
  },
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

// ---------------------------------------------------------------------------------------------
// Accounts v1
// ---------------------------------------------------------------------------------------------

const requestedAt = new WeakMap<Obj, Record<string, number>>();

/** Fields a v1 capability still misses (see the module comment). */
function v1Missing(acct: Obj, name: string): string[] {
  const tos = name === 'card_issuing' ? 'settings.card_issuing.tos_acceptance' : name === 'treasury' ? 'settings.treasury.tos_acceptance' : 'tos_acceptance';
  const missing: string[] = [];
  if (!present(acct.business_type)) missing.push('business_type');
  for (const f of ['date', 'ip']) if (!present(get(acct, `${tos}.${f}`))) missing.push(`${tos}.${f}`);
  return missing;
}

const requirementsOf = (missing: string[], disabledReason: string | null): Obj => ({
  alternatives: [],
  current_deadline: null,
  currently_due: [...missing],
  disabled_reason: missing.length > 0 ? disabledReason : null,
  errors: [],
  eventually_due: [...missing],
  past_due: [...missing],
  pending_verification: [],
});

/** Recomputes the capability summary map and the account's requirements. */
function v1Refresh(acct: Obj): void {
  const caps = acct.capabilities as Record<string, string>;
  const all = new Set<string>();
  for (const name of Object.keys(caps)) {
    const missing = v1Missing(acct, name);
    missing.forEach((m) => all.add(m));
    caps[name] = missing.length > 0 ? 'inactive' : 'active';
  }
  acct.requirements = requirementsOf([...all].sort(), 'requirements.past_due');
  acct.details_submitted = all.size === 0 && Object.keys(caps).length > 0;
}

function v1SetCapability(acct: Obj, name: string, requested: boolean): void {
  const caps = acct.capabilities as Record<string, string>;
  const at = requestedAt.get(acct) ?? {};
  requestedAt.set(acct, at);
  if (requested) {
    caps[name] ??= 'pending';
    at[name] ??= Math.floor(Date.now() / 1000);
  } else {
    delete caps[name];
    delete at[name];
  }
}

/** Applies v1 create/update params to a stored account. */
function v1Apply(acct: Obj, params: Obj): void {
  acct.capabilities ??= {};
  for (const [k, raw] of Object.entries(params)) {
    if (k === 'expand' || k === 'account_token' || k === 'external_account') continue;
    if (k === 'metadata') acct.metadata = mergeMetadata(acct.metadata, raw);
    else if (k === 'capabilities' && isObj(raw)) {
      for (const [name, v] of Object.entries(raw)) if (isObj(v) && typeof v.requested === 'boolean') v1SetCapability(acct, name, v.requested);
    } else if (k === 'controller' && isObj(raw)) {
      acct.controller = deepMerge({ type: 'application', is_controller: true }, normalizeV1(k, raw) as Obj);
    } else if (k === 'company' && isObj(raw)) {
      const { tax_id, ...rest } = normalizeV1(k, raw) as Obj;
      const company = deepMerge(isObj(acct.company) ? (acct.company as Obj) : {}, rest);
      if (tax_id !== undefined) company.tax_id_provided = present(tax_id);
      acct.company = company;
    } else if (isObj(raw)) acct[k] = deepMerge(isObj(acct[k]) ? (acct[k] as Obj) : {}, normalizeV1(k, raw) as Obj);
    else acct[k] = raw === '' ? null : typeof raw === 'number' ? String(raw) : raw;
  }
  v1Refresh(acct);
}

function v1Account(req: MockRequest, id: string): Obj {
  return mustGet(req, id, 'account');
}

function v1Capability(acct: Obj, name: string): Obj {
  const caps = acct.capabilities as Record<string, string>;
  const requested = name in caps;
  const missing = requested ? v1Missing(acct, name) : [];
  return {
    id: name,
    object: 'capability',
    account: acct.id,
    future_requirements: requirementsOf([], null),
    requested,
    requested_at: requestedAt.get(acct)?.[name] ?? null,
    requirements: requirementsOf(missing, 'requirements.fields_needed'),
    status: requested ? caps[name] : 'unrequested',
  };
}

function v1CapabilityOr404(acct: Obj, name: string): Obj {
  if (!(V1_CAPABILITY_NAMES as readonly string[]).includes(name) && !(name in (acct.capabilities as Obj))) {
    mockFail(404, 'invalid_request_error', `No such capability: '${name}'`, { code: 'resource_missing', param: 'capability' });
  }
  return v1Capability(acct, name);
}

/** A new v1 account starts with nothing requested and no terms accepted. */
const v1Template = (): Obj => ({
  ...accountFixture(),
  business_profile: emptyBusinessProfile(),
  business_type: null,
  capabilities: {},
  company: undefined,
  email: null,
  requirements: requirementsOf([], null),
  settings: emptySettings(),
  tos_acceptance: { date: null, ip: null, user_agent: null },
});

function personApply(p: Obj, params: Obj): void {
  for (const [k, raw] of Object.entries(params)) {
    if (k === 'expand' || k === 'person_token') continue;
    if (k === 'metadata') p.metadata = mergeMetadata(p.metadata, raw);
    else if (k === 'id_number') p.id_number_provided = present(raw);
    else if (k === 'ssn_last_4') p.ssn_last_4_provided = present(raw);
    else if (k === 'dob' && raw === '') p.dob = { day: null, month: null, year: null };
    else if (isObj(raw)) p[k] = deepMerge(isObj(p[k]) ? (p[k] as Obj) : {}, normalizeV1(k, raw) as Obj);
    else p[k] = raw === '' ? null : typeof raw === 'number' ? String(raw) : raw;
  }
}

function personFind(req: MockRequest): Obj {
  const p = mustGet(req, req.params.person ?? '', 'person');
  if (p.account !== req.params.account) mockFail(404, 'invalid_request_error', `No such person: '${req.params.person}'`, { code: 'resource_missing', param: 'person' });
  return p;
}


// ---------------------------------------------------------------------------------------------
// The v1 view of a v2 account: one account answers /v1/accounts/:id and /v2/core/accounts/:id
// ---------------------------------------------------------------------------------------------

/** v1-only fields of a v2 account set through v1 calls (business_profile, settings), kept off the v2 object. */
const v1Extras = new WeakMap<Obj, Obj>();

const V1_STATUS: Record<string, string> = { active: 'active', restricted: 'inactive', pending: 'pending', unsupported: 'inactive' };

/** v1 capability names of a v2 account's requested capabilities: card_creator → card_issuing, recipient transfers → transfers. */
function v1CapabilitiesOfV2(acct: Obj): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [cfg, path, cap] of v2Capabilities(acct)) {
    const name = cfg === 'card_creator' ? 'card_issuing' : cfg === 'recipient' && /transfers/.test(path) ? 'transfers' : undefined;
    if (name) out[name] = V1_STATUS[String(cap.status)] ?? 'inactive';
  }
  return out;
}

/** The v2 account as `GET /v1/accounts/:id` answers it. */
function v1ViewOfV2(acct: Obj): Obj {
  const extras = v1Extras.get(acct) ?? {};
  const identity = isObj(acct.identity) ? acct.identity : {};
  const tos = get(identity, 'attestations.terms_of_service.account');
  const tosV1 = { date: present(get(tos, 'date')) ? Math.floor(Date.parse(String(get(tos, 'date'))) / 1000) : null, ip: (get(tos, 'ip') as string | undefined) ?? null };
  const missing = v2Capabilities(acct).length > 0 ? v2Missing(acct) : [];
  const individual = isObj(identity.individual) ? identity.individual : undefined;
  const out: Obj = {
    ...v1Template(),
    id: acct.id,
    object: 'account',
    type: 'custom',
    business_profile: { ...emptyBusinessProfile(), ...(isObj(extras.business_profile) ? extras.business_profile : {}) },
    business_type: (identity.entity_type as string | undefined) ?? null,
    capabilities: v1CapabilitiesOfV2(acct),
    charges_enabled: false,
    country: typeof identity.country === 'string' ? identity.country.toUpperCase() : null,
    created: Math.floor(Date.parse(String(acct.created)) / 1000),
    default_currency: get(acct.defaults, 'currency') ?? (identity.country === 'gb' ? 'gbp' : 'usd'),
    details_submitted: missing.length === 0 && v2Capabilities(acct).length > 0,
    email: acct.contact_email ?? null,
    metadata: acct.metadata ?? {},
    requirements: requirementsOf(missing, 'requirements.past_due'),
    settings: { ...(v1Template().settings as Obj), card_issuing: { tos_acceptance: tosV1 }, ...(isObj(extras.settings) ? extras.settings : {}) },
    tos_acceptance: tosV1,
  };
  const name = get(identity, 'business_details.registered_name');
  if (present(name)) out.company = { name, tax_id_provided: false };
  if (individual) {
    const dob = isObj(individual.date_of_birth) ? individual.date_of_birth : {};
    out.individual = { first_name: individual.given_name ?? null, last_name: individual.surname ?? null, dob: { day: dob.day ?? null, month: dob.month ?? null, year: dob.year ?? null } };
  }
  return out;
}

const isoOf = (unix: unknown): string | undefined => (unix === undefined || unix === null || unix === '' ? undefined : new Date(Number(unix) * 1000).toISOString());

/** Applies v1 update params to a v2 account: they count toward its v2 requirements (see the module comment). */
function v1ApplyToV2(acct: Obj, raw: Obj): void {
  const p = normalizeV1('', raw) as Obj;
  const identity = (isObj(acct.identity) ? acct.identity : (acct.identity = {})) as Obj;
  const extras = v1Extras.get(acct) ?? {};
  v1Extras.set(acct, extras);
  if (p.business_type !== undefined) identity.entity_type = p.business_type;
  if (p.email !== undefined) acct.contact_email = p.email;
  if (p.metadata !== undefined) acct.metadata = mergeMetadata(acct.metadata, p.metadata);
  if (isObj(p.business_profile)) extras.business_profile = deepMerge(isObj(extras.business_profile) ? (extras.business_profile as Obj) : {}, p.business_profile);
  if (isObj(p.company)) {
    const bd = (isObj(identity.business_details) ? identity.business_details : (identity.business_details = {})) as Obj;
    if (p.company.name !== undefined) bd.registered_name = p.company.name;
    if (isObj(p.company.address)) bd.address = deepMerge(nullAddress(), p.company.address);
  }
  if (isObj(p.individual)) {
    const ind = (isObj(identity.individual) ? identity.individual : (identity.individual = {})) as Obj;
    if (p.individual.first_name !== undefined) ind.given_name = p.individual.first_name;
    if (p.individual.last_name !== undefined) ind.surname = p.individual.last_name;
    if (isObj(p.individual.dob)) ind.date_of_birth = { day: Number(p.individual.dob.day), month: Number(p.individual.dob.month), year: Number(p.individual.dob.year) };
  }
  // Terms accepted through v1 (`tos_acceptance` or the Issuing terms) are the account's terms of service.
  const tos = isObj(get(p, 'settings.card_issuing.tos_acceptance')) ? (get(p, 'settings.card_issuing.tos_acceptance') as Obj) : isObj(p.tos_acceptance) ? p.tos_acceptance : undefined;
  if (tos) {
    const at = (isObj(identity.attestations) ? identity.attestations : (identity.attestations = {})) as Obj;
    const terms = (isObj(at.terms_of_service) ? at.terms_of_service : (at.terms_of_service = {})) as Obj;
    const account = (isObj(terms.account) ? terms.account : (terms.account = {})) as Obj;
    if (isoOf(tos.date)) account.date = isoOf(tos.date);
    if (tos.ip !== undefined) account.ip = String(tos.ip);
    if (tos.user_agent !== undefined) account.user_agent = String(tos.user_agent);
  }
  v2Refresh(acct);
}

/** A person added through v1 with an executive or representative (or owner) relationship is an attestation that they were provided. */
function v2PersonProvided(acct: Obj, relationship: unknown): void {
  if (!isObj(relationship)) return;
  const identity = (isObj(acct.identity) ? acct.identity : (acct.identity = {})) as Obj;
  const at = (isObj(identity.attestations) ? identity.attestations : (identity.attestations = {})) as Obj;
  const provided = (isObj(at.persons_provided) ? at.persons_provided : (at.persons_provided = {})) as Obj;
  if (relationship.executive === true || relationship.representative === true) provided.executives = true;
  if (relationship.owner === true) provided.owners = true;
  v2Refresh(acct);
}

/** The stored account of a v1 call (v1, or v2 seen through v1), or 404. */
function anyAccount(req: MockRequest, id: string): Obj {
  const found = req.store.get(id);
  if (found?.object === 'v2.core.account') return found;
  return mustGet(req, id, 'account');
}

const V1_ACCOUNTS = '/v1/accounts';

const v1AccountRoutes: MockRoute[] = [
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
        v1Apply(acct, req.body);
        return acct;
      }
      v1ApplyToV2(acct, req.body);
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
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const p: Obj = {
        ...personFixture(),
        id: req.store.newId('person_'),
        account: acct.id,
        created: Math.floor(Date.now() / 1000),
        address: nullAddress(),
        dob: { day: null, month: null, year: null },
        email: null,
        first_name: null,
        last_name: null,
        id_number_provided: false,
        ssn_last_4_provided: false,
        metadata: {},
        relationship: { authorizer: null, director: false, executive: false, legal_guardian: false, owner: false, percent_ownership: null, representative: false, title: null },
      };
      (p.verification as Obj).status = 'unverified';
      personApply(p, req.body);
      if (acct.object === 'v2.core.account') v2PersonProvided(acct, req.body.relationship);
      return req.store.put(p);
    },
  },
  {
    method: 'GET',
    path: `${V1_ACCOUNTS}/:account/persons`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const filter = isObj(req.query.relationship) ? req.query.relationship : {};
      const items = req.store
        .all('person')
        .filter((p) => p.account === acct.id && Object.entries(filter).every(([k, v]) => ((p.relationship as Obj)[k] === true) === (v === true)));
      return v1List(`${V1_ACCOUNTS}/${String(acct.id)}/persons`, items, req.query);
    },
  },
  { method: 'GET', path: `${V1_ACCOUNTS}/:account/persons/:person`, handle: (req) => personFind(req) },
  {
    method: 'POST',
    path: `${V1_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const p = personFind(req);
      personApply(p, req.body);
      const acct = req.store.get(req.params.account ?? '');
      if (acct?.object === 'v2.core.account') v2PersonProvided(acct, req.body.relationship);
      return p;
    },
  },
  {
    method: 'DELETE',
    path: `${V1_ACCOUNTS}/:account/persons/:person`,
    handle: (req) => {
      const p = personFind(req);
      p.object = 'deleted_person';
      return { id: p.id, object: 'person', deleted: true };
    },
  },
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

/** Mock routes of Connect: Accounts v2, v1 accounts, persons, capabilities and account links. */
export const connectRoutes: MockRoute[] = [...v2AccountRoutes, ...v1AccountRoutes];

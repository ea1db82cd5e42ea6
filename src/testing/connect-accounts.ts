/**
 * The Connect accounts of the mock: the state and rules behind the routes of Accounts v2 (`routes/v2-core-*.ts`)
 * and of the v1 accounts, persons, capabilities, account links, login links and account sessions (`routes/*.ts`).
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
 * `business_profile` and other v1-only fields are kept for the v1 view. A v2 person
 * (`/v2/core/accounts/:id/persons`) with an `executive` or `representative` (`owner`) relationship sets
 * `persons_provided.executives` (`owners`) the same way.
 *
 * ## Identity verification (Stripe's test id number `111111111`)
 *
 * Stripe test mode cannot verify an individual whose id number is `111111111` (identity mismatch) and asks
 * for an identity document. The mock does the same; without that id number nothing here changes:
 *
 * - v1: `individual.id_number: '111111111'` adds `individual.verification.document` to the account's
 *   requirements (and to every requested capability's, which stays `inactive`) until
 *   `individual.verification.document.front` names a file with purpose `identity_document` (uploaded by the
 *   platform or by the account itself, see routes/files.ts) or `file_identity_document_success`. A v1 person with
 *   that `id_number` adds `person_….verification.document` to its account's requirements and
 *   `verification.document` to its own, until its `verification.document.front` names such a file.
 *   `file_identity_document_failure` is taken but does not verify (`details_code: 'document_failed_test_mode'`).
 *   A file of another purpose, or one that does not exist, is refused with a 400 naming the param.
 * - v2: `identity.individual.id_numbers` holding the value `111111111` adds the entry
 *   `identity.individual.documents.primary_verification` until
 *   `identity.individual.documents.primary_verification.front_back.front` names such a file; then the
 *   capability goes `active` (if nothing else is missing). Id numbers are answered without their `value`.
 *   Through v1, `individual.id_number` and `individual.verification.document` count for the v2 account.
 *
 * ## Other v1 account calls
 *
 * `GET /v1/account` answers the platform (a fixed, onboarded account) without `Stripe-Account`, else the
 * connected account. `reject` sets `requirements.disabled_reason` to `rejected.<reason>` (`fraud` for the
 * `fraud_*` reasons, `terms_of_service`, `other`) and every capability `inactive`; `unreject` undoes it.
 * Login links are made for accounts with the Express Dashboard only. Account sessions answer every component
 * (`enabled: false` unless requested) with a `client_secret` `accs_secret__…` valid 30 minutes. v2 account
 * and person tokens are used once; `account_token` / `person_token` apply their params.
 * @module
 */
import type { V2Configuration } from '../helpers/account-types.js';

/** The v1 capabilities the mock knows by name (an account may hold others it was given). */
export const V1_CAPABILITY_NAMES = ['card_issuing', 'treasury', 'transfers', 'card_payments'] as const;
/** The v2 configurations, in the order Stripe lists them in `applied_configurations`. */
const V2_CONFIGURATIONS = ['customer', 'merchant', 'recipient', 'storer', 'card_creator'] as const satisfies readonly V2Configuration[];
import { mergeMetadata, mustGet } from './crud.js';
import { isObj } from './values.js';
import { account as accountFixture, emptyBusinessProfile, emptySettings, person as personFixture, v2Account as v2AccountFixture } from './fixtures/connect.js';
import { mockFail, type MockRequest } from './router.js';
import { findFile, TEST_FILE_TOKENS } from './files-store.js';

type Obj = Record<string, unknown>;

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

const get = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, part) => (isObj(node) ? node[part] : undefined), obj);

export const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '' && v !== false;

// ---------------------------------------------------------------------------------------------
// Identity verification (test mode): the id number 111111111 cannot be matched, a document is due
// ---------------------------------------------------------------------------------------------

/** Stripe's test-mode id number whose identity cannot be verified (an identity document becomes due). */
const MISMATCH_ID_NUMBER = '111111111';
/** Holders (a v1 or v2 account for its individual, a v1 person) whose id number is {@link MISMATCH_ID_NUMBER}. */
const idMismatch = new WeakSet<Obj>();
/** The verified identity document `front` of a holder (a file with purpose `identity_document`, or the success token). */
const verifiedFront = new WeakMap<Obj, string>();

function setMismatch(holder: Obj, mismatch: boolean): void {
  if (mismatch) idMismatch.add(holder);
  else idMismatch.delete(holder);
}

/** Whether the holder's identity document is still due: its id number mismatched and `front` is no verified document. */
function documentDue(holder: Obj, front: unknown): boolean {
  return idMismatch.has(holder) && (typeof front !== 'string' || verifiedFront.get(holder) !== front);
}

/**
 * Checks a document `front`/`back` given for a holder: it must name a file the caller (or `account`, which
 * uploaded it) can see, with purpose `identity_document`, or a test token. Records whether it verifies.
 * Returns the `details_code` of a document that does not verify (the failure token), else `null`.
 */
function attachDocument(req: MockRequest | undefined, holder: Obj, front: unknown, back: unknown, param: (side: 'front' | 'back') => string, account: string): string | null {
  for (const [id, side] of [
    [front, 'front'],
    [back, 'back'],
  ] as const) {
    if (typeof id !== 'string' || id === '') continue;
    const file = req ? findFile(req, id, account) : undefined;
    if (req && !file) mockFail(400, 'invalid_request_error', `No such file upload: '${id}'`, { code: 'resource_missing', param: param(side) });
    if (file && file.purpose !== 'identity_document') {
      mockFail(400, 'invalid_request_error', `The file '${id}' has purpose \`${String(file.purpose)}\`; an identity document needs purpose \`identity_document\`.`, {
        param: param(side),
      });
    }
  }
  if (typeof front !== 'string' || front === '') return null;
  if (TEST_FILE_TOKENS[front] === 'unverified') {
    verifiedFront.delete(holder);
    return 'document_failed_test_mode';
  }
  verifiedFront.set(holder, front);
  return null;
}

const emptyDocument = (): Obj => ({ back: null, details: null, details_code: null, front: null });

/** Applies v1 `verification` params (`document`, `additional_document`) to a person-shaped object, checking the files. */
function applyVerification(req: MockRequest | undefined, holder: Obj, target: Obj, verification: Obj, param: string, account: string): void {
  const v = (
    isObj(target.verification)
      ? target.verification
      : (target.verification = { additional_document: emptyDocument(), details: null, details_code: null, document: emptyDocument(), status: 'unverified' })
  ) as Obj;
  for (const key of ['document', 'additional_document'] as const) {
    const doc = verification[key];
    if (!isObj(doc)) continue;
    const stored = (isObj(v[key]) ? v[key] : (v[key] = emptyDocument())) as Obj;
    if (doc.front !== undefined) stored.front = doc.front === '' ? null : doc.front;
    if (doc.back !== undefined) stored.back = doc.back === '' ? null : doc.back;
    if (key !== 'document') continue;
    const prefix = param ? `${param}[verification][document]` : 'verification[document]';
    const failed = attachDocument(req, holder, doc.front, doc.back, (side) => `${prefix}[${side}]`, account);
    stored.details_code = failed;
    stored.details = failed ? 'The document failed verification (test mode file_identity_document_failure).' : null;
    v.status = failed ? 'unverified' : idMismatch.has(holder) && verifiedFront.has(holder) ? 'verified' : v.status;
  }
}

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
  if (documentDue(acct, get(id, 'individual.documents.primary_verification.front_back.front'))) missing.push('identity.individual.documents.primary_verification');
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

/**
 * Individual id numbers are kept without their `value` (Stripe answers only the `type`); the mismatch test
 * number is remembered. A `documents.primary_verification.front_back` names files the caller can see.
 */
function v2IdentityIndividual(req: MockRequest | undefined, holder: Obj, individual: Obj, account: string, param: string): Obj {
  const ind = structuredClone(individual);
  if (Array.isArray(ind.id_numbers)) {
    setMismatch(
      holder,
      ind.id_numbers.some((n) => isObj(n) && n.value === MISMATCH_ID_NUMBER),
    );
    ind.id_numbers = ind.id_numbers.map((n) => (isObj(n) ? Object.fromEntries(Object.entries(n).filter(([key]) => key !== 'value')) : n));
  }
  const fb = get(ind, 'documents.primary_verification.front_back');
  if (isObj(fb)) attachDocument(req, holder, fb.front, fb.back, (side) => `${param}documents.primary_verification.front_back.${side}`, account);
  return ind;
}

/** Applies create/update params to a stored v2 account. */
export function v2Apply(acct: Obj, params: Obj, req?: MockRequest): void {
  for (const [k, v] of Object.entries(params)) {
    if (k === 'include' || k === 'account_token') continue;
    if (k === 'configuration' && isObj(v)) v2ApplyConfiguration(acct, v);
    else if (k === 'metadata') acct.metadata = mergeMetadata(acct.metadata, v);
    else if (k === 'identity' && isObj(v)) {
      const patch = isObj(v.individual) ? { ...v, individual: v2IdentityIndividual(req, acct, v.individual, String(acct.id), 'identity.individual.') } : v;
      acct.identity = deepMerge(isObj(acct.identity) ? (acct.identity as Obj) : {}, patch);
    } else if (k === 'defaults' && isObj(v)) acct[k] = deepMerge(isObj(acct[k]) ? (acct[k] as Obj) : {}, v);
    else acct[k] = v;
  }
  v2Refresh(acct);
}

export function includesOf(req: MockRequest): string[] {
  const raw = req.method === 'POST' ? req.body.include : req.query.include;
  return Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
}

/** The account as the API answers: sections not in `include` are `null`. */
export function v2Render(acct: Obj, include: readonly string[]): Obj {
  const out = structuredClone(acct);
  const stored = acct.configuration as Obj;
  out.configuration = Object.fromEntries(V2_CONFIGURATIONS.map((c) => [c, include.includes(`configuration.${c}`) ? structuredClone(stored[c] ?? null) : null]));
  for (const s of V2_SECTIONS) out[s] = include.includes(s) ? structuredClone(acct[s] ?? null) : null;
  return out;
}

export function v2Find(req: MockRequest, id: string): Obj {
  const found = req.store.get(id);
  if (!found || found.object !== 'v2.core.account') mockFail(404, 'invalid_request_error', `No such account: '${id}'`, { code: 'resource_missing' });
  return found;
}

export function v2NewAccount(req: MockRequest): Obj {
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

export const V2_ACCOUNTS = '/v2/core/accounts';

// ---------------------------------------------------------------------------------------------
// Account tokens, persons and person tokens (v2)
// ---------------------------------------------------------------------------------------------

/** The params a v2 account or person token was created with (kept off the token object, as Stripe does). */
const tokenParams = new WeakMap<Obj, Obj>();

/** A new v2 token object (`v2.core.account_token` / `v2.core.account_person_token`), valid 10 minutes. */
export function newToken(req: MockRequest, object: string, prefix: string, params: Obj): Obj {
  const now = Date.now();
  const token: Obj = { id: req.store.newId(prefix), object, created: new Date(now).toISOString(), expires_at: new Date(now + 600_000).toISOString(), livemode: false, used: false };
  tokenParams.set(token, structuredClone(params));
  return req.store.put(token);
}

export function findToken(req: MockRequest, id: string, object: string, param: string): Obj {
  const token = req.store.get(id);
  if (!token || token.object !== object) mockFail(404, 'invalid_request_error', `No such token: '${id}'`, { code: 'resource_missing', param });
  return token;
}

/** Takes a token's params (once: a used or expired token is refused, as Stripe does). */
function useToken(req: MockRequest, id: string, object: string, param: string): Obj {
  const token = findToken(req, id, object, param);
  if (token.used === true) mockFail(400, 'invalid_request_error', `The token '${id}' was already used.`, { code: 'invalid_fields', param });
  if (Date.parse(String(token.expires_at)) <= Date.now()) mockFail(400, 'invalid_request_error', `The token '${id}' has expired.`, { code: 'invalid_fields', param });
  token.used = true;
  return tokenParams.get(token) ?? {};
}

/**
 * `account_token` on a v2 account create/update: the token's `identity`, `contact_email` and `display_name`
 * apply first. Terms accepted through a token (`terms_of_service.account.shown_and_accepted`) become the
 * attestation with the token's creation time, as Stripe records it.
 */
export function v2ApplyToken(req: MockRequest, acct: Obj): void {
  if (typeof req.body.account_token !== 'string') return;
  const params = useToken(req, req.body.account_token, 'v2.core.account_token', 'account_token');
  const tos = get(params, 'identity.attestations.terms_of_service.account');
  if (isObj(tos) && tos.shown_and_accepted === true) {
    delete tos.shown_and_accepted;
    Object.assign(tos, { date: new Date().toISOString(), ip: '0.0.0.0' });
  }
  v2Apply(acct, params, req);
}

export function v2PersonFind(req: MockRequest): Obj {
  const id = req.params.person ?? '';
  const p = req.store.get(id);
  if (!p || p.object !== 'v2.core.account_person' || p.account !== req.params.account) {
    mockFail(404, 'invalid_request_error', `No such person: '${id}'`, { code: 'resource_missing', param: 'person' });
  }
  return p;
}

/** Applies v2 person params: id numbers are kept without `value`, documents name files the caller can see. */
export function v2PersonApply(req: MockRequest, acct: Obj, p: Obj, raw: Obj): void {
  const { person_token, ...params } = raw;
  const fromToken = typeof person_token === 'string' ? useToken(req, person_token, 'v2.core.account_person_token', 'person_token') : {};
  for (const source of [fromToken, params]) {
    const ind = v2IdentityIndividual(req, p, source, String(acct.id), '');
    for (const [k, v] of Object.entries(ind)) {
      if (k === 'metadata') p.metadata = mergeMetadata(p.metadata, v);
      else if (isObj(v) && !Array.isArray(v)) p[k] = deepMerge(isObj(p[k]) ? (p[k] as Obj) : {}, v);
      else p[k] = v;
    }
  }
  p.updated = new Date().toISOString();
  v2PersonProvided(acct, p.relationship);
}

// ---------------------------------------------------------------------------------------------
// Accounts v1
// ---------------------------------------------------------------------------------------------

const requestedAt = new WeakMap<Obj, Record<string, number>>();
/** The v1 persons of each v1 account (for the persons' requirements in the account's). */
export const personsOf = new WeakMap<Obj, Map<string, Obj>>();
/** Accounts the platform rejected, with the reason as `disabled_reason` names it (`fraud`, `terms_of_service`, `other`). */
export const rejected = new WeakMap<Obj, string>();

/** Fields a v1 capability still misses (see the module comment). */
function v1Missing(acct: Obj, name: string): string[] {
  const tos = name === 'card_issuing' ? 'settings.card_issuing.tos_acceptance' : name === 'treasury' ? 'settings.treasury.tos_acceptance' : 'tos_acceptance';
  const missing: string[] = [];
  if (!present(acct.business_type)) missing.push('business_type');
  for (const f of ['date', 'ip']) if (!present(get(acct, `${tos}.${f}`))) missing.push(`${tos}.${f}`);
  if (documentDue(acct, get(acct, 'individual.verification.document.front'))) missing.push('individual.verification.document');
  for (const [id, p] of personsOf.get(acct) ?? []) if (documentDue(p, get(p, 'verification.document.front'))) missing.push(`${id}.verification.document`);
  return missing;
}

/** A v1 person's own `requirements`: `verification.document` while its identity document is due. */
function personRefresh(p: Obj): void {
  const due = documentDue(p, get(p, 'verification.document.front')) ? ['verification.document'] : [];
  p.requirements = { alternatives: [], currently_due: [...due], errors: [], eventually_due: [...due], past_due: [...due], pending_verification: [] };
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
export function v1Refresh(acct: Obj): void {
  const caps = acct.capabilities as Record<string, string>;
  const all = new Set<string>();
  for (const name of Object.keys(caps)) {
    const missing = v1Missing(acct, name);
    missing.forEach((m) => all.add(m));
    caps[name] = missing.length > 0 ? 'inactive' : 'active';
  }
  acct.requirements = requirementsOf([...all].sort(), 'requirements.past_due');
  acct.details_submitted = all.size === 0 && Object.keys(caps).length > 0;
  const reason = rejected.get(acct);
  if (reason !== undefined) {
    // A rejected account: every capability inactive, charges and payouts off, whatever it provided.
    for (const name of Object.keys(caps)) caps[name] = 'inactive';
    (acct.requirements as Obj).disabled_reason = `rejected.${reason}`;
    acct.charges_enabled = false;
    acct.payouts_enabled = false;
  }
}

export function v1SetCapability(acct: Obj, name: string, requested: boolean): void {
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
export function v1Apply(acct: Obj, params: Obj, req?: MockRequest): void {
  acct.capabilities ??= {};
  for (const [k, raw] of Object.entries(params)) {
    if (k === 'expand' || k === 'account_token' || k === 'external_account') continue;
    if (k === 'metadata') acct.metadata = mergeMetadata(acct.metadata, raw);
    else if (k === 'individual' && isObj(raw)) {
      // The individual is a person: `id_number` is kept as `id_number_provided`, documents name uploaded files.
      const { id_number, verification, ...rest } = normalizeV1(k, raw) as Obj;
      const ind = deepMerge(isObj(acct.individual) ? (acct.individual as Obj) : v1Individual(acct), rest);
      if (id_number !== undefined) {
        ind.id_number_provided = present(id_number);
        setMismatch(acct, String(id_number) === MISMATCH_ID_NUMBER);
      }
      if (isObj(verification)) applyVerification(req, acct, ind, verification, 'individual', String(acct.id));
      acct.individual = ind;
    } else if (k === 'capabilities' && isObj(raw)) {
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

export function v1Account(req: MockRequest, id: string): Obj {
  return mustGet(req, id, 'account');
}

export function v1Capability(acct: Obj, name: string): Obj {
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

export function v1CapabilityOr404(acct: Obj, name: string): Obj {
  if (!(V1_CAPABILITY_NAMES as readonly string[]).includes(name) && !(name in (acct.capabilities as Obj))) {
    mockFail(404, 'invalid_request_error', `No such capability: '${name}'`, { code: 'resource_missing', param: 'capability' });
  }
  return v1Capability(acct, name);
}

/** A new v1 account starts with nothing requested and no terms accepted. */
export const v1Template = (): Obj => ({
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

/** A v1 person's fields with nothing provided (the base of a new person and of an account's `individual`). */
export const blankPerson = (): Obj => ({
  ...personFixture(),
  address: nullAddress(),
  dob: { day: null, month: null, year: null },
  email: null,
  first_name: null,
  last_name: null,
  id_number_provided: false,
  ssn_last_4_provided: false,
  metadata: {},
  relationship: { authorizer: null, director: false, executive: false, legal_guardian: false, owner: false, percent_ownership: null, representative: false, title: null },
  verification: { additional_document: emptyDocument(), details: null, details_code: null, document: emptyDocument(), status: 'unverified' },
});

/** The `individual` of a v1 account: a person of the account (Stripe's `Person`). */
const v1Individual = (acct: Obj): Obj => ({
  ...blankPerson(),
  id: `person_${String(acct.id).replace(/^acct_/, '')}`,
  account: acct.id,
  created: Math.floor(Date.now() / 1000),
  relationship: { authorizer: null, director: false, executive: false, legal_guardian: false, owner: true, percent_ownership: null, representative: true, title: null },
});

export function personApply(p: Obj, params: Obj, req?: MockRequest): void {
  for (const [k, raw] of Object.entries(params)) {
    if (k === 'expand' || k === 'person_token') continue;
    if (k === 'metadata') p.metadata = mergeMetadata(p.metadata, raw);
    else if (k === 'id_number') {
      p.id_number_provided = present(raw);
      setMismatch(p, String(raw) === MISMATCH_ID_NUMBER);
    } else if (k === 'verification' && isObj(raw)) applyVerification(req, p, p, normalizeV1(k, raw) as Obj, '', String(p.account));
    else if (k === 'ssn_last_4') p.ssn_last_4_provided = present(raw);
    else if (k === 'dob' && raw === '') p.dob = { day: null, month: null, year: null };
    else if (isObj(raw)) p[k] = deepMerge(isObj(p[k]) ? (p[k] as Obj) : {}, normalizeV1(k, raw) as Obj);
    else p[k] = raw === '' ? null : typeof raw === 'number' ? String(raw) : raw;
  }
  personRefresh(p);
}

export function personFind(req: MockRequest): Obj {
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
export function v1ViewOfV2(acct: Obj): Obj {
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
    const front = get(individual, 'documents.primary_verification.front_back.front');
    const base = v1Individual(acct);
    out.individual = {
      ...base,
      id: individual.id ?? base.id,
      first_name: individual.given_name ?? null,
      last_name: individual.surname ?? null,
      dob: { day: dob.day ?? null, month: dob.month ?? null, year: dob.year ?? null },
      id_number_provided: Array.isArray(individual.id_numbers) && individual.id_numbers.length > 0,
      verification: {
        ...(base.verification as Obj),
        document: { ...emptyDocument(), front: typeof front === 'string' ? front : null },
        status: typeof front === 'string' && verifiedFront.get(acct) === front ? 'verified' : 'unverified',
      },
    };
  }
  return out;
}

const isoOf = (unix: unknown): string | undefined => (unix === undefined || unix === null || unix === '' ? undefined : new Date(Number(unix) * 1000).toISOString());

/** Applies v1 update params to a v2 account: they count toward its v2 requirements (see the module comment). */
export function v1ApplyToV2(acct: Obj, raw: Obj, req?: MockRequest): void {
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
    // v1 `id_number` and `verification.document` count as the v2 id number and primary verification document.
    if (p.individual.id_number !== undefined) setMismatch(acct, String(p.individual.id_number) === MISMATCH_ID_NUMBER);
    const doc = get(p.individual, 'verification.document');
    if (isObj(doc) && typeof doc.front === 'string') {
      attachDocument(req, acct, doc.front, doc.back, (side) => `individual[verification][document][${side}]`, String(acct.id));
      ind.documents = {
        ...(isObj(ind.documents) ? ind.documents : {}),
        primary_verification: { type: 'front_back', front_back: { front: doc.front, ...(typeof doc.back === 'string' ? { back: doc.back } : {}) } },
      };
    }
    if (p.individual.first_name !== undefined) ind.given_name = p.individual.first_name;
    if (p.individual.last_name !== undefined) ind.surname = p.individual.last_name;
    if (isObj(p.individual.dob)) ind.date_of_birth = { day: Number(p.individual.dob.day), month: Number(p.individual.dob.month), year: Number(p.individual.dob.year) };
  }
  // Terms accepted through v1 (`tos_acceptance` or the Issuing terms) are the account's terms of service.
  const tos = isObj(get(p, 'settings.card_issuing.tos_acceptance'))
    ? (get(p, 'settings.card_issuing.tos_acceptance') as Obj)
    : isObj(p.tos_acceptance)
      ? p.tos_acceptance
      : undefined;
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
export function v2PersonProvided(acct: Obj, relationship: unknown): void {
  if (!isObj(relationship)) return;
  const identity = (isObj(acct.identity) ? acct.identity : (acct.identity = {})) as Obj;
  const at = (isObj(identity.attestations) ? identity.attestations : (identity.attestations = {})) as Obj;
  const provided = (isObj(at.persons_provided) ? at.persons_provided : (at.persons_provided = {})) as Obj;
  if (relationship.executive === true || relationship.representative === true) provided.executives = true;
  if (relationship.owner === true) provided.owners = true;
  v2Refresh(acct);
}

export const V1_ACCOUNTS = '/v1/accounts';
/** The `relationship` roles a person list filters by. */
export const PERSON_ROLES = ['authorizer', 'director', 'executive', 'legal_guardian', 'owner', 'representative'] as const;

/** The platform account `GET /v1/account` answers without `Stripe-Account`: fully onboarded, Issuing active. */
export const platformAccount = (): Obj => ({
  ...v1Template(),
  id: 'acct_cardplane_mock_platform',
  business_profile: { ...emptyBusinessProfile(), name: 'Cardplane Mock Platform', url: 'https://cardplane.example' },
  business_type: 'company',
  capabilities: { card_issuing: 'active', transfers: 'active', treasury: 'active' },
  charges_enabled: true,
  company: { name: 'Cardplane Mock Platform', tax_id_provided: true },
  controller: { type: 'account' },
  country: 'US',
  created: 1735689600,
  default_currency: 'usd',
  details_submitted: true,
  email: 'platform@cardplane.example',
  payouts_enabled: true,
  type: 'standard',
});

/** The v1 account (or the v1 view of a v2 account) as a v1 call answers it. */
export const v1View = (acct: Obj): Obj => (acct.object === 'v2.core.account' ? v1ViewOfV2(acct) : acct);

/**
 * Every component of an account session and its features (Stripe's `AccountSession.Components`): a
 * component not requested answers `enabled: false` and its features at their defaults.
 */
const SESSION_COMPONENTS: Record<string, string[]> = {
  account_management: ['disable_stripe_user_authentication', 'external_account_collection'],
  account_onboarding: ['disable_stripe_user_authentication', 'external_account_collection'],
  balance_report: [],
  balances: ['disable_stripe_user_authentication', 'edit_payout_schedule', 'external_account_collection', 'instant_payouts', 'standard_payouts'],
  disputes_list: ['capture_payments', 'destination_on_behalf_of_charge_management', 'dispute_management', 'refund_management', 'smart_disputes_management'],
  documents: [],
  financial_account: ['disable_stripe_user_authentication', 'external_account_collection', 'send_money', 'transfer_balance'],
  financial_account_transactions: ['card_spend_dispute_management'],
  instant_payouts_promotion: ['disable_stripe_user_authentication', 'external_account_collection', 'instant_payouts'],
  issuing_card: ['card_management', 'card_spend_dispute_management', 'cardholder_management', 'spend_control_management'],
  issuing_cards_list: ['card_management', 'card_spend_dispute_management', 'cardholder_management', 'disable_stripe_user_authentication', 'spend_control_management'],
  notification_banner: ['disable_stripe_user_authentication', 'external_account_collection'],
  payment_details: ['capture_payments', 'destination_on_behalf_of_charge_management', 'dispute_management', 'refund_management', 'smart_disputes_management'],
  payment_disputes: ['destination_on_behalf_of_charge_management', 'dispute_management', 'refund_management', 'smart_disputes_management'],
  payment_method_settings: ['disable_stripe_user_authentication'],
  payments: ['capture_payments', 'destination_on_behalf_of_charge_management', 'dispute_management', 'refund_management', 'smart_disputes_management'],
  payout_details: [],
  payout_reconciliation_report: [],
  payouts: ['disable_stripe_user_authentication', 'edit_payout_schedule', 'external_account_collection', 'instant_payouts', 'standard_payouts'],
  payouts_list: [],
  reporting_chart: [],
  tax_registrations: [],
  tax_settings: [],
  terminal_hardware_orders: [],
  terminal_hardware_shop: [],
};

/** Features Stripe turns on unless the request says otherwise. */
const FEATURES_ON_BY_DEFAULT = new Set(['external_account_collection']);

export function sessionComponents(requested: unknown): Obj {
  const asked = isObj(requested) ? requested : {};
  return Object.fromEntries(
    Object.entries(SESSION_COMPONENTS).map(([name, features]) => {
      const c = isObj(asked[name]) ? asked[name] : {};
      const f = isObj(c.features) ? c.features : {};
      return [name, { enabled: c.enabled === true, features: Object.fromEntries(features.map((k) => [k, typeof f[k] === 'boolean' ? f[k] : FEATURES_ON_BY_DEFAULT.has(k)])) }];
    }),
  );
}

/** Whether an account can use the Express Dashboard (the only kind Stripe makes login links for). */
export const hasExpressDashboard = (acct: Obj): boolean =>
  acct.object === 'v2.core.account' ? acct.dashboard === 'express' : acct.type === 'express' || get(acct, 'controller.stripe_dashboard.type') === 'express';

/** Routes of the v1 account calls beyond CRUD: the current account, reject/unreject, login links, account sessions. */

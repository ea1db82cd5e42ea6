import { mergeMetadata, mustGet } from '../crud.js';
import { v2List } from '../list.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { newSigningSecret } from '../delivery.js';
import { isObj } from '../values.js';

type Obj = Record<string, unknown>;

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** `events_from` as Stripe's type names the values (`self`, `other_accounts`); the older `@self` / `@accounts` are taken too. */
const eventsFrom = (v: unknown): string[] => strs(v).map((s) => (s === '@self' ? 'self' : s === '@accounts' ? 'other_accounts' : s));

function invalid(param: string, message: string): never {
  mockFail(400, 'invalid_request_error', message, { code: 'invalid_fields', param });
}

function includesOf(req: MockRequest): string[] {
  const raw = req.method === 'POST' ? req.body.include : req.query.include;
  return Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
}

/** The destination as answered: `webhook_endpoint.url` / `.signing_secret` only when included. */
function render(dest: Obj, include: readonly string[]): Obj {
  const out = structuredClone(dest);
  if (isObj(dest.webhook_endpoint)) {
    const we: Obj = {};
    if (include.includes('webhook_endpoint.url')) we.url = dest.webhook_endpoint.url;
    if (include.includes('webhook_endpoint.signing_secret')) we.signing_secret = dest.webhook_endpoint.signing_secret;
    out.webhook_endpoint = we;
  }
  return out;
}

function find(req: MockRequest): Obj {
  return mustGet(req, req.params.id ?? '', 'v2.core.event_destination');
}

function touch(dest: Obj): void {
  dest.updated = new Date().toISOString();
}

function setStatus(status: 'enabled' | 'disabled') {
  return (req: MockRequest): Obj => {
    const dest = find(req);
    dest.status = status;
    dest.status_details = status === 'disabled' ? { disabled: { reason: 'user' } } : {};
    touch(dest);
    return render(dest, includesOf(req));
  };
}

const D = '/v2/core/event_destinations';

/**
 * Mock routes of v2 event destinations (`/v2/core/event_destinations`): webhook destinations with a URL,
 * `event_payload` `thin` (v2 notifications, and `v1.*` thin events) or `snapshot` (v1 events), `events_from`
 * `self` / `other_accounts` (the older `@self` / `@accounts` are taken too); enable, disable and ping. The signing secret is answered only at creation, with
 * `include: ['webhook_endpoint.signing_secret']`.
 */
export const eventDestinationRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: D,
    handle: (req) => {
      const p = req.body;
      for (const k of ['name', 'type', 'event_payload', 'enabled_events']) if (p[k] === undefined) invalid(k, `Missing required field: ${k}.`);
      if (p.event_payload !== 'thin' && p.event_payload !== 'snapshot') invalid('event_payload', 'event_payload must be thin or snapshot.');
      if (p.type !== 'webhook_endpoint') invalid('type', 'The mock delivers to webhook_endpoint destinations only.');
      const url = isObj(p.webhook_endpoint) ? p.webhook_endpoint.url : undefined;
      if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) invalid('webhook_endpoint.url', 'webhook_endpoint.url must be an http(s) URL.');
      const now = new Date().toISOString();
      const dest: Obj = {
        id: req.store.newId('ed_'),
        object: 'v2.core.event_destination',
        created: now,
        description: typeof p.description === 'string' ? p.description : '',
        enabled_events: strs(p.enabled_events),
        event_payload: p.event_payload,
        events_from: Array.isArray(p.events_from) ? eventsFrom(p.events_from) : ['self'],
        livemode: false,
        metadata: isObj(p.metadata) ? mergeMetadata({}, p.metadata) : {},
        name: String(p.name),
        ...(p.event_payload === 'snapshot' ? { snapshot_api_version: typeof p.snapshot_api_version === 'string' ? p.snapshot_api_version : '2026-10-28.endive' } : {}),
        status: 'enabled',
        status_details: {},
        type: 'webhook_endpoint',
        updated: now,
        webhook_endpoint: { url, signing_secret: newSigningSecret() },
      };
      req.store.put(dest);
      return render(dest, includesOf(req));
    },
  },
  { method: 'GET', path: `${D}/:id`, handle: (req) => render(find(req), includesOf(req)) },
  {
    method: 'POST',
    path: `${D}/:id`,
    handle: (req) => {
      const dest = find(req);
      const p = req.body;
      if (typeof p.name === 'string') dest.name = p.name;
      if (typeof p.description === 'string') dest.description = p.description;
      if (Array.isArray(p.enabled_events)) dest.enabled_events = strs(p.enabled_events);
      if (isObj(p.metadata)) dest.metadata = mergeMetadata(dest.metadata, p.metadata);
      if (isObj(p.webhook_endpoint) && typeof p.webhook_endpoint.url === 'string') (dest.webhook_endpoint as Obj).url = p.webhook_endpoint.url;
      touch(dest);
      return render(dest, includesOf(req));
    },
  },
  {
    method: 'GET',
    path: D,
    handle: (req) =>
      v2List(
        D,
        req.store.all('v2.core.event_destination').map((d) => render(d, includesOf(req))),
        req.query,
      ),
  },
  {
    method: 'DELETE',
    path: `${D}/:id`,
    handle: (req) => {
      const dest = find(req);
      dest.object = 'deleted_event_destination';
      dest.status = 'disabled';
      return { id: dest.id, object: 'v2.core.event_destination' };
    },
  },
  { method: 'POST', path: `${D}/:id/enable`, handle: setStatus('enabled') },
  { method: 'POST', path: `${D}/:id/disable`, handle: setStatus('disabled') },
  {
    method: 'POST',
    path: `${D}/:id/ping`,
    handle: (req) => {
      const dest = find(req);
      if (!req.mock) mockFail(500, 'api_error', 'ping needs the mock context.');
      return req.mock.ping(dest);
    },
  },
];

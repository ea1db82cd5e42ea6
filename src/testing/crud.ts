import { mockFail, type MockRequest, type MockRoute } from './router.js';

/** How a mocked resource is built: its paths, its id prefix and how params shape a new object. */
export interface CrudSpec {
  /** Collection path, e.g. `/v1/issuing/cards`. */
  collection: string;
  /** The `object` value, e.g. `issuing.card`. */
  object: string;
  /** Id prefix, e.g. `ic_`. */
  idPrefix: string;
  /** A fresh documented-shape object (our own fixture), used as the template of new objects. */
  fixture: () => Record<string, unknown>;
  /** Applies create/update params onto an object (default: copies scalar params and metadata). */
  apply?: (obj: Record<string, unknown>, params: Record<string, unknown>, req: MockRequest) => void;
  /** Which of create, retrieve, update, list, del to mount (default: all but del). */
  ops?: ReadonlyArray<'create' | 'retrieve' | 'update' | 'list' | 'del'>;
  /** v2 resources use v2 list envelopes and RFC 3339 timestamps. */
  v2?: boolean;
  /** Query/body keys that filter a list by equality with the object's field of the same name. */
  filters?: readonly string[];
}

/** Default param application: scalars are copied, metadata merged (empty string deletes a key). */
export function applyDefault(obj: Record<string, unknown>, params: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(params)) {
    if (k === 'expand' || k === 'include') continue;
    if (k === 'metadata') {
      obj.metadata = mergeMetadata(obj.metadata, v);
      continue;
    }
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) obj[k] = v === '' ? null : v;
  }
}

/** Merges metadata params into existing metadata the way Stripe does. */
export function mergeMetadata(current: unknown, patch: unknown): Record<string, string> {
  if (patch === '' || patch === null) return {};
  const out: Record<string, string> = { ...((current as Record<string, string>) ?? {}) };
  for (const [k, v] of Object.entries((patch as Record<string, unknown>) ?? {})) {
    if (v === '' || v === null) delete out[k];
    else out[k] = String(v);
  }
  return out;
}

/** A v1 list envelope with `limit`, `starting_after` and `ending_before` applied. */
export function v1List(url: string, items: Record<string, unknown>[], query: Record<string, unknown>): Record<string, unknown> {
  const limit = typeof query.limit === 'number' ? query.limit : 10;
  let start = 0;
  let end = items.length;
  if (typeof query.starting_after === 'string') start = items.findIndex((o) => o.id === query.starting_after) + 1;
  if (typeof query.ending_before === 'string') {
    end = Math.max(
      0,
      items.findIndex((o) => o.id === query.ending_before),
    );
    start = Math.max(0, end - limit);
  }
  const page = items.slice(start, Math.min(end, start + limit));
  const has_more = typeof query.ending_before === 'string' ? start > 0 : start + page.length < end;
  return { object: 'list', url, has_more, data: page };
}

/** A v2 list envelope paging with an opaque `page` token. */
export function v2List(url: string, items: Record<string, unknown>[], query: Record<string, unknown>): Record<string, unknown> {
  const limit = typeof query.limit === 'number' ? query.limit : 10;
  const offset = typeof query.page === 'string' ? Number(atob(query.page)) || 0 : 0;
  const page = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? `${url}?limit=${limit}&page=${btoa(String(offset + limit))}` : null;
  const prev = offset > 0 ? `${url}?limit=${limit}&page=${btoa(String(Math.max(0, offset - limit)))}` : null;
  return { data: page, next_page_url: next, previous_page_url: prev };
}

/** Finds a stored object or answers 404 the way Stripe does. */
export function mustGet(req: MockRequest, id: string, object: string): Record<string, unknown> {
  const found = req.store.get(id);
  if (!found || found.object !== object) {
    mockFail(404, 'invalid_request_error', `No such ${object.split('.').at(-1)}: '${id}'`, { code: 'resource_missing', param: 'id' });
  }
  return found;
}

/** Mounts create / retrieve / update / list (and optionally del) for one resource on the in-memory store. */
export function crud(spec: CrudSpec): MockRoute[] {
  const ops = spec.ops ?? ['create', 'retrieve', 'update', 'list'];
  const item = `${spec.collection}/:id`;
  const apply = spec.apply ?? applyDefault;
  const routes: MockRoute[] = [];
  const now = (): unknown => (spec.v2 ? new Date().toISOString() : Math.floor(Date.now() / 1000));
  if (ops.includes('create')) {
    routes.push({
      method: 'POST',
      path: spec.collection,
      handle: (req) => {
        const obj = { ...spec.fixture(), id: req.store.newId(spec.idPrefix), created: now(), livemode: false };
        if ('metadata' in obj) obj.metadata = {};
        apply(obj, req.body, req);
        return req.store.put(obj);
      },
    });
  }
  if (ops.includes('retrieve')) routes.push({ method: 'GET', path: item, handle: (req) => mustGet(req, req.params.id ?? '', spec.object) });
  if (ops.includes('update')) {
    routes.push({
      method: 'POST',
      path: item,
      handle: (req) => {
        const obj = mustGet(req, req.params.id ?? '', spec.object);
        apply(obj, req.body, req);
        return obj;
      },
    });
  }
  if (ops.includes('list')) {
    routes.push({
      method: 'GET',
      path: spec.collection,
      handle: (req) => {
        let items = req.store.all(spec.object);
        for (const f of spec.filters ?? []) {
          if (req.query[f] !== undefined) items = items.filter((o) => o[f] === req.query[f] || (o[f] as { id?: unknown } | null)?.id === req.query[f]);
        }
        return spec.v2 ? v2List(spec.collection, items, req.query) : v1List(spec.collection, items, req.query);
      },
    });
  }
  if (ops.includes('del')) {
    routes.push({
      method: 'DELETE',
      path: item,
      handle: (req) => {
        mustGet(req, req.params.id ?? '', spec.object);
        return { id: req.params.id, object: spec.object, deleted: true };
      },
    });
  }
  return routes;
}

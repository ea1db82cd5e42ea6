import { listOf, type ListFilter } from './list.js';
import { mockFail, type MockRequest, type MockRoute } from './router.js';
import type { MockStore } from './store.js';

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
  /** Query params that filter the list (compared as `list.ts` does; `created` is always accepted). */
  filters?: readonly ListFilter[];
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
      handle: (req) => listOf(req, spec.collection, req.store.all(spec.object), { filters: ['created', ...(spec.filters ?? [])], v2: spec.v2 === true }),
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

/** A metadata-only update route. */
export function metadataUpdateRoute(path: string, object: string): MockRoute {
  return {
    method: 'POST',
    path,
    handle: (req) => {
      const obj = mustGet(req, req.params.id ?? '', object);
      if ('metadata' in req.body) obj.metadata = mergeMetadata(obj.metadata, req.body.metadata);
      return obj;
    },
  };
}

/** A retrieve route of one object type (`seed` fills the store first, for built-in objects). */
export const retrieveRoute = (path: string, object: string, seed?: (s: MockStore) => void): MockRoute => ({
  method: 'GET',
  path,
  handle: (req) => {
    seed?.(req.store);
    return mustGet(req, req.params.id ?? '', object);
  },
});

/** Cancels a `pending` object (a top-up, a payout); 400 in any other status. */
export function cancelPending(req: MockRequest, object: string): Record<string, unknown> {
  const obj = mustGet(req, req.params.id ?? '', object);
  if (obj.status !== 'pending') {
    mockFail(400, 'invalid_request_error', `This ${object} cannot be canceled because its status is ${String(obj.status)}.`, { code: 'invalid_state' });
  }
  obj.status = 'canceled';
  return obj;
}

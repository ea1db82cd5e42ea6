import { mustGet, v1List, v2List } from '../crud.js';
import type { MockRoute } from '../router.js';

function ofTypes(items: Record<string, unknown>[], types: unknown): Record<string, unknown>[] {
  if (!Array.isArray(types) || types.length === 0) return items;
  const wanted = new Set(types.map(String));
  return items.filter((e) => wanted.has(String(e.type)));
}

/** `type` filter of `GET /v1/events`: exact, or a `*` wildcard such as `issuing_authorization.*`. */
function ofType(items: Record<string, unknown>[], type: unknown): Record<string, unknown>[] {
  if (typeof type !== 'string') return items;
  if (!type.includes('*')) return items.filter((e) => e.type === type);
  const pattern = new RegExp(
    `^${type
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return items.filter((e) => pattern.test(String(e.type)));
}

/**
 * Mock routes: v1 events (`GET /v1/events[/:id]`) and v2 events (`GET /v2/core/events[/:id]`).
 * The mock writes events for every state change (see `events.ts`); events put in the store directly are listed too.
 */
export const eventsRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/events/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'event') },
  {
    method: 'GET',
    path: '/v1/events',
    handle: (req) => v1List('/v1/events', ofTypes(ofType(req.store.all('event'), req.query.type), req.query.types), req.query),
  },
  { method: 'GET', path: '/v2/core/events/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'v2.core.event') },
  {
    method: 'GET',
    path: '/v2/core/events',
    handle: (req) => {
      let items = ofTypes(req.store.all('v2.core.event'), req.query.types);
      if (typeof req.query.object_id === 'string') items = items.filter((e) => (e.related_object as { id?: unknown } | null | undefined)?.id === req.query.object_id);
      return v2List('/v2/core/events', items, req.query);
    },
  },
];

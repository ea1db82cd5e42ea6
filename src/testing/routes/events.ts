import { mustGet } from '../crud.js';
import { listOf } from '../list.js';
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
    handle: (req) => listOf(req, '/v1/events', ofTypes(ofType(req.store.all('event'), req.query.type), req.query.types), { filters: ['created'] }),
  },
  { method: 'GET', path: '/v2/core/events/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'v2.core.event') },
  {
    method: 'GET',
    path: '/v2/core/events',
    handle: (req) =>
      listOf(req, '/v2/core/events', ofTypes(req.store.all('v2.core.event'), req.query.types), { filters: [{ param: 'object_id', get: (e) => e.related_object }], v2: true }),
  },
];

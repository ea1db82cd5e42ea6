import { mustGet } from '../crud.js';
import { listOf } from '../list.js';
import type { MockRoute } from '../router.js';
import { ofTypes } from '../events.js';

/** Mock routes of v2 events (`GET /v2/core/events[/:id]`): the thin events the mock writes, and any put in the store. */
export const v2CoreEventRoutes: MockRoute[] = [
  { method: 'GET', path: '/v2/core/events/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'v2.core.event') },
  {
    method: 'GET',
    path: '/v2/core/events',
    handle: (req) =>
      listOf(req, '/v2/core/events', ofTypes(req.store.all('v2.core.event'), req.query.types), { filters: [{ param: 'object_id', get: (e) => e.related_object }], v2: true }),
  },
];

import { mustGet } from '../crud.js';
import { listOf } from '../list.js';
import type { MockRoute } from '../router.js';
import { ofType, ofTypes } from '../events.js';

/**
 * Mock routes of v1 events (`GET /v1/events[/:id]`). The mock writes events for every state change (see
 * `../events.ts`); events put in the store directly are listed too.
 */
export const eventRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/events/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'event') },
  {
    method: 'GET',
    path: '/v1/events',
    handle: (req) => listOf(req, '/v1/events', ofTypes(ofType(req.store.all('event'), req.query.type), req.query.types), { filters: ['created'] }),
  },
];

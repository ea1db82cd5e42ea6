import type { MockRoute } from '../router.js';

/** Mock routes: events. */
export const eventsRoutes: MockRoute[] = [];

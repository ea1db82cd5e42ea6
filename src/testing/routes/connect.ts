import type { MockRoute } from '../router.js';

/** Mock routes: connect. */
export const connectRoutes: MockRoute[] = [];

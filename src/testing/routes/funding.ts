import type { MockRoute } from '../router.js';

/** Mock routes: funding. */
export const fundingRoutes: MockRoute[] = [];

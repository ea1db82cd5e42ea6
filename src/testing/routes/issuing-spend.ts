import type { MockRoute } from '../router.js';

/** Mock routes: issuing-spend. */
export const issuingSpendRoutes: MockRoute[] = [];

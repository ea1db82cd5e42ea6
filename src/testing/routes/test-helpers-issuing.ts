import type { MockRoute } from '../router.js';

/** Mock routes: test-helpers-issuing. */
export const testHelpersIssuingRoutes: MockRoute[] = [];

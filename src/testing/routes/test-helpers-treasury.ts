import type { MockRoute } from '../router.js';

/** Mock routes: test-helpers-treasury. */
export const testHelpersTreasuryRoutes: MockRoute[] = [];

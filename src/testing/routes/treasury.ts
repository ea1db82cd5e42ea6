import type { MockRoute } from '../router.js';

/** Mock routes: treasury. */
export const treasuryRoutes: MockRoute[] = [];

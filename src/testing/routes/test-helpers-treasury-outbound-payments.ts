import type { MockRoute } from '../router.js';
import { outboundTestHelperRoutes } from '../treasury-flows.js';

/** Mock routes of the Treasury outbound payment test helpers: update tracking, fail, post, return (see `../treasury-ledger.ts`). */
export const testHelpersTreasuryOutboundPaymentRoutes: MockRoute[] = [...outboundTestHelperRoutes('outbound_payment')];

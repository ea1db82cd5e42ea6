import type { MockRoute } from '../router.js';
import { outboundTestHelperRoutes } from '../treasury-flows.js';

/** Mock routes of the Treasury outbound transfer test helpers: update tracking, fail, post, return (see `../treasury-ledger.ts`). */
export const testHelpersTreasuryOutboundTransferRoutes: MockRoute[] = [...outboundTestHelperRoutes('outbound_transfer')];

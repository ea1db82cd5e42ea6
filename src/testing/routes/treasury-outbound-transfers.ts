import type { MockRoute } from '../router.js';
import { OUTBOUND_TRANSFER, outboundRoutes } from '../treasury-flows.js';

/** Mock routes of Treasury outbound transfers: create, retrieve, list, cancel (see `../treasury-flows.ts`). */
export const treasuryOutboundTransferRoutes: MockRoute[] = [...outboundRoutes(OUTBOUND_TRANSFER)];

import type { MockRoute } from '../router.js';
import { OUTBOUND_PAYMENT, outboundRoutes } from '../treasury-flows.js';

/** Mock routes of Treasury outbound payments: create, retrieve, list, cancel (see `../treasury-flows.ts`). */
export const treasuryOutboundPaymentRoutes: MockRoute[] = [...outboundRoutes(OUTBOUND_PAYMENT)];

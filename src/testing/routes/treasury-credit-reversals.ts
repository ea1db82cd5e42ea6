import { treasuryCreditReversal } from '../fixtures/treasury.js';
import type { MockRoute } from '../router.js';
import { reversalRoutes } from '../treasury-flows.js';

/** Mock routes of Treasury credit reversals: create (reversing a received credit once), retrieve, list. */
export const treasuryCreditReversalRoutes: MockRoute[] = [
  ...reversalRoutes({
    kind: 'credit',
    idPrefix: 'credrev_',
    fixture: treasuryCreditReversal,
    sign: -1,
    bucket: 'cash',
    network: (n) => (n === 'stripe' ? 'stripe' : 'ach'),
  }),
];

import { treasuryDebitReversal } from '../fixtures/treasury.js';
import type { MockRoute } from '../router.js';
import { reversalRoutes } from '../treasury-flows.js';

/** Mock routes of Treasury debit reversals: create (reversing a received debit once), retrieve, list. */
export const treasuryDebitReversalRoutes: MockRoute[] = [
  ...reversalRoutes({
    kind: 'debit',
    idPrefix: 'debrev_',
    fixture: treasuryDebitReversal,
    sign: 1,
    bucket: 'inbound_pending',
    network: (n) => (n === 'card' ? 'card' : 'ach'),
  }),
];

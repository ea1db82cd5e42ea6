import type { MockRoute } from '../router.js';
import { receiveCredit, requireParam } from '../treasury-ledger.js';
import { amountOf, BASE } from '../treasury-flows.js';

/** Mock route of the Treasury received credit test helper: create (see `../treasury-ledger.ts`). */
export const testHelpersTreasuryReceivedCreditRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${BASE}/received_credits`,
    handle: (req) => {
      const fa = requireParam(req.body, 'financial_account');
      return receiveCredit(req, fa, {
        amount: amountOf(req),
        currency: requireParam(req.body, 'currency'),
        network: requireParam(req.body, 'network'),
        ...(typeof req.body.description === 'string' ? { description: req.body.description } : {}),
      });
    },
  },
];

import type { MockRoute } from '../router.js';
import { openAccount, receiveDebit, requireParam } from '../treasury-ledger.js';
import { amountOf, BASE } from '../treasury-flows.js';

/** Mock route of the Treasury received debit test helper: create (see `../treasury-ledger.ts`). */
export const testHelpersTreasuryReceivedDebitRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: `${BASE}/received_debits`,
    handle: (req) => {
      const fa = openAccount(req, requireParam(req.body, 'financial_account'));
      return receiveDebit(req, fa, {
        amount: amountOf(req),
        currency: requireParam(req.body, 'currency'),
        network: requireParam(req.body, 'network'),
        ...(typeof req.body.description === 'string' ? { description: req.body.description } : {}),
      });
    },
  },
];

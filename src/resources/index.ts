import type { NamespaceTree } from '../core/resource.js';
import { accountLinks } from './account-links.js';
import { accounts } from './accounts.js';
import { balance } from './balance.js';
import { events } from './events.js';
import { authorizations } from './issuing/authorizations.js';
import { cardholders } from './issuing/cardholders.js';
import { cards } from './issuing/cards.js';
import { disputes } from './issuing/disputes.js';
import { personalizationDesigns } from './issuing/personalization-designs.js';
import { physicalBundles } from './issuing/physical-bundles.js';
import { programs } from './issuing/programs.js';
import { tokens } from './issuing/tokens.js';
import { transactions as issuingTransactions } from './issuing/transactions.js';
import { payouts } from './payouts.js';
import { testHelpersIssuing } from './test-helpers/issuing.js';
import { testHelpersTreasury } from './test-helpers/treasury.js';
import { topups } from './topups.js';
import { transfers } from './transfers.js';
import { creditReversals } from './treasury/credit-reversals.js';
import { debitReversals } from './treasury/debit-reversals.js';
import { financialAccounts } from './treasury/financial-accounts.js';
import { inboundTransfers } from './treasury/inbound-transfers.js';
import { outboundPayments } from './treasury/outbound-payments.js';
import { outboundTransfers } from './treasury/outbound-transfers.js';
import { receivedCredits } from './treasury/received-credits.js';
import { receivedDebits } from './treasury/received-debits.js';
import { transactionEntries } from './treasury/transaction-entries.js';
import { transactions as treasuryTransactions } from './treasury/transactions.js';
import { accountLinks as v2AccountLinks } from './v2/core/account-links.js';
import { accounts as v2Accounts } from './v2/core/accounts.js';
import { events as v2Events } from './v2/core/events.js';

/** Every resource of the API, as the client exposes them (`cp.issuing.cards`, …). */
export const api = {
  v2: {
    core: { accounts: v2Accounts, accountLinks: v2AccountLinks, events: v2Events },
  },
  accounts,
  accountLinks,
  events,
  issuing: {
    programs,
    cardholders,
    cards,
    authorizations,
    transactions: issuingTransactions,
    disputes,
    tokens,
    personalizationDesigns,
    physicalBundles,
  },
  treasury: {
    financialAccounts,
    inboundTransfers,
    outboundTransfers,
    outboundPayments,
    receivedCredits,
    receivedDebits,
    creditReversals,
    debitReversals,
    transactions: treasuryTransactions,
    transactionEntries,
  },
  balance,
  topups,
  transfers,
  payouts,
  testHelpers: {
    issuing: testHelpersIssuing,
    treasury: testHelpersTreasury,
  },
} satisfies NamespaceTree;

/** The namespace tree's type. */
export type Api = typeof api;

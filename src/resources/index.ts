import type { NamespaceTree } from '../core/resource.js';
import { accountLinks } from './account-links.js';
import { accountSessions } from './account-sessions.js';
import { accounts } from './accounts.js';
import { balanceTransactions } from './balance-transactions.js';
import { balance } from './balance.js';
import { events } from './events.js';
import { fileLinks } from './file-links.js';
import { files } from './files.js';
import { authorizations } from './issuing/authorizations.js';
import { cardholders } from './issuing/cardholders.js';
import { cards } from './issuing/cards.js';
import { creditUnderwritingRecords } from './issuing/credit-underwriting-records.js';
import { disputeSettlementDetails } from './issuing/dispute-settlement-details.js';
import { disputes } from './issuing/disputes.js';
import { fraudLiabilityDebits } from './issuing/fraud-liability-debits.js';
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
import { accountTokens as v2AccountTokens } from './v2/core/account-tokens.js';
import { accounts as v2Accounts } from './v2/core/accounts.js';
import { eventDestinations as v2EventDestinations } from './v2/core/event-destinations.js';
import { events as v2Events } from './v2/core/events.js';

/** The namespace tree's type, spelled out so declaration files reference each resource by name. */
export type Api = {
  v2: {
    core: {
      accounts: typeof v2Accounts;
      accountLinks: typeof v2AccountLinks;
      accountTokens: typeof v2AccountTokens;
      events: typeof v2Events;
      eventDestinations: typeof v2EventDestinations;
    };
  };
  accounts: typeof accounts;
  accountLinks: typeof accountLinks;
  accountSessions: typeof accountSessions;
  files: typeof files;
  fileLinks: typeof fileLinks;
  events: typeof events;
  issuing: {
    programs: typeof programs;
    cardholders: typeof cardholders;
    cards: typeof cards;
    authorizations: typeof authorizations;
    transactions: typeof issuingTransactions;
    disputes: typeof disputes;
    tokens: typeof tokens;
    personalizationDesigns: typeof personalizationDesigns;
    physicalBundles: typeof physicalBundles;
    creditUnderwritingRecords: typeof creditUnderwritingRecords;
    disputeSettlementDetails: typeof disputeSettlementDetails;
    fraudLiabilityDebits: typeof fraudLiabilityDebits;
  };
  treasury: {
    financialAccounts: typeof financialAccounts;
    inboundTransfers: typeof inboundTransfers;
    outboundTransfers: typeof outboundTransfers;
    outboundPayments: typeof outboundPayments;
    receivedCredits: typeof receivedCredits;
    receivedDebits: typeof receivedDebits;
    creditReversals: typeof creditReversals;
    debitReversals: typeof debitReversals;
    transactions: typeof treasuryTransactions;
    transactionEntries: typeof transactionEntries;
  };
  balance: typeof balance;
  balanceTransactions: typeof balanceTransactions;
  topups: typeof topups;
  transfers: typeof transfers;
  payouts: typeof payouts;
  testHelpers: { issuing: typeof testHelpersIssuing; treasury: typeof testHelpersTreasury };
};

/** Every resource of the API, as the client exposes them (`cp.issuing.cards`, …). */
export const api: Api = {
  v2: {
    core: { accounts: v2Accounts, accountLinks: v2AccountLinks, accountTokens: v2AccountTokens, events: v2Events, eventDestinations: v2EventDestinations },
  },
  accounts,
  accountLinks,
  accountSessions,
  files,
  fileLinks,
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
    creditUnderwritingRecords,
    disputeSettlementDetails,
    fraudLiabilityDebits,
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
  balanceTransactions,
  topups,
  transfers,
  payouts,
  testHelpers: {
    issuing: testHelpersIssuing,
    treasury: testHelpersTreasury,
  },
};

// Compile-time check that the tree only holds resources and namespaces.
const _tree: NamespaceTree = api;
void _tree;

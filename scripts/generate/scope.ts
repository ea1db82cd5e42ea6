/**
 * What the generator reads: every resource of the API this SDK covers, and which of Stripe's two SDKs
 * describes it. `stable` is `stripe` 23.1.0 (its `esm/resources/<file>.d.ts` and `.js`); `preview` is
 * `stripe@20.2.0-alpha.1` (installed as `stripe-preview`: `types/<file>Resource.d.ts` and
 * `cjs/resources/<file>.js`), for what only the preview has at the versions cardplane pins.
 */
export type Source = 'stable' | 'preview';

/** One resource class of an SDK. `name` is the dotted name cardplane gives it (`issuing.cards`). */
export interface ResourceScope {
  readonly name: string;
  readonly source: Source;
  /** The SDK file, without extension, under its resources folder (`Issuing/Cards`). */
  readonly file: string;
  /** Key of `API_VERSIONS` (src/core/versions.ts) pinned on every endpoint of the resource. */
  readonly version?: 'v2Accounts' | 'issuingPrograms' | 'issuingAlpha';
}

const stable = (name: string, file: string): ResourceScope => ({ name, source: 'stable', file });
const preview = (name: string, file: string, version: ResourceScope['version']): ResourceScope => ({ name, source: 'preview', file, version });

export const RESOURCES: readonly ResourceScope[] = [
  // Connect, v1.
  stable('accounts', 'Accounts'),
  stable('accountLinks', 'AccountLinks'),
  stable('accountSessions', 'AccountSessions'),
  stable('files', 'Files'),
  stable('fileLinks', 'FileLinks'),
  stable('events', 'Events'),
  // Accounts v2 at 2025-09-30.preview: the `card_creator` and `storer` configurations are only in the preview SDK.
  preview('v2.core.accounts', 'V2/Core/Accounts', 'v2Accounts'),
  preview('v2.core.accounts.persons', 'V2/Core/Accounts/Persons', 'v2Accounts'),
  preview('v2.core.accounts.personTokens', 'V2/Core/Accounts/PersonTokens', 'v2Accounts'),
  preview('v2.core.accountLinks', 'V2/Core/AccountLinks', 'v2Accounts'),
  preview('v2.core.accountTokens', 'V2/Core/AccountTokens', 'v2Accounts'),
  preview('v2.core.events', 'V2/Core/Events', 'v2Accounts'),
  preview('v2.core.eventDestinations', 'V2/Core/EventDestinations', 'v2Accounts'),
  // Issuing.
  preview('issuing.programs', 'Issuing/Programs', 'issuingPrograms'),
  stable('issuing.cardholders', 'Issuing/Cardholders'),
  stable('issuing.cards', 'Issuing/Cards'),
  stable('issuing.authorizations', 'Issuing/Authorizations'),
  stable('issuing.transactions', 'Issuing/Transactions'),
  stable('issuing.disputes', 'Issuing/Disputes'),
  stable('issuing.tokens', 'Issuing/Tokens'),
  stable('issuing.personalizationDesigns', 'Issuing/PersonalizationDesigns'),
  stable('issuing.physicalBundles', 'Issuing/PhysicalBundles'),
  preview('issuing.creditUnderwritingRecords', 'Issuing/CreditUnderwritingRecords', 'issuingAlpha'),
  preview('issuing.disputeSettlementDetails', 'Issuing/DisputeSettlementDetails', 'issuingAlpha'),
  preview('issuing.fraudLiabilityDebits', 'Issuing/FraudLiabilityDebits', 'issuingAlpha'),
  // Treasury.
  stable('treasury.financialAccounts', 'Treasury/FinancialAccounts'),
  stable('treasury.inboundTransfers', 'Treasury/InboundTransfers'),
  stable('treasury.outboundTransfers', 'Treasury/OutboundTransfers'),
  stable('treasury.outboundPayments', 'Treasury/OutboundPayments'),
  stable('treasury.receivedCredits', 'Treasury/ReceivedCredits'),
  stable('treasury.receivedDebits', 'Treasury/ReceivedDebits'),
  stable('treasury.creditReversals', 'Treasury/CreditReversals'),
  stable('treasury.debitReversals', 'Treasury/DebitReversals'),
  stable('treasury.transactions', 'Treasury/Transactions'),
  stable('treasury.transactionEntries', 'Treasury/TransactionEntries'),
  // Funding.
  stable('balance', 'Balance'),
  stable('balanceTransactions', 'BalanceTransactions'),
  stable('topups', 'Topups'),
  stable('transfers', 'Transfers'),
  stable('payouts', 'Payouts'),
  // Test helpers.
  stable('testHelpers.issuing.authorizations', 'TestHelpers/Issuing/Authorizations'),
  stable('testHelpers.issuing.cards', 'TestHelpers/Issuing/Cards'),
  stable('testHelpers.issuing.personalizationDesigns', 'TestHelpers/Issuing/PersonalizationDesigns'),
  stable('testHelpers.issuing.transactions', 'TestHelpers/Issuing/Transactions'),
  stable('testHelpers.treasury.inboundTransfers', 'TestHelpers/Treasury/InboundTransfers'),
  stable('testHelpers.treasury.outboundTransfers', 'TestHelpers/Treasury/OutboundTransfers'),
  stable('testHelpers.treasury.outboundPayments', 'TestHelpers/Treasury/OutboundPayments'),
  stable('testHelpers.treasury.receivedCredits', 'TestHelpers/Treasury/ReceivedCredits'),
  stable('testHelpers.treasury.receivedDebits', 'TestHelpers/Treasury/ReceivedDebits'),
];

/**
 * SDK files whose objects are typed in full when a field refers to them. An object of any other file
 * (a `Charge`, a `Customer`, …) is typed as the id-or-object `StripeObject` (id, `object`, other keys kept),
 * so that one expandable field does not pull in the whole API.
 */
export const OBJECT_FILES: readonly RegExp[] = [
  /^Issuing\//,
  /^Treasury\//,
  /^TestHelpers\//,
  /^V2\/Core\//,
  /^V2\/(DeletedObject|Amount)/,
  /^(Accounts|AccountLinks|AccountSessions|Persons|Capabilities|ExternalAccounts|BankAccounts|Cards|LoginLinks)$/,
  /^(Files|FileLinks|Events|Balance|BalanceTransactions|Topups|Transfers|TransferReversals|Payouts|shared)$/,
];

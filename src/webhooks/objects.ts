// The resource types carried by events come from the SDK's schemas (`src/schemas/*`). Type-only
// imports: nothing of zod is loaded by `cardplane/webhooks` at run time.
export type { Account, Capability, Person } from '../schemas/accounts.js';
export type { Balance, Topup, Transfer, Payout } from '../schemas/funding.js';
export type { IssuingAuthorization, AuthorizationPendingRequest } from '../schemas/issuing-authorizations.js';
export type { IssuingCard } from '../schemas/issuing-cards.js';
export type { IssuingCardholder } from '../schemas/issuing-cardholders.js';
export type { IssuingTransaction } from '../schemas/issuing-transactions.js';
export type { IssuingDispute } from '../schemas/issuing-disputes.js';
export type { IssuingToken } from '../schemas/issuing-tokens.js';
export type { IssuingPersonalizationDesign } from '../schemas/issuing-physical.js';
export type { FinancialAccount as TreasuryFinancialAccount } from '../schemas/treasury-financial-accounts.js';
export type {
  InboundTransfer as TreasuryInboundTransfer,
  OutboundTransfer as TreasuryOutboundTransfer,
  OutboundPayment as TreasuryOutboundPayment,
  ReceivedCredit as TreasuryReceivedCredit,
  ReceivedDebit as TreasuryReceivedDebit,
  CreditReversal as TreasuryCreditReversal,
  DebitReversal as TreasuryDebitReversal,
} from '../schemas/treasury-money-movement.js';
export type { V2Account } from '../schemas/v2-accounts.js';

/** An object this SDK has no schema for yet: `id` and `object` are typed, other keys are `unknown`. */
export interface LooseObject<O extends string = string> {
  /** Object id. */
  id: string;
  /** The object's type, e.g. `issuing.personalization_design`. */
  object: O;
  [key: string]: unknown;
}


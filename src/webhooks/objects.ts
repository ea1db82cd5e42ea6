// The resource types carried by events are the generated interfaces (`src/generated/types/`). Type-only
// imports: nothing of zod is loaded by `cardplane/webhooks` at run time.
export type { Account, Capability, Person } from '../generated/types/index.js';
export type { Balance, Topup, Transfer, Payout } from '../generated/types/index.js';
export type { IssuingAuthorization, IssuingAuthorizationPendingRequest, IssuingAuthorizationPendingRequest as AuthorizationPendingRequest } from '../generated/types/index.js';
export type { IssuingCard, IssuingCardholder, IssuingTransaction, IssuingDispute, IssuingToken, IssuingPersonalizationDesign } from '../generated/types/index.js';
export type {
  TreasuryFinancialAccount,
  TreasuryInboundTransfer,
  TreasuryOutboundTransfer,
  TreasuryOutboundPayment,
  TreasuryReceivedCredit,
  TreasuryReceivedDebit,
  TreasuryCreditReversal,
  TreasuryDebitReversal,
} from '../generated/types/index.js';
export type { V2Account } from '../helpers/account-types.js';

/** An object this SDK has no schema for yet: `id` and `object` are typed, other keys are `unknown`. */
export interface LooseObject<O extends string = string> {
  /** Object id. */
  id: string;
  /** The object's type, e.g. `issuing.personalization_design`. */
  object: O;
  [key: string]: unknown;
}

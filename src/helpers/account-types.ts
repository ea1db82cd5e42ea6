import type { AccountCapabilities } from '../generated/types/accounts.js';
import type {
  V2CoreAccount,
  V2CoreAccountAppliedConfiguration,
  V2CoreAccountConfiguration,
  V2CoreAccountFutureRequirementsEntry,
  V2CoreAccountRequirementsEntry,
} from '../generated/types/v2-core-accounts.js';

// Types the account helpers name, derived from the generated types (Stripe's facts) so they cannot drift.

/** A v2 account (`v2.core.account`): {@link V2CoreAccount}. */
export type V2Account = V2CoreAccount;

/** A v2 account configuration: `card_creator`, `customer`, `merchant`, `recipient` or `storer`. */
export type V2Configuration = V2CoreAccountAppliedConfiguration;

/** The dotted paths under `capabilities` of a tree of capability objects (a leaf has a `status`). */
export type V2CapabilityPathsOf<T> = T extends object
  ? { [K in keyof T & string]-?: NonNullable<T[K]> extends { status: unknown } ? K : `${K}.${V2CapabilityPathsOf<NonNullable<T[K]>>}` }[keyof T & string]
  : never;

/** Every capability object under a tree of capabilities. */
export type V2CapabilityLeavesOf<T> = T extends object
  ? { [K in keyof T]-?: NonNullable<T[K]> extends { status: unknown } ? NonNullable<T[K]> : V2CapabilityLeavesOf<NonNullable<T[K]>> }[keyof T]
  : never;

/** The `capabilities` tree of a configuration of a v2 account. */
export type V2CapabilitiesOf<C extends V2Configuration> = NonNullable<NonNullable<V2CoreAccountConfiguration[C]>['capabilities']>;

/**
 * The capability paths of a configuration, e.g. `'commercial.stripe.charge_card'` for `card_creator` or
 * `'stripe_balance.stripe_transfers'` for `recipient`; without a configuration, the paths of all of them.
 */
export type V2CapabilityPath<C extends V2Configuration = V2Configuration> = C extends V2Configuration ? V2CapabilityPathsOf<V2CapabilitiesOf<C>> : never;

/** Any capability object of any configuration of a v2 account. */
export type V2AnyCapability = V2CapabilityLeavesOf<V2CapabilitiesOf<V2Configuration>>;

/** The status of a v2 capability (`active`, `pending`, `restricted`, `unsupported`). */
export type V2CapabilityStatus = V2AnyCapability['status'];

/** One capability object of a v2 account: its status and why it is not active. */
export interface V2Capability {
  /** Whether the capability can be used. */
  status: V2CapabilityStatus;
  /** Why the capability is not active, with the resolution Stripe expects. */
  status_details: V2AnyCapability['status_details'];
}

/** One entry of a v2 account's `requirements` or `future_requirements`. */
export type V2RequirementEntry = V2CoreAccountRequirementsEntry | V2CoreAccountFutureRequirementsEntry;

/** A requirement deadline's status: `currently_due`, `eventually_due` or `past_due`. */
export type V2DeadlineStatus = V2RequirementEntry['minimum_deadline']['status'];

/** Who must act on a requirement: `user` or `stripe`. */
export type V2AwaitingActionFrom = V2RequirementEntry['awaiting_action_from'];

/** The name of a v1 account capability (`card_issuing`, `treasury`, `transfers`, …). */
export type V1CapabilityName = keyof AccountCapabilities & string;

/** A capability's status in a v1 account's `capabilities` map: `active`, `inactive` or `pending`. */
export type AccountCapabilitySummaryStatus = NonNullable<AccountCapabilities['card_issuing']>;

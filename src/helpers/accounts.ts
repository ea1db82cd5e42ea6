import type { Account } from '../generated/types/accounts.js';
import type {
  AccountCapabilitySummaryStatus,
  V1CapabilityName,
  V2Account,
  V2AwaitingActionFrom,
  V2Capability,
  V2CapabilityPath,
  V2CapabilityStatus,
  V2Configuration,
  V2DeadlineStatus,
  V2RequirementEntry,
} from './account-types.js';

export type * from './account-types.js';

/**
 * The capability object at `configuration.<configuration>.capabilities.<path>` of a v2 account, or
 * `undefined` when the configuration was not included in the response (`include: ['configuration.<cfg>']`),
 * is not applied, or the capability was never requested. The path must belong to the configuration.
 * @example capabilityOf(account, 'card_creator', 'commercial.stripe.charge_card')?.status_details
 */
export function capabilityOf<C extends V2Configuration>(account: V2Account, configuration: C, path: V2CapabilityPath<C>): V2Capability | undefined {
  let node: unknown = (account.configuration?.[configuration] as { capabilities?: unknown } | null | undefined)?.capabilities;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== null && typeof node === 'object' && 'status' in node ? (node as V2Capability) : undefined;
}

/**
 * The status of one capability of a v2 account (`'active' | 'pending' | 'restricted' | 'unsupported'`)
 * or `undefined` when absent (see {@link capabilityOf}).
 * @example capabilityStatus(account, 'recipient', 'stripe_balance.stripe_transfers') // 'restricted'
 */
export function capabilityStatus<C extends V2Configuration>(account: V2Account, configuration: C, path: V2CapabilityPath<C>): V2CapabilityStatus | undefined {
  return capabilityOf(account, configuration, path)?.status;
}

/**
 * Whether a capability of a v2 account is `active`. The configuration name narrows the allowed paths:
 * `isCapabilityActive(account, 'card_creator', 'stripe_balance.stripe_transfers')` does not compile.
 * Retrieve the account with `include: ['configuration.<cfg>']`, else the answer is `false`.
 * @example if (isCapabilityActive(account, 'card_creator', 'commercial.stripe.charge_card')) { … create cards … }
 */
export function isCapabilityActive<C extends V2Configuration>(account: V2Account, configuration: C, path: V2CapabilityPath<C>): boolean {
  return capabilityStatus(account, configuration, path) === 'active';
}

/** One thing an account must still provide (or Stripe must still review), from {@link awaitingAction}. */
export interface AwaitingAction {
  /** `requirements` (needed now) or `future_requirements` (needed once new rules apply). */
  source: 'requirements' | 'future_requirements';
  /** What is needed, e.g. `identity.attestations.terms_of_service.account`. */
  description: string;
  /** Who must act: `user` (the platform and its account holder) or `stripe`. */
  from: V2AwaitingActionFrom;
  /** By when: the entry's `minimum_deadline.status` (`past_due` is the most urgent). */
  deadline: V2DeadlineStatus;
  /** For `future_requirements`: when they take effect (`minimum_transition_date`, RFC 3339), else `null`. */
  effective_at: string | null;
  /** The capabilities this entry restricts, each with its own deadline status. */
  restricts: Array<{ configuration: string; capability: string; deadline: V2DeadlineStatus }>;
  /** Errors of a previous attempt (e.g. a document that failed verification). */
  errors: Array<{ code: string; description: string }>;
  /** The raw entry. */
  entry: V2RequirementEntry;
}

/** Options of {@link awaitingAction}. */
export interface AwaitingActionOptions {
  /** Only entries awaiting this party. */
  from?: 'user' | 'stripe';
}

const URGENCY: Record<string, number> = { past_due: 0, currently_due: 1, eventually_due: 2 };

/**
 * What a v2 account is waiting for, from whom and by when, from both `requirements` and
 * `future_requirements`, most urgent first (`past_due`, then `currently_due`, `eventually_due`; current
 * requirements before future ones). A section that was not included in the response (`null`) adds nothing:
 * retrieve with `include: ['requirements', 'future_requirements']`.
 * @example
 * const acct = await cp.v2.core.accounts.retrieve(id, { include: ['requirements', 'future_requirements'] });
 * for (const a of awaitingAction(acct, { from: 'user' })) console.log(a.description, a.deadline, a.restricts);
 */
export function awaitingAction(account: V2Account, options: AwaitingActionOptions = {}): AwaitingAction[] {
  const out: AwaitingAction[] = [];
  const add = (source: AwaitingAction['source'], entries: V2RequirementEntry[] | null | undefined, effectiveAt: string | null): void => {
    for (const entry of entries ?? []) {
      if (options.from && entry.awaiting_action_from !== options.from) continue;
      out.push({
        source,
        description: entry.description,
        from: entry.awaiting_action_from,
        deadline: entry.minimum_deadline.status,
        effective_at: effectiveAt,
        restricts: (entry.impact.restricts_capabilities ?? []).map((r) => ({ configuration: r.configuration, capability: r.capability, deadline: r.deadline.status })),
        errors: entry.errors.map((e) => ({ code: e.code, description: e.description })),
        entry,
      });
    }
  };
  add('requirements', account.requirements?.entries, null);
  add('future_requirements', account.future_requirements?.entries, account.future_requirements?.minimum_transition_date ?? null);
  const rank = (a: AwaitingAction): number => (URGENCY[a.deadline] ?? 3) * 2 + (a.source === 'requirements' ? 0 : 1);
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => rank(x.a) - rank(y.a) || x.i - y.i)
    .map(({ a }) => a);
}

/**
 * The status of a capability in a v1 account's `capabilities` summary map (`active`, `inactive`,
 * `pending`), or `undefined` when it was never requested.
 * @example accountCapabilityStatus(account, 'card_issuing') // 'inactive'
 */
export function accountCapabilityStatus(account: Pick<Account, 'capabilities'>, name: V1CapabilityName): AccountCapabilitySummaryStatus | undefined {
  return account.capabilities?.[name];
}

/**
 * Whether Issuing is enabled on a v1 account (`account.capabilities.card_issuing === 'active'`).
 * @example if (!isCardIssuingActive(await cp.accounts.retrieve('acct_123'))) { … collect requirements … }
 */
export function isCardIssuingActive(account: Pick<Account, 'capabilities'>): boolean {
  return accountCapabilityStatus(account, 'card_issuing') === 'active';
}

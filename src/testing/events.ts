import type { MockStore } from './store.js';
import { isObj } from './values.js';

/*
 * The event log of the mock: after each request (and before a real-time authorization request), the
 * store is compared with what it held after the previous one. Each object that appeared or changed
 * writes the v1 events Stripe would write for it (`<type>.created`, `<type>.updated` with
 * `previous_attributes`, and the status events such as `topup.succeeded` or
 * `treasury.outbound_transfer.posted`), under the account that owns the object (`account` set for a
 * connected account); v2 accounts write v2 thin events (`v2.core.account.updated`,
 * `v2.core.account[configuration.card_creator].capability_status_updated`, …). Routes do not write
 * events by hand: a state change is an event.
 */

type Obj = Record<string, unknown>;

/** How the objects of one type turn into v1 events. */
interface Rule {
  /** Event type prefix, e.g. `issuing_card`. */
  prefix: string;
  created?: boolean;
  updated?: boolean;
  /** Event suffix per new `status` value (also written on creation when the object starts in that status). */
  status?: Record<string, string>;
}

const RULES: Record<string, Rule> = {
  'issuing.card': { prefix: 'issuing_card', created: true, updated: true },
  'issuing.cardholder': { prefix: 'issuing_cardholder', created: true, updated: true },
  'issuing.authorization': { prefix: 'issuing_authorization', created: true, updated: true },
  'issuing.transaction': { prefix: 'issuing_transaction', created: true, updated: true },
  'issuing.dispute': {
    prefix: 'issuing_dispute',
    created: true,
    updated: true,
    status: { submitted: 'submitted', won: 'closed', lost: 'closed', expired: 'closed' },
  },
  'issuing.token': { prefix: 'issuing_token', created: true, updated: true },
  'issuing.personalization_design': {
    prefix: 'issuing_personalization_design',
    updated: true,
    status: { active: 'activated', inactive: 'deactivated', rejected: 'rejected' },
  },
  topup: { prefix: 'topup', created: true, status: { succeeded: 'succeeded', failed: 'failed', canceled: 'canceled', reversed: 'reversed' } },
  transfer: { prefix: 'transfer', created: true, updated: true },
  payout: { prefix: 'payout', created: true, updated: true, status: { paid: 'paid', failed: 'failed', canceled: 'canceled' } },
  person: { prefix: 'person', created: true, updated: true },
  account: { prefix: 'account', updated: true },
  'treasury.financial_account': { prefix: 'treasury.financial_account', created: true, status: { closed: 'closed' } },
  'treasury.inbound_transfer': { prefix: 'treasury.inbound_transfer', created: true, status: { succeeded: 'succeeded', failed: 'failed', canceled: 'canceled' } },
  'treasury.outbound_transfer': {
    prefix: 'treasury.outbound_transfer',
    created: true,
    status: { posted: 'posted', failed: 'failed', returned: 'returned', canceled: 'canceled' },
  },
  'treasury.outbound_payment': {
    prefix: 'treasury.outbound_payment',
    created: true,
    status: { posted: 'posted', failed: 'failed', returned: 'returned', canceled: 'canceled' },
  },
  'treasury.received_credit': { prefix: 'treasury.received_credit', created: true, status: { succeeded: 'succeeded', failed: 'failed' } },
  'treasury.received_debit': { prefix: 'treasury.received_debit', created: true },
  'treasury.credit_reversal': { prefix: 'treasury.credit_reversal', created: true, status: { posted: 'posted' } },
  'treasury.debit_reversal': { prefix: 'treasury.debit_reversal', created: true, status: { succeeded: 'completed' } },
};

/** Sections of a v2 account that have their own `v2.core.account[<section>].updated` event. */
const V2_SECTIONS = ['identity', 'defaults', 'requirements', 'future_requirements'] as const;

/** The API request behind a batch of events. */
export interface EventRequestInfo {
  /** `Request-Id` of the request. */
  id: string | null;
  /** Its `Idempotency-Key`, if any. */
  idempotency_key: string | null;
}

/** The Stripe API version the mock's v1 events are written in. */
export const MOCK_EVENT_API_VERSION = '2026-10-28.endive';

const jsonCopy = <T>(v: T): T => JSON.parse(JSON.stringify(v ?? null)) as T;

/** What changed between two JSON values, as Stripe's `previous_attributes`: nested objects show only their changed keys. */
export function previousAttributes(prev: Record<string, unknown>, cur: Record<string, unknown>): Record<string, unknown> {
  const out: Obj = {};
  for (const k of new Set([...Object.keys(prev), ...Object.keys(cur)])) {
    const a = prev[k];
    const b = cur[k];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    out[k] = isObj(a) && isObj(b) ? previousAttributes(a, b) : a === undefined ? null : a;
  }
  return out;
}

/** A leaf capability path → status map of a v2 account's configurations. */
function v2CapabilityStatuses(acct: Obj): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const configuration = isObj(acct.configuration) ? acct.configuration : {};
  for (const [cfg, conf] of Object.entries(configuration)) {
    const walk = (node: unknown, path: string): void => {
      if (!isObj(node)) return;
      if ('status' in node || 'requested' in node) {
        out.set(`${cfg} ${path}`, node.status);
        return;
      }
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(isObj(conf) ? conf.capabilities : undefined, '');
  }
  return out;
}

/** One event about to be written: its type, payload and the account it belongs to. */
interface Pending {
  owner: string;
  v1?: { type: string; object: Obj; previous?: Obj };
  v2?: { type: string; related: { id: string; type: string; url: string }; data?: Obj; changes?: Obj };
}

/** Events derived from one object's change (`prev` undefined: created). */
function eventsFor(owner: string, id: string, prev: Obj | undefined, cur: Obj, full: Obj): Pending[] {
  const out: Pending[] = [];
  const type = String(cur.object);
  if (type === 'v2.core.account') {
    const url = (include?: string): string => `/v2/core/accounts/${id}${include ? `?include=${include}` : ''}`;
    const related = (include?: string) => ({ id, type: 'v2.core.account', url: url(include) });
    if (!prev) {
      out.push({ owner, v2: { type: 'v2.core.account.created', related: related() } });
      return out;
    }
    if (cur.closed === true && prev.closed !== true) out.push({ owner, v2: { type: 'v2.core.account.closed', related: related() } });
    out.push({ owner, v2: { type: 'v2.core.account.updated', related: related(), changes: previousAttributes(prev, cur) } });
    const pc = isObj(prev.configuration) ? prev.configuration : {};
    const cc = isObj(cur.configuration) ? cur.configuration : {};
    for (const cfg of new Set([...Object.keys(pc), ...Object.keys(cc)])) {
      if (JSON.stringify(pc[cfg] ?? null) !== JSON.stringify(cc[cfg] ?? null)) {
        out.push({ owner, v2: { type: `v2.core.account[configuration.${cfg}].updated`, related: related(`configuration.${cfg}`) } });
      }
    }
    const before = v2CapabilityStatuses(prev);
    for (const [key, status] of v2CapabilityStatuses(cur)) {
      if (before.get(key) === status) continue;
      const [cfg, path] = key.split(' ') as [string, string];
      out.push({
        owner,
        v2: {
          type: `v2.core.account[configuration.${cfg}].capability_status_updated`,
          related: related(`configuration.${cfg}`),
          data: { updated_capability: path },
        },
      });
    }
    for (const s of V2_SECTIONS) {
      if (JSON.stringify(prev[s] ?? null) !== JSON.stringify(cur[s] ?? null)) out.push({ owner, v2: { type: `v2.core.account[${s}].updated`, related: related(s) } });
    }
    return out;
  }
  if (type === 'balance') {
    // `balance.available`: the balance changed (the object has no id on the wire).
    if (prev === undefined || JSON.stringify(prev) !== JSON.stringify(cur)) {
      const { id: _id, ...object } = full;
      out.push({ owner, v1: { type: 'balance.available', object } });
    }
    return out;
  }
  if (type === 'deleted_person' && prev?.object === 'person') {
    out.push({ owner, v1: { type: 'person.deleted', object: { ...full, object: 'person', deleted: true } } });
    return out;
  }
  const rule = RULES[type];
  if (!rule) return out;
  // Account events belong to the account itself (Connect webhooks get them with `account` set).
  const eventOwner = type === 'account' ? id : owner;
  if (!prev) {
    if (rule.created) out.push({ owner: eventOwner, v1: { type: `${rule.prefix}.created`, object: full } });
    const s = rule.status?.[String(cur.status)];
    if (s) out.push({ owner: eventOwner, v1: { type: `${rule.prefix}.${s}`, object: full } });
    return out;
  }
  const previous = previousAttributes(prev, cur);
  if (Object.keys(previous).length === 0) return out;
  if (rule.updated) out.push({ owner: eventOwner, v1: { type: `${rule.prefix}.updated`, object: full, previous } });
  if (prev.status !== cur.status) {
    // A dispute decided as it is submitted (the mock's test-mode outcomes) was submitted first.
    if (type === 'issuing.dispute' && prev.status === 'unsubmitted' && cur.status !== 'submitted') {
      out.push({ owner: eventOwner, v1: { type: 'issuing_dispute.submitted', object: full, previous } });
    }
    const s = rule.status?.[String(cur.status)];
    if (s) out.push({ owner: eventOwner, v1: { type: `${rule.prefix}.${s}`, object: full, previous } });
  }
  // A won Issuing dispute gives the money back: Stripe writes `issuing_dispute.funds_reinstated` too.
  if (type === 'issuing.dispute' && prev.status !== 'won' && cur.status === 'won') {
    out.push({ owner: eventOwner, v1: { type: 'issuing_dispute.funds_reinstated', object: full, previous } });
  }
  if (
    type === 'treasury.financial_account' &&
    JSON.stringify(prev.active_features) + JSON.stringify(prev.pending_features) !== JSON.stringify(cur.active_features) + JSON.stringify(cur.pending_features)
  ) {
    out.push({ owner: eventOwner, v1: { type: 'treasury.financial_account.features_status_updated', object: full, previous } });
  }
  if (type === 'account') {
    // capability.updated for each v1 capability whose status changed.
    const pcaps = isObj(prev.capabilities) ? prev.capabilities : {};
    const ccaps = isObj(cur.capabilities) ? cur.capabilities : {};
    for (const name of new Set([...Object.keys(pcaps), ...Object.keys(ccaps)])) {
      if (pcaps[name] === ccaps[name]) continue;
      const requirements = isObj(cur.requirements) ? cur.requirements : null;
      out.push({
        owner: eventOwner,
        v1: {
          type: 'capability.updated',
          object: { id: name, object: 'capability', account: id, requested: name in ccaps, status: ccaps[name] ?? 'unrequested', requirements },
          previous: { status: pcaps[name] ?? 'unrequested' },
        },
      });
    }
  }
  return out;
}

/** A v1 or v2 event just written, with the account it belongs to (`undefined`: the platform). */
export interface WrittenEvent {
  /** The event object (`object: 'event'` or `'v2.core.event'`), as stored. */
  event: Record<string, unknown>;
  /** The connected account the event belongs to. */
  account: string | undefined;
}

const SKIPPED = new Set(['event', 'v2.core.event', 'webhook_endpoint', 'v2.core.event_destination', 'mock.ledger']);

/** Writes the events of every state change of a store (see the module comment). */
export class EventLog {
  readonly #store: MockStore;
  /** Each object as it was after the last flush (nested stored objects as their id). */
  #baseline = new Map<string, string>();
  readonly #listeners: Array<(written: WrittenEvent) => void> = [];

  constructor(store: MockStore) {
    this.#store = store;
  }

  /** Calls `listener` for each event written from now on. */
  subscribe(listener: (written: WrittenEvent) => void): void {
    this.#listeners.push(listener);
  }

  /** Forgets what was seen (after the store is cleared). */
  reset(): void {
    this.#baseline.clear();
  }

  /** Writes the events of every change since the last flush, attributed to `request`; returns them. */
  flush(request: EventRequestInfo | null): WrittenEvent[] {
    const entries = this.#store.entries().filter(([, o]) => !SKIPPED.has(String(o.object)));
    const stored = new Set<unknown>(entries.map(([, o]) => o));
    const flat = (obj: Obj): string => JSON.stringify(obj, (key, value: unknown) => (key !== '' && stored.has(value) && isObj(value) ? `<${String(value.id)}>` : value));
    const pending: Pending[] = [];
    const next = new Map<string, string>();
    for (const [id, obj, owner] of entries) {
      const now = flat(obj);
      next.set(id, now);
      const before = this.#baseline.get(id);
      // Objects seeded by a test straight into the store (no owner) write no events.
      if (before === now || owner === undefined) continue;
      pending.push(...eventsFor(owner, id, before === undefined ? undefined : (JSON.parse(before) as Obj), JSON.parse(now) as Obj, jsonCopy(obj)));
    }
    this.#baseline = next;
    // The balance moves because of the objects of the same request: its event comes after theirs.
    const ordered = [...pending.filter((p) => p.v1?.type !== 'balance.available'), ...pending.filter((p) => p.v1?.type === 'balance.available')];
    return ordered.map((p) => this.#write(p, request));
  }

  /** Writes one v1 event outside a state change (e.g. `issuing_authorization.request`). */
  emit(type: string, object: Obj, account: string | undefined, request: EventRequestInfo | null): WrittenEvent {
    return this.#write({ owner: account ?? '', v1: { type, object: jsonCopy(object) } }, request);
  }

  /** Writes one v2 thin event outside a state change (e.g. `v2.core.event_destination.ping`). */
  emitThin(type: string, related: { id: string; type: string; url: string } | undefined, account: string | undefined, request: EventRequestInfo | null): WrittenEvent {
    return this.#write({ owner: account ?? '', v2: { type, related: related ?? { id: '', type: '', url: '' } } }, request);
  }

  #write(p: Pending, request: EventRequestInfo | null): WrittenEvent {
    const scoped = this.#store.forAccount(p.owner === '' ? undefined : p.owner);
    const account = p.owner === '' ? undefined : p.owner;
    let event: Obj;
    if (p.v1) {
      const data: Obj = { object: p.v1.object };
      if (p.v1.previous) data.previous_attributes = p.v1.previous;
      event = {
        id: scoped.newId('evt_'),
        object: 'event',
        ...(account ? { account } : {}),
        api_version: MOCK_EVENT_API_VERSION,
        created: Math.floor(Date.now() / 1000),
        data,
        livemode: false,
        pending_webhooks: 0,
        request: request ?? { id: null, idempotency_key: null },
        type: p.v1.type,
      };
    } else {
      const v2 = p.v2!;
      event = {
        id: scoped.newId('evt_test_'),
        object: 'v2.core.event',
        type: v2.type,
        created: new Date().toISOString(),
        livemode: false,
        ...(account ? { context: account } : {}),
        ...(v2.related.id ? { related_object: v2.related } : {}),
        ...(request?.id ? { reason: { type: 'request', request: { id: request.id, idempotency_key: request.idempotency_key ?? '' } } } : {}),
        data: v2.data ?? {},
        ...(v2.changes ? { changes: v2.changes } : {}),
      };
    }
    scoped.put(event);
    const written = { event, account };
    for (const l of this.#listeners) l(written);
    return written;
  }
}

/** `types` filter of the event lists: any of the given types (all events when none is given). */
export function ofTypes(items: Record<string, unknown>[], types: unknown): Record<string, unknown>[] {
  if (!Array.isArray(types) || types.length === 0) return items;
  const wanted = new Set(types.map(String));
  return items.filter((e) => wanted.has(String(e.type)));
}

/** `type` filter of `GET /v1/events`: exact, or a `*` wildcard such as `issuing_authorization.*`. */
export function ofType(items: Record<string, unknown>[], type: unknown): Record<string, unknown>[] {
  if (typeof type !== 'string') return items;
  if (!type.includes('*')) return items.filter((e) => e.type === type);
  const pattern = new RegExp(
    `^${type
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return items.filter((e) => pattern.test(String(e.type)));
}

/** Objects and ids shared by a store and every account view of it. */
export interface StoreState {
  objects: Map<string, Record<string, unknown>>;
  /** The account each object was created under (`''` for the platform); absent for objects seeded directly. */
  owners: Map<string, string>;
  /** First answers by idempotency key (scoped by account), for replays. */
  idempotent: Map<string, IdempotentEntry>;
  seq: number;
}

/** The first request made with an idempotency key, and the answer it got. */
export interface IdempotentEntry {
  /** Method, path and body of the first request: a replay must match them. */
  fingerprint: string;
  status: number;
  body: unknown;
  headers?: Record<string, string> | undefined;
}

const ACCOUNT_OBJECTS = new Set(['account', 'v2.core.account']);

/**
 * An in-memory object store for the mock API, keyed by id and remembering insertion order.
 *
 * The mock keeps Stripe's Connect boundary: a route sees the store through {@link MockStore.forAccount}
 * of the request's `Stripe-Account` / `Stripe-Context`, so an object created under one account is
 * invisible to every other account and to the platform (a forgotten `stripeAccount` gets
 * `resource_missing`, as on Stripe). An account object is visible to the platform and to itself.
 * Objects a test puts through the store it got from `createMockStripe()` directly have no owner and
 * are visible everywhere (fixtures seeded by the test).
 */
export class MockStore {
  readonly #state: StoreState;
  /** `undefined`: the unscoped store a test holds; `''`: the platform; else a connected account id. */
  readonly #scope: string | undefined;

  constructor(state?: StoreState, scope?: string) {
    this.#state = state ?? { objects: new Map(), owners: new Map(), idempotent: new Map(), seq: 0 };
    this.#scope = scope;
  }

  /** The view of one account (`undefined` for the platform): what a request made for it can see. */
  forAccount(account: string | undefined): MockStore {
    return new MockStore(this.#state, account ?? '');
  }

  /** The account this view belongs to (`undefined` for the platform or the unscoped store). */
  get account(): string | undefined {
    return this.#scope === '' ? undefined : this.#scope;
  }

  /** A new id with the given prefix (`ic_` → `ic_mock0001…`). */
  newId(prefix: string): string {
    this.#state.seq += 1;
    return `${prefix}mock${String(this.#state.seq).padStart(4, '0')}${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Stores (or replaces) an object under its `id`; in an account view, the object belongs to that account. */
  put<T extends Record<string, unknown>>(obj: T): T {
    const id = String(obj.id);
    this.#state.objects.set(id, obj);
    if (this.#scope !== undefined && !this.#state.owners.has(id)) this.#state.owners.set(id, this.#scope);
    return obj;
  }

  #visible(id: string, obj: Record<string, unknown>): boolean {
    if (this.#scope === undefined) return true;
    const owner = this.#state.owners.get(id);
    if (owner === undefined || owner === this.#scope) return true;
    return ACCOUNT_OBJECTS.has(String(obj.object)) && id === this.#scope;
  }

  /** The object with this id, if stored and visible from this view. */
  get(id: string): Record<string, unknown> | undefined {
    const obj = this.#state.objects.get(id);
    return obj && this.#visible(id, obj) ? obj : undefined;
  }

  /** Whether a connected account with this id was created (v1 or v2). */
  hasAccount(id: string): boolean {
    const obj = this.#state.objects.get(id);
    return obj !== undefined && ACCOUNT_OBJECTS.has(String(obj.object));
  }

  /** Every stored object visible from this view whose `object` field equals `type`, newest first (as Stripe lists). */
  all(type: string): Record<string, unknown>[] {
    return [...this.#state.objects.entries()]
      .filter(([id, o]) => o.object === type && this.#visible(id, o))
      .map(([, o]) => o)
      .reverse();
  }

  /** Every stored object with the account it belongs to (`''` the platform, `undefined` seeded by a test), in insertion order. */
  entries(): Array<[id: string, obj: Record<string, unknown>, owner: string | undefined]> {
    return [...this.#state.objects.entries()].map(([id, o]) => [id, o, this.#state.owners.get(id)]);
  }

  /** The first answer to an idempotency key in this account, if any. */
  idempotentReply(key: string): IdempotentEntry | undefined {
    return this.#state.idempotent.get(`${this.#scope ?? ''}|${key}`);
  }

  /** Remembers the first answer to an idempotency key in this account. */
  rememberIdempotentReply(key: string, entry: IdempotentEntry): void {
    this.#state.idempotent.set(`${this.#scope ?? ''}|${key}`, entry);
  }

  /** Forgets every object and every idempotency key. */
  clear(): void {
    this.#state.objects.clear();
    this.#state.owners.clear();
    this.#state.idempotent.clear();
  }
}

/** An in-memory object store for the mock API, keyed by id and remembering insertion order. */
export class MockStore {
  readonly #objects = new Map<string, Record<string, unknown>>();
  #seq = 0;

  /** A new id with the given prefix (`ic_` → `ic_mock0001…`). */
  newId(prefix: string): string {
    this.#seq += 1;
    return `${prefix}mock${String(this.#seq).padStart(4, '0')}${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Stores (or replaces) an object under its `id`. */
  put<T extends Record<string, unknown>>(obj: T): T {
    this.#objects.set(String(obj.id), obj);
    return obj;
  }

  /** The object with this id, if stored. */
  get(id: string): Record<string, unknown> | undefined {
    return this.#objects.get(id);
  }

  /** Every stored object whose `object` field equals `type`, newest first (as Stripe lists). */
  all(type: string): Record<string, unknown>[] {
    return [...this.#objects.values()].filter((o) => o.object === type).reverse();
  }

  /** Forgets every object. */
  clear(): void {
    this.#objects.clear();
  }
}

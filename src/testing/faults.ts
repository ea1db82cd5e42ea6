/*
 * Faults on purpose: a test scripts a route to fail a number of times (with a status and a Stripe error
 * body), to answer late, or to drop the connection, and then to behave normally again (the request goes
 * on to the mock's routes). Unlike a scripted route (`routes` option), a fault falls through.
 */

/** One scripted fault of `mock.fault(spec)`. */
export interface FaultSpec {
  /** HTTP method to match (default: any). */
  method?: 'GET' | 'POST' | 'DELETE';
  /** Path to match: exact (`/v1/issuing/cards`), with `:name` segments, or a RegExp. */
  path: string | RegExp;
  /** How many matching requests the fault applies to (default 1; `Infinity` for all). */
  times?: number;
  /** Answer with this status instead of the normal answer (e.g. 500, 429, 402). */
  status?: number;
  /** The error body of that answer (default: a Stripe error matching the status). */
  body?: unknown;
  /** Extra headers of that answer (e.g. `{ 'stripe-should-retry': 'true' }`). */
  headers?: Record<string, string>;
  /** Wait this long (ms) before answering (with the fault's status, or the normal answer). */
  delayMs?: number;
  /** Drop the connection: `fetch` rejects (over HTTP the socket is destroyed), no answer is sent. */
  drop?: boolean;
}

/** A fault in place: how often it fired, and a way to take it back. */
export interface Fault {
  /** How many requests it applied to so far. */
  readonly hits: number;
  /** Requests it still applies to. */
  readonly remaining: number;
  /** Removes the fault. */
  remove(): void;
}

/** What the mock does for one request because of a fault. */
export type FaultOutcome = { kind: 'none' } | { kind: 'drop' } | { kind: 'reply'; response: Response } | { kind: 'delay' };

/** Thrown by `mock.fetch` for a dropped connection (like `fetch` on a reset socket). */
export class MockConnectionDropped extends TypeError {
  override name = 'TypeError';
  constructor() {
    super('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
  }
}

const ERROR_TYPES: Record<number, string> = {
  401: 'invalid_request_error',
  402: 'card_error',
  403: 'invalid_request_error',
  409: 'idempotency_error',
  429: 'invalid_request_error',
};

function pattern(path: string | RegExp): RegExp {
  if (path instanceof RegExp) return path;
  return new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, '[^/]+')}$`);
}

interface Entry {
  spec: FaultSpec;
  regex: RegExp;
  hits: number;
  remaining: number;
}

/** The faults of one mock. */
export class MockFaults {
  #entries: Entry[] = [];

  /** Scripts a fault (see {@link FaultSpec}). The first matching fault with requests left applies. */
  add(spec: FaultSpec): Fault {
    const entry: Entry = { spec, regex: pattern(spec.path), hits: 0, remaining: spec.times ?? 1 };
    this.#entries.push(entry);
    return {
      get hits() {
        return entry.hits;
      },
      get remaining() {
        return entry.remaining;
      },
      remove: () => {
        this.#entries = this.#entries.filter((e) => e !== entry);
      },
    };
  }

  /** Removes every fault. */
  clear(): void {
    this.#entries = [];
  }

  /** Applies the fault matching this request, if any (waiting out its delay). */
  async apply(method: string, path: string): Promise<FaultOutcome> {
    const entry = this.#entries.find((e) => e.remaining > 0 && (e.spec.method === undefined || e.spec.method === method) && e.regex.test(path));
    if (!entry) return { kind: 'none' };
    entry.remaining -= 1;
    entry.hits += 1;
    const { spec } = entry;
    if (spec.delayMs !== undefined && spec.delayMs > 0) await new Promise((r) => setTimeout(r, spec.delayMs));
    if (spec.drop) return { kind: 'drop' };
    if (spec.status === undefined) return { kind: 'delay' };
    const status = spec.status;
    const body = spec.body ?? {
      error: {
        type: ERROR_TYPES[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error'),
        message: status === 429 ? 'Too many requests hit the API too quickly.' : `Scripted fault: ${status}.`,
        ...(status === 429 ? { code: 'rate_limit' } : {}),
      },
    };
    const response = new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'request-id': `req_mock_fault_${Math.random().toString(36).slice(2, 10)}`, ...spec.headers },
    });
    return { kind: 'reply', response };
  }
}

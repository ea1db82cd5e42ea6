import type { LogLevel, Logger } from './logger.js';

/** Options accepted by the last argument of every method. */
export interface RequestOptions {
  /** Act as this connected account: `Stripe-Account: acct_…` on v1 calls, `Stripe-Context: acct_…` on v2 calls. Replaces a client-level `stripeContext`. */
  stripeAccount?: string;
  /** Context as a slash path of account ids such as `acct_1/acct_2`, sent as `Stripe-Context` (v1 and v2). Not with `stripeAccount` at the same level. */
  stripeContext?: string;
  /** `Stripe-Version` for this call only; wins over every pin and client default. */
  apiVersion?: string;
  /** Idempotency key for this call (reused by every retry). Generated when omitted. */
  idempotencyKey?: string;
  /** Per-attempt timeout in milliseconds (default: the client's `timeout`). */
  timeout?: number;
  /** How many times to retry a failed attempt (default: the client's `maxRetries`). */
  maxRetries?: number;
  /** Aborts the call, including its retries and backoff waits. */
  signal?: AbortSignal;
  /** Extra request headers (e.g. `Stripe-Request-Trigger`). Cannot replace `Authorization`. */
  headers?: Record<string, string>;
  /**
   * Params the pinned API version's types do not know yet (a field Stripe added since), sent as given
   * **without validation**, merged over the checked params (objects merged key by key). The encoders'
   * safety checks (depth, cycles, key syntax) still apply. Prefer a typed param whenever one exists.
   * @example cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' }, { unvalidatedParams: { new_beta_field: 'x' } })
   */
  unvalidatedParams?: Record<string, unknown>;
}

/** Called once for every attempt of every request (retries included). */
export interface AttemptHooks {
  /** Before an attempt is sent. `request` carries no Authorization header. */
  onRequest?: (info: { method: string; url: string; attempt: number; idempotencyKey: string | undefined }) => void;
  /** After an attempt answered (any status). */
  onResponse?: (info: { method: string; url: string; attempt: number; status: number; requestId: string | undefined; elapsedMs: number }) => void;
}

/** Options of `new Cardplane(…)`. */
export interface ClientOptions {
  /** Secret (`sk_test_…`, `sk_live_…`) or restricted (`rk_…`) key. Never logged or printed. */
  apiKey: string;
  /** API host. Plain `http://` is only allowed for loopback hosts (127.0.0.0/8, `localhost`, `[::1]`). Default `https://api.stripe.com`. */
  baseUrl?: string;
  /**
   * Host of file uploads (`files.create`), checked as `baseUrl` is. Default `https://files.stripe.com`; with a
   * `baseUrl` of your own (a loopback mock, a proxy), that `baseUrl`, as the official SDK does.
   */
  uploadBaseUrl?: string;
  /** `Stripe-Version` for every call, replacing the v1 default and the v2/preview pins. Per-call `apiVersion` still wins. */
  apiVersion?: string;
  /** Retries per call for connection errors, timeouts, 409, 429 and 5xx (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (default 80 000). */
  timeout?: number;
  /** A `fetch` to send requests with. Default: on Node, a built-in node:http fetch with keep-alive (faster than the global `fetch`); elsewhere the global `fetch`. */
  fetch?: typeof fetch;
  /** Log level (default `warn`). */
  logLevel?: LogLevel;
  /** Where log lines go (default `console`). Lines never contain a key. */
  logger?: Logger;
  /** Throw {@link CardplaneResponseError} when a response does not match its schema, instead of logging the drift (for tests). */
  strict?: boolean;
  /** Per-attempt hooks, e.g. for metrics. */
  hooks?: AttemptHooks;
  /** Request options applied to every call of this client (per-call options win). */
  defaults?: RequestOptions;
}

/**
 * Init key under which the transport hands a request's body, headers and attempt count to its own Node
 * fetch, beside ky's `Request` (the transport's `beforeRequest` hook hands ky's normalized options, which hold
 * this key, to the adapter). In a `Request` a string body becomes a stream that is read back, and every header
 * is converted into undici's `Headers` (ky's merge, the `Request`) and read back out. The Node adapter takes
 * the (immutable, re-sendable) string and the plain header record as
 * they are instead, and counts the attempts itself. A `fetch` given by the caller always receives a
 * complete `Request` with its headers and body.
 */
export const BODY_INIT_KEY = 'cardplaneBody';

/** What travels under {@link BODY_INIT_KEY}: one object per call, shared by its attempts. */
export interface OutOfBandInit {
  /** The encoded body (form or JSON text, multipart bytes), when the request has one. */
  readonly body: string | Uint8Array | undefined;
  /** Every request header, lower-cased (holds the key: never log it). */
  readonly headers: Record<string, string>;
  /** Attempts sent so far; the adapter counts them and sends `x-cardplane-retry-count` from the second on. */
  attempts: number;
  /**
   * Per-attempt timeout in ms, run by the adapter (one timer per attempt; ky then runs with `timeout: false`).
   * It rejects with an error named `TimeoutError`, which ky retries and the transport reports as it reports ky's.
   */
  readonly timeout: number;
  /** Whether the caller gave a `signal`: only then does the adapter listen to the Request's (ky aborts it for no other reason when it runs no timer). */
  readonly abortable?: boolean;
  /** The transport's state of the call, for its ky hooks (which then need no per-call `context` option for ky to merge). */
  readonly call?: unknown;
}

/** The error of an attempt that ran past its timeout (ky and the transport recognise it by name, as ky's own). */
export class AttemptTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor(ms: number) {
    super(`Request timed out after ${ms} ms`);
  }
}

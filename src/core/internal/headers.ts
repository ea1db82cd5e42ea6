import { CardplaneConfigurationError } from '../errors.js';
import type { RequestOptions } from '../options.js';
import type { ApiMode } from './api-mode.js';
import { API_VERSIONS, SDK_VERSION } from '../versions.js';

/** Inputs to the header set of one request. */
interface HeaderInput {
  apiKey: string;
  mode: ApiMode;
  hasBody: boolean;
  /** The body's media type when it is not the mode's (a multipart upload names its boundary). */
  contentType?: string | undefined;
  /** The endpoint's pinned `Stripe-Version`, if any. */
  pinnedVersion: string | undefined;
  /** The client's `apiVersion` option, if any. */
  clientVersion: string | undefined;
  options: RequestOptions;
}

const USER_AGENT = `cardplane/${SDK_VERSION}`;

/** Whether this request gets an `Idempotency-Key`: every POST, and v2 DELETEs. */
export function needsIdempotencyKey(method: string, mode: ApiMode): boolean {
  return method === 'POST' || (mode === 'v2' && method === 'DELETE');
}

/** A fresh idempotency key (a v4 UUID, as Stripe recommends). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/** Resolves `Stripe-Version`: per-call option, then client option, then endpoint pin, then the v1 default. */
function resolveVersion(options: RequestOptions, clientVersion: string | undefined, pinned: string | undefined): string {
  return options.apiVersion ?? clientVersion ?? pinned ?? API_VERSIONS.v1;
}

/**
 * The Connect rule, the only place it lives: the header naming the account a call acts for.
 * v2 calls carry `Stripe-Context` (v2 ignores `Stripe-Account`), from `stripeContext` or `stripeAccount`;
 * v1 calls carry `Stripe-Account` from `stripeAccount`, or `Stripe-Context` from `stripeContext` (which
 * Stripe documents as superseding `Stripe-Account`, and which may be a path such as `acct_1/acct_2`).
 * Both at once is ambiguous: {@link CardplaneConfigurationError}, before anything is sent.
 */
function connectHeader(options: RequestOptions, mode: ApiMode): ['stripe-account' | 'stripe-context', string] | undefined {
  const { stripeAccount, stripeContext } = options;
  if (stripeAccount && stripeContext) {
    throw new CardplaneConfigurationError("Pass either stripeAccount or stripeContext, not both (a per-call one replaces the client's; set at the same level, they conflict)");
  }
  if (stripeContext) return ['stripe-context', stripeContext];
  if (stripeAccount) return [mode === 'v2' ? 'stripe-context' : 'stripe-account', stripeAccount];
  return undefined;
}

/** Builds every header of one request. The returned object holds the key: never log it. */
export function buildHeaders(input: HeaderInput, idempotencyKey: string | undefined): Record<string, string> {
  const { options } = input;
  const connect = connectHeader(options, input.mode);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': USER_AGENT,
    'stripe-version': resolveVersion(options, input.clientVersion, input.pinnedVersion),
  };
  if (options.headers) {
    for (const [k, v] of Object.entries(options.headers)) {
      const lower = k.toLowerCase();
      if (lower === 'authorization') throw new CardplaneConfigurationError('The Authorization header comes from apiKey and cannot be overridden');
      headers[lower] = v;
    }
  }
  headers.authorization = `Bearer ${input.apiKey}`;
  if (input.hasBody) headers['content-type'] = input.contentType ?? (input.mode === 'v2' ? 'application/json' : 'application/x-www-form-urlencoded');
  if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
  if (connect) headers[connect[0]] = connect[1];
  return headers;
}

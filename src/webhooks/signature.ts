import { WebhookConfigurationError } from './errors.js';
import { normalizePayload, safeString } from './internal/body.js';
import { signPayload, toHex } from './internal/crypto.js';
import { normalizeSecrets, verifyBody } from './internal/verify.js';

export { DEFAULT_TOLERANCE, parseSignatureHeader } from './header.js';

/** The raw request body exactly as received: a string, or bytes (`Uint8Array`, Node `Buffer`, `ArrayBuffer`). */
export type WebhookPayload = string | Uint8Array | ArrayBuffer;

/**
 * The endpoint's signing secret (`whsec_…`), or several during a secret rotation: a signature
 * made with any of them is accepted.
 */
export type WebhookSecret = string | readonly string[];

/**
 * The `Stripe-Signature` header as frameworks hand it over: a string (`request.headers.get(…)`), or
 * Node's `string | string[] | undefined` (`req.headers['stripe-signature']`; an array must hold exactly one value).
 */
export type SignatureHeader = string | readonly string[] | null | undefined;

/** Options of {@link verify} and of every function that verifies. */
export interface VerifyOptions {
  /**
   * Largest accepted distance, in seconds, between the header's `t` and now, in either direction
   * (older: a replay; newer: a wrong clock). Default 300. `0` disables the check (fixed test vectors).
   */
  tolerance?: number;
  /** The current time in Unix seconds, for tests (default: the system clock). */
  now?: number;
}

/** What a successful verification established. */
export interface VerifiedSignature {
  /** The header's `t`: when Stripe signed (Unix seconds). */
  timestamp: number;
  /** Index of the secret that matched, when several were given (rotation); 0 for a single secret. */
  secretIndex: number;
}

/** A `Stripe-Signature` header, read. */
export interface ParsedSignatureHeader {
  /** `t`: when Stripe signed, Unix seconds. */
  timestamp: number;
  /** Every `v1` value, in order (other schemes such as the test-mode `v0` are ignored). */
  signatures: string[];
}

/** Options of {@link signTestPayload}. */
export interface SignTestPayloadOptions {
  /** The `t` to sign with, Unix seconds (default: now). */
  timestamp?: number;
}

/**
 * Verifies a webhook's `Stripe-Signature` (HMAC-SHA256 over `${t}.${rawBody}`, any `v1` of the header,
 * any of the secrets, constant-time comparison, timestamp within `options.tolerance`, default 300 s).
 * Resolves when authentic; rejects with a {@link WebhookSignatureError} subclass otherwise
 * ({@link WebhookConfigurationError} for a bad secret or option).
 * @example
 * await verify(await request.text(), request.headers.get('stripe-signature'), process.env.STRIPE_WEBHOOK_SECRET!);
 */
export async function verify(rawBody: WebhookPayload, signatureHeader: SignatureHeader, secret: WebhookSecret, options?: VerifyOptions): Promise<VerifiedSignature> {
  const { timestamp, secretIndex } = await verifyBody(rawBody, signatureHeader, secret, options);
  return { timestamp, secretIndex };
}

/**
 * Builds a valid `Stripe-Signature` header for a payload, for tests: `t=<timestamp>,v1=<hex HMAC>`
 * (one `v1` per secret when several are given).
 * @example
 * const header = await signTestPayload(JSON.stringify(event), 'whsec_test');
 * const verified = await constructEvent(JSON.stringify(event), header, 'whsec_test');
 */
export async function signTestPayload(rawBody: WebhookPayload, secret: WebhookSecret, options: SignTestPayloadOptions = {}): Promise<string> {
  const body = normalizePayload(rawBody);
  const secrets = normalizeSecrets(secret);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new WebhookConfigurationError(`timestamp must be Unix seconds, got ${safeString(timestamp)}`);
  const parts = [`t=${timestamp}`];
  for (const s of secrets) parts.push(`v1=${toHex(await signPayload(s, timestamp, body))}`);
  return parts.join(',');
}

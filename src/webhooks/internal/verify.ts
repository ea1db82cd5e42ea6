// The mechanics of signature verification, shared by `verify`, the event parsers and the authorization handler.
import { DEFAULT_TOLERANCE, parseSignatureHeader } from '../header.js';
import type { SignatureHeader, VerifiedSignature, VerifyOptions } from '../signature.js';
import {
  WebhookBodyReserializedError,
  WebhookConfigurationError,
  WebhookHeaderMalformedError,
  WebhookSecretError,
  WebhookSignatureMismatchError,
  WebhookTimestampError,
} from '../errors.js';
import { bodyText, describe, normalizePayload, parseJsonObject, safeString } from './body.js';
import { fromHex32, signPayload, timingSafeEqual } from './crypto.js';

/** The outcome of a verification, with the normalised body for parsing. */
interface VerifiedBody extends VerifiedSignature {
  body: string | Uint8Array;
}

/** Checks the secret(s) and returns them as a list. */
export function normalizeSecrets(secret: unknown): readonly string[] {
  const list: readonly unknown[] = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : [];
  if (list.length === 0) {
    throw new WebhookSecretError(typeof secret === 'string' || Array.isArray(secret) ? 'no secret given' : `expected a string or an array of strings, got ${describe(secret)}`);
  }
  for (const [i, s] of list.entries()) {
    const where = list.length > 1 ? ` (secret #${i})` : '';
    if (typeof s !== 'string') throw new WebhookSecretError(`expected a string${where}, got ${describe(s)}`);
    if (s.trim() === '') throw new WebhookSecretError(`the secret is blank${where}`);
    if (s.trim() !== s) throw new WebhookSecretError(`the secret has leading or trailing whitespace${where} (a newline from an env file?)`);
  }
  return list as readonly string[];
}

/** The tolerance option checked (seconds >= 0; `undefined` is the default, 300): the one place it is checked. */
export function checkTolerance(tolerance: unknown): number {
  const value = tolerance ?? DEFAULT_TOLERANCE;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new WebhookConfigurationError(`tolerance must be a number of seconds >= 0, got ${safeString(value)}`);
  }
  return value;
}

function checkOptions(options: VerifyOptions | undefined): { tolerance: number; now: number } {
  const tolerance = checkTolerance(options?.tolerance);
  const now = options?.now ?? Math.floor(Date.now() / 1000);
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new WebhookConfigurationError(`now must be Unix seconds, got ${safeString(now)}`);
  return { tolerance, now };
}

/** Whether `expected` equals any candidate (each compared in constant time, all of them compared). */
function matchesAny(expected: Uint8Array, candidates: readonly Uint8Array[]): boolean {
  let match = false;
  for (const c of candidates) match = timingSafeEqual(expected, c) || match;
  return match;
}

/**
 * Index of the first secret whose signature is among the candidates, or -1. Synchronous where HMAC is
 * (the runtime's built-in crypto): no promise, no microtask per webhook; a promise through WebCrypto.
 */
function firstMatch(secrets: readonly string[], timestamp: number, body: string | Uint8Array, candidates: readonly Uint8Array[], from = 0): number | Promise<number> {
  for (let i = from; i < secrets.length; i++) {
    const expected = signPayload(secrets[i] as string, timestamp, body);
    if (!(expected instanceof Uint8Array)) return expected.then((e) => (matchesAny(e, candidates) ? i : firstMatch(secrets, timestamp, body, candidates, i + 1)));
    if (matchesAny(expected, candidates)) return i;
  }
  return -1;
}

/** Whether the signature matches the same JSON formatted as Stripe sends it (pretty) or compact: a re-serialised body. */
async function wasReserialized(secrets: readonly string[], timestamp: number, body: string | Uint8Array, candidates: readonly Uint8Array[]): Promise<boolean> {
  const text = bodyText(body);
  let value: Record<string, unknown>;
  try {
    value = parseJsonObject(text);
  } catch {
    return false;
  }
  for (const form of new Set([JSON.stringify(value, null, 2), JSON.stringify(value)])) {
    if (form !== text && (await firstMatch(secrets, timestamp, form, candidates)) !== -1) return true;
  }
  return false;
}

function verified(
  secretIndex: number,
  secrets: readonly string[],
  timestamp: number,
  body: string | Uint8Array,
  candidates: readonly Uint8Array[],
  tolerance: number,
  now: number,
): VerifiedBody | Promise<never> {
  if (secretIndex === -1) {
    return wasReserialized(secrets, timestamp, body, candidates).then((reserialized) => {
      throw reserialized ? new WebhookBodyReserializedError() : new WebhookSignatureMismatchError();
    });
  }
  const age = now - timestamp;
  if (tolerance > 0 && Math.abs(age) > tolerance) throw new WebhookTimestampError(timestamp, age, tolerance);
  return { body, timestamp, secretIndex };
}

/**
 * Verification of a normalised body with secrets and tolerance already checked (a handler checks
 * them once, at creation). Returns synchronously where HMAC is synchronous (the runtime's built-in
 * crypto), else a promise; throws, or rejects with, the {@link WebhookSignatureError} subclasses.
 */
export function verifyChecked(
  body: string | Uint8Array,
  signatureHeader: unknown,
  secrets: readonly string[],
  tolerance: number,
  now: number,
): VerifiedBody | Promise<VerifiedBody> {
  const { timestamp, signatures } = parseSignatureHeader(signatureHeader as SignatureHeader);
  const candidates: Uint8Array[] = [];
  for (const signature of signatures) {
    const bytes = fromHex32(signature);
    if (bytes) candidates.push(bytes);
  }
  if (candidates.length === 0) throw new WebhookHeaderMalformedError('no_v1_signature', 'no v1= signature of 64 hex digits');
  const secretIndex = firstMatch(secrets, timestamp, body, candidates);
  return typeof secretIndex === 'number'
    ? verified(secretIndex, secrets, timestamp, body, candidates, tolerance, now)
    : secretIndex.then((index) => verified(index, secrets, timestamp, body, candidates, tolerance, now));
}

/** Verification returning the normalised body, shared by every entry point. */
export async function verifyBody(rawBody: unknown, signatureHeader: unknown, secret: unknown, options?: VerifyOptions): Promise<VerifiedBody> {
  const body = normalizePayload(rawBody);
  const secrets = normalizeSecrets(secret);
  const { tolerance, now } = checkOptions(options);
  return verifyChecked(body, signatureHeader, secrets, tolerance, now);
}

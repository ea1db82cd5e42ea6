// HMAC-SHA256: synchronous through the runtime's built-in `crypto` module where it hands it out without an
// import (`process.getBuiltinModule`: Node >= 20.16, Bun, Deno), else WebCrypto (globalThis.crypto.subtle:
// older Node 20, browsers, edge workers). No `node:` import may appear in this module.

import { WebhookConfigurationError } from '../errors.js';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Imported HMAC keys, one per secret: importing costs more than signing a small payload. */
const keyCache = new Map<string, Promise<CryptoKey>>();
const KEY_CACHE_LIMIT = 64;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new WebhookConfigurationError('WebCrypto (globalThis.crypto.subtle) is not available in this runtime');
  return s;
}

/** The imported HMAC-SHA256 key of a secret, cached. The whole `whsec_…` string (UTF-8) is the key. */
function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    // A failed import must not stay cached.
    key.catch(() => keyCache.delete(secret));
    keyCache.set(secret, key);
  }
  return key;
}

/** UTF-8 bytes of `${timestamp}.` followed by the raw body (bytes kept as they are). */
function signedPayload(timestamp: number, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(`${timestamp}.${body}`);
  const prefix = encoder.encode(`${timestamp}.`);
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

interface BuiltinHmac {
  update(data: string | Uint8Array): BuiltinHmac;
  digest(): Uint8Array;
}
interface BuiltinCrypto {
  createHmac(algorithm: 'sha256', key: string): BuiltinHmac;
}

/**
 * The runtime's built-in `crypto` module, when available without an import. Node runs WebCrypto's
 * `sign` on its libuv thread pool: each HMAC waits for a pool thread and an event-loop wake-up, which on
 * a busy machine costs 2–4 ms for a few percent of webhooks (p99). `createHmac` signs a 6 KB body in
 * about 6 µs on the calling thread.
 */
const builtinCrypto: BuiltinCrypto | undefined = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = typeof proc?.getBuiltinModule === 'function' ? proc.getBuiltinModule('crypto') : undefined;
    return typeof (mod as Partial<BuiltinCrypto> | undefined)?.createHmac === 'function' ? (mod as BuiltinCrypto) : undefined;
  } catch {
    return undefined;
  }
})();

/** HMAC-SHA256 of `message` under `secret` (the secret's UTF-8 bytes are the key): 32 bytes. */
export async function hmacSha256(secret: string, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (builtinCrypto) return builtinCrypto.createHmac('sha256', secret).update(message).digest();
  const key = await hmacKey(secret);
  return new Uint8Array(await subtle().sign('HMAC', key, message));
}

/**
 * The `v1` signature of a payload: HMAC-SHA256 under `secret` of `${timestamp}.` followed by the raw body.
 * Synchronous with the built-in module (prefix and body fed in turn: the body is neither copied nor
 * re-encoded), a promise through WebCrypto otherwise (which needs the joined bytes).
 */
export function signPayload(secret: string, timestamp: number, body: string | Uint8Array): Uint8Array | Promise<Uint8Array> {
  if (builtinCrypto) return builtinCrypto.createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
  return hmacSha256(secret, signedPayload(timestamp, body));
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b];
  return out;
}

function nibble(c: number): number {
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 97 && c <= 102) return c - 87; // a-f (Stripe sends lower case; upper case is refused as the SDKs do)
  return -1;
}

/** 32 bytes from 64 lower-case hex digits, or `undefined` when the text is not exactly that. */
export function fromHex32(text: string): Uint8Array | undefined {
  if (text.length !== 64) return undefined;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    const hi = nibble(text.charCodeAt(2 * i));
    const lo = nibble(text.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

/** Constant-time equality of two byte strings (time depends on the length only). */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

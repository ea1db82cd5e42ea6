// What a webhook body is and how it reads: shared by verification, the event parse and the handler.
import { WebhookEventError, WebhookPayloadTypeError } from '../errors.js';

const decoder = new TextDecoder();

/** The body as text (bytes decoded as UTF-8). */
export function bodyText(body: string | Uint8Array): string {
  return typeof body === 'string' ? body : decoder.decode(body);
}

/** What a value is, for messages (never its content). */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'a parsed object';
  return typeof value;
}

/** `String(value)` for primitives, a description otherwise (never throws, never calls user code). */
export function safeString(value: unknown): string {
  return value === null || (typeof value !== 'object' && typeof value !== 'function') ? String(value) : describe(value);
}

/** Accepts a string or bytes; anything else is a `WebhookPayloadTypeError`. */
export function normalizePayload(raw: unknown): string | Uint8Array {
  if (typeof raw === 'string') return raw;
  if (raw instanceof Uint8Array) return raw;
  if (ArrayBuffer.isView(raw)) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (Object.prototype.toString.call(raw) === '[object ArrayBuffer]') return new Uint8Array(raw as ArrayBuffer);
  throw new WebhookPayloadTypeError(describe(raw));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The one JSON parse of a webhook body: a JSON object, else a `WebhookEventError`. */
export function parseJsonObject(body: string | Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(bodyText(body));
  } catch (cause) {
    throw new WebhookEventError('the body is not JSON', { cause });
  }
  if (!isRecord(value)) throw new WebhookEventError('the body is not a JSON object');
  return value;
}

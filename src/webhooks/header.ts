// The `Stripe-Signature` header: how it reads, and how far its timestamp may be from now.
import { WebhookHeaderMalformedError, WebhookHeaderMissingError } from './errors.js';
import { describe } from './internal/body.js';
import type { ParsedSignatureHeader, SignatureHeader } from './signature.js';

/** Default tolerance between the signature's timestamp and now, in seconds (as Stripe's SDKs). */
export const DEFAULT_TOLERANCE = 300;

/**
 * Reads a `Stripe-Signature` header (`t=…,v1=…[,v1=…][,v0=…]`). Throws
 * {@link WebhookHeaderMissingError} or {@link WebhookHeaderMalformedError}.
 * @example parseSignatureHeader('t=1700000000,v1=1e05…') // { timestamp: 1700000000, signatures: ['1e05…'] }
 */
export function parseSignatureHeader(input: SignatureHeader): ParsedSignatureHeader {
  const header: unknown = Array.isArray(input) && input.length === 1 ? input[0] : input;
  if (header === undefined || header === null || (typeof header === 'string' && header.trim() === '')) throw new WebhookHeaderMissingError();
  if (typeof header !== 'string') {
    throw new WebhookHeaderMalformedError(
      'bad_item',
      Array.isArray(header) ? `${header.length} Stripe-Signature headers instead of one` : `expected a string, got ${describe(header)}`,
    );
  }
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq === -1) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,15}$/.test(value)) throw new WebhookHeaderMalformedError('bad_timestamp', 't must be Unix seconds');
      const t = Number(value);
      if (timestamp !== undefined && timestamp !== t) throw new WebhookHeaderMalformedError('duplicate_timestamp', 'more than one t');
      timestamp = t;
    } else if (key === 'v1') {
      signatures.push(value);
    }
  }
  if (timestamp === undefined) throw new WebhookHeaderMalformedError('no_timestamp', 'no t= timestamp');
  if (signatures.length === 0) throw new WebhookHeaderMalformedError('no_v1_signature', 'no v1= signature (other schemes such as v0 are not accepted)');
  return { timestamp, signatures };
}

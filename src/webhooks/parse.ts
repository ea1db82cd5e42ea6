import type { StripeEvent, ThinEventNotification } from './events.js';
import { normalizePayload, parseJsonObject } from './internal/body.js';
import { asEventNotification, asSnapshotEvent, parseEventNotification, parseSnapshotEvent } from './internal/envelope.js';
import { verifyBody } from './internal/verify.js';
import type { SignatureHeader, VerifyOptions, WebhookPayload, WebhookSecret } from './signature.js';

/**
 * Verifies the signature (see {@link verify}), then parses the body into a typed v1 (snapshot) event
 * that narrows on `type`. Rejects with a {@link WebhookSignatureError} subclass when the webhook is not
 * authentic, with a {@link WebhookEventError} when the authentic body is not a v1 event.
 * The envelope is checked; `data.object` is typed, not validated field by field.
 * @example
 * const event = await constructEvent(await request.text(), request.headers.get('stripe-signature'), secret);
 * if (event.type === 'issuing_card.created') console.log(event.data.object.id);
 */
export async function constructEvent(rawBody: WebhookPayload, signatureHeader: SignatureHeader, secret: WebhookSecret, options?: VerifyOptions): Promise<StripeEvent> {
  const { body } = await verifyBody(rawBody, signatureHeader, secret, options);
  return parseSnapshotEvent(body);
}

/**
 * Verifies the signature, then parses a v2 thin event notification (`object: 'v2.core.event'`).
 * Fetch its details with {@link fetchEvent} / {@link fetchRelatedObject}.
 * @example
 * const note = await constructEventNotification(body, header, secret);
 * if (note.type === 'v2.core.account[configuration.card_creator].capability_status_updated') {
 *   const account = await fetchRelatedObject(cp, note);
 * }
 */
export async function constructEventNotification(
  rawBody: WebhookPayload,
  signatureHeader: SignatureHeader,
  secret: WebhookSecret,
  options?: VerifyOptions,
): Promise<ThinEventNotification> {
  const { body } = await verifyBody(rawBody, signatureHeader, secret, options);
  return parseEventNotification(body);
}

/**
 * Parses a v1 event or a v2 thin notification **without checking its signature**. Anyone can POST
 * such a body to your endpoint: only use this on a payload whose origin is established otherwise
 * (e.g. one you fetched from the API yourself, or a fixture). Tell the two kinds apart by `object`.
 * Throws {@link WebhookPayloadTypeError} or {@link WebhookEventError}.
 */
export function parseWithoutVerifying(rawBody: WebhookPayload): StripeEvent | ThinEventNotification {
  const value = parseJsonObject(normalizePayload(rawBody));
  return value.object === 'v2.core.event' ? asEventNotification(value) : asSnapshotEvent(value);
}

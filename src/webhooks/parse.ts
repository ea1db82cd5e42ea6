import { WebhookEventError } from './errors.js';
import type { StripeEvent, ThinEventNotification } from './events.js';
import { bodyText, normalizePayload, verifyBody, type SignatureHeader, type VerifyOptions, type WebhookPayload, type WebhookSecret } from './signature.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new WebhookEventError('the body is not JSON', { cause });
  }
  if (!isRecord(value)) throw new WebhookEventError('the body is not a JSON object');
  return value;
}

/** @internal Checks the envelope of a v1 snapshot event. */
export function asSnapshotEvent(value: Record<string, unknown>): StripeEvent {
  if (value.object === 'v2.core.event') {
    throw new WebhookEventError('this is a thin event notification (object "v2.core.event"): use constructEventNotification()');
  }
  if (value.object !== 'event') throw new WebhookEventError(`expected object "event", got ${JSON.stringify(value.object) ?? 'none'}`);
  if (typeof value.id !== 'string' || value.id === '') throw new WebhookEventError('no event id');
  if (typeof value.type !== 'string' || value.type === '') throw new WebhookEventError('no event type');
  if (!isRecord(value.data) || !isRecord(value.data.object)) throw new WebhookEventError('no data.object');
  return value as unknown as StripeEvent;
}

/** @internal Checks the envelope of a v2 thin event notification. */
export function asEventNotification(value: Record<string, unknown>): ThinEventNotification {
  if (value.object === 'event') {
    throw new WebhookEventError('this is a v1 snapshot event (object "event"): use constructEvent()');
  }
  if (value.object !== 'v2.core.event') throw new WebhookEventError(`expected object "v2.core.event", got ${JSON.stringify(value.object) ?? 'none'}`);
  if (typeof value.id !== 'string' || value.id === '') throw new WebhookEventError('no event id');
  if (typeof value.type !== 'string' || value.type === '') throw new WebhookEventError('no event type');
  const related = value.related_object;
  if (related !== undefined && related !== null && (!isRecord(related) || typeof related.url !== 'string' || typeof related.id !== 'string')) {
    throw new WebhookEventError('related_object must carry an id and a url');
  }
  if (value.context !== undefined && value.context !== null && typeof value.context !== 'string') throw new WebhookEventError('context must be a string');
  return value as unknown as ThinEventNotification;
}

/**
 * Verifies the signature (see {@link verify}), then parses the body into a typed v1 (snapshot) event
 * that narrows on `type`. Rejects with a {@link WebhookSignatureError} subclass when the webhook is not
 * authentic, with a {@link WebhookEventError} when the authentic body is not a v1 event.
 * The envelope is checked; `data.object` is typed, not validated field by field.
 * @example
 * const event = await constructEvent(await request.text(), request.headers.get('stripe-signature'), secret);
 * if (event.type === 'issuing_card.created') console.log(event.data.object.id);
 */
export async function constructEvent(
  rawBody: WebhookPayload,
  signatureHeader: SignatureHeader,
  secret: WebhookSecret,
  options?: VerifyOptions,
): Promise<StripeEvent> {
  const { body } = await verifyBody(rawBody, signatureHeader, secret, options);
  return asSnapshotEvent(parseJson(bodyText(body)));
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
  return asEventNotification(parseJson(bodyText(body)));
}

/**
 * Parses a v1 event or a v2 thin notification **without checking its signature**. Anyone can POST
 * such a body to your endpoint: only use this on a payload whose origin is established otherwise
 * (e.g. one you fetched from the API yourself, or a fixture). Tell the two kinds apart by `object`.
 * Throws {@link WebhookPayloadTypeError} or {@link WebhookEventError}.
 */
export function parseWithoutVerifying(rawBody: WebhookPayload): StripeEvent | ThinEventNotification {
  const value = parseJson(bodyText(normalizePayload(rawBody)));
  return value.object === 'v2.core.event' ? asEventNotification(value) : asSnapshotEvent(value);
}

// The event envelope checks and the one event parse, shared by the public parsers and the authorization handler.
import { WebhookEventError } from '../errors.js';
import type { StripeEvent, ThinEventNotification } from '../events.js';
import { isRecord, parseJsonObject } from './body.js';

/** Checks the envelope of a v1 snapshot event. */
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

/** Checks the envelope of a v2 thin event notification. */
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

/** A verified body read as a v1 snapshot event: the one JSON parse and envelope check of every path. */
export function parseSnapshotEvent(body: string | Uint8Array): StripeEvent {
  return asSnapshotEvent(parseJsonObject(body));
}

/** A verified body read as a v2 thin event notification. */
export function parseEventNotification(body: string | Uint8Array): ThinEventNotification {
  return asEventNotification(parseJsonObject(body));
}

import type { Cardplane } from '../client.js';
import type { RequestOptions } from '../core/options.js';
import { WebhookEventError } from './errors.js';
import type { EventNotification, RelatedObjectOf, V2Event } from './events.js';

/** The part of a client {@link fetchEvent} and {@link fetchRelatedObject} use (any `Cardplane`, also `forAccount(…)`). */
export type EventFetchClient = Pick<Cardplane, 'rawRequest' | 'v2'>;

function eventOptions(notification: EventNotification<string>, options: RequestOptions | undefined): RequestOptions {
  const merged: RequestOptions = { ...options, headers: { 'Stripe-Request-Trigger': `event=${notification.id}`, ...options?.headers } };
  if (notification.context && !options?.stripeContext && !options?.stripeAccount) merged.stripeContext = notification.context;
  return merged;
}

/**
 * Fetches the full v2 event behind a thin notification (`GET /v2/core/events/{id}`, with the
 * notification's `context` as `Stripe-Context`), typed by the notification's `type`.
 * @example
 * const note = await constructEventNotification(body, header, secret);
 * const event = await fetchEvent(cp, note); // event.data, event.changes
 */
export async function fetchEvent<T extends string>(cp: EventFetchClient, notification: EventNotification<T>, options?: RequestOptions): Promise<V2Event<T>> {
  const event = await cp.v2.core.events.retrieve(notification.id, {}, eventOptions(notification, options));
  return event as unknown as V2Event<T>;
}

/**
 * Fetches the object a thin notification points at: `GET related_object.url` with
 * `Stripe-Context: <context>` and `Stripe-Request-Trigger: event=<id>`, as Stripe's SDKs do.
 * The result is typed by the notification's `type` (e.g. a v2 account for `v2.core.account[…]…` events);
 * it is not validated against a schema.
 * Rejects with {@link WebhookEventError} when the notification has no `related_object`.
 * @example
 * if (note.type === 'v2.core.account[configuration.card_creator].capability_status_updated') {
 *   const account = await fetchRelatedObject(cp, note);
 * }
 */
export async function fetchRelatedObject<T extends string>(cp: EventFetchClient, notification: EventNotification<T>, options?: RequestOptions): Promise<RelatedObjectOf<T>> {
  const url = notification.related_object?.url;
  if (typeof url !== 'string' || url === '') throw new WebhookEventError(`event ${notification.id} (${notification.type}) has no related_object to fetch`);
  return cp.rawRequest<RelatedObjectOf<T>>('GET', url, undefined, eventOptions(notification, options));
}

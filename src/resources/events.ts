import { z } from 'zod';
import { defineResource, get, list } from '../core/resource.js';
import { Id, RangeQuery, Timestamp, V1ListParams, V1RetrieveParams } from '../schemas/common.js';
import type { StripeEvent } from '../webhooks/events.js';

/**
 * The envelope of a v1 (snapshot) event (`object: 'event'`), checked at run time; the result is typed as
 * {@link StripeEvent}, a union discriminated on `type` whose `data.object` narrows (see `cardplane/webhooks`).
 */
export const StripeEventSchema = z.object({
  id: Id,
  object: z.literal('event'),
  api_version: z.string().nullable().optional(),
  created: Timestamp,
  data: z.object({ object: z.record(z.string(), z.unknown()), previous_attributes: z.record(z.string(), z.unknown()).optional() }),
  livemode: z.boolean(),
  pending_webhooks: z.number().int().optional(),
  request: z.object({ id: z.string().nullable(), idempotency_key: z.string().nullable() }).nullable().optional(),
  type: z.string(),
  account: z.string().optional(),
  context: z.string().optional(),
}) as unknown as z.ZodType<StripeEvent>;

/** Params of `events.list`. */
export const EventListParamsSchema = z.strictObject({
  ...V1ListParams,
  /** Only events of this type (`*` wildcards allowed, e.g. `issuing_authorization.*`). */
  type: z.string().min(1).optional(),
  /** Only events of these types (up to 20). */
  types: z.array(z.string().min(1)).max(20).optional(),
  /** Filter on `created` (Unix seconds, or a range). */
  created: RangeQuery.optional(),
  /** Only events whose webhooks were (not) all delivered. */
  delivery_success: z.boolean().optional(),
});
/** Params of `events.list`. */
export type EventListParams = z.input<typeof EventListParamsSchema>;

/** v1 events (snapshot webhooks), kept 30 days. */
export const events = defineResource('events', {
  /**
   * Retrieves an event. `GET /v1/events/{id}`
   * @example const event = await cp.events.retrieve('evt_123'); if (event.type === 'issuing_card.created') event.data.object.id;
   */
  retrieve: get('/v1/events/{id}', { params: V1RetrieveParams, returns: StripeEventSchema }),
  /**
   * Lists events, newest first. `GET /v1/events`
   * @example for await (const e of cp.events.list({ type: 'issuing_authorization.*', limit: 100 })) {}
   */
  list: list('/v1/events', { params: EventListParamsSchema, returns: StripeEventSchema }),
});

import * as z from 'zod/mini';
import type { StripeEvent, V2Event } from '../webhooks/events.js';
import { Id, RangeQuery, Rfc3339, Timestamp, V1ListParams, object } from './common.js';

/**
 * The envelope of a v1 (snapshot) event (`object: 'event'`), checked at run time; the result is typed as
 * {@link StripeEvent}, a union discriminated on `type` whose `data.object` narrows (see `cardplane/webhooks`).
 */
export const StripeEventSchema = object({
  id: Id,
  object: z.literal('event'),
  api_version: z.optional(z.nullable(z.string())),
  created: Timestamp,
  data: object({ object: z.record(z.string(), z.unknown()), previous_attributes: z.optional(z.record(z.string(), z.unknown())) }),
  livemode: z.boolean(),
  pending_webhooks: z.optional(z.int()),
  request: z.optional(z.nullable(object({ id: z.nullable(z.string()), idempotency_key: z.nullable(z.string()) }))),
  type: z.string(),
  account: z.optional(z.string()),
  context: z.optional(z.string()),
}) as unknown as z.ZodMiniType<StripeEvent>;

/** Params of `events.list`. */
export const EventListParamsSchema = z.strictObject({
  ...V1ListParams,
  /** Only events of this type (`*` wildcards allowed, e.g. `issuing_authorization.*`). */
  type: z.optional(z.string().check(z.minLength(1))),
  /** Only events of these types (up to 20). */
  types: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(20))),
  /** Filter on `created` (Unix seconds, or a range). */
  created: z.optional(RangeQuery),
  /** Only events whose webhooks were (not) all delivered. */
  delivery_success: z.optional(z.boolean()),
});
/** Params of `events.list`. */
export type EventListParams = z.input<typeof EventListParamsSchema>;

const RelatedObjectSchema = object({ id: z.string(), type: z.string(), url: z.string() });

/**
 * The envelope of a full v2 event (`object: 'v2.core.event'`), checked at run time; the result is typed as
 * {@link V2Event}, a union discriminated on `type` (see `cardplane/webhooks`).
 */
export const V2EventSchema = object({
  id: Id,
  object: z.literal('v2.core.event'),
  type: z.string(),
  created: Rfc3339,
  livemode: z.optional(z.boolean()),
  context: z.optional(z.nullable(z.string())),
  related_object: z.optional(z.nullable(RelatedObjectSchema)),
  reason: z.optional(z.nullable(object({ type: z.string() }))),
  data: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  changes: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  snapshot_event: z.optional(z.nullable(z.string())),
}) as unknown as z.ZodMiniType<V2Event>;

/** Params of `v2.core.events.list`. */
export const V2EventListParamsSchema = z.strictObject({
  /** Only events about this object (e.g. an account id). */
  object_id: z.optional(z.string().check(z.minLength(1))),
  /** Only events of these types. */
  types: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** RFC 3339 bounds on `created`. */
  created: z.optional(z.strictObject({ gt: z.optional(Rfc3339), gte: z.optional(Rfc3339), lt: z.optional(Rfc3339), lte: z.optional(Rfc3339) })),
  /** Page size (1–100). */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
/** Params of `v2.core.events.list`. */
export type V2EventListParams = z.input<typeof V2EventListParamsSchema>;


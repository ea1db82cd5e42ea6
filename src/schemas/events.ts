import * as z from 'zod';
import type { StripeEvent, V2Event } from '../webhooks/events.js';
import { Id, RangeQuery, Rfc3339, Timestamp, V1ListParams } from './common.js';

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

const RelatedObjectSchema = z.object({ id: z.string(), type: z.string(), url: z.string() });

/**
 * The envelope of a full v2 event (`object: 'v2.core.event'`), checked at run time; the result is typed as
 * {@link V2Event}, a union discriminated on `type` (see `cardplane/webhooks`).
 */
export const V2EventSchema = z.object({
  id: Id,
  object: z.literal('v2.core.event'),
  type: z.string(),
  created: Rfc3339,
  livemode: z.boolean().optional(),
  context: z.string().nullable().optional(),
  related_object: RelatedObjectSchema.nullable().optional(),
  reason: z.object({ type: z.string() }).nullable().optional(),
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  changes: z.record(z.string(), z.unknown()).nullable().optional(),
  snapshot_event: z.string().nullable().optional(),
}) as unknown as z.ZodType<V2Event>;

/** Params of `v2.core.events.list`. */
export const V2EventListParamsSchema = z.strictObject({
  /** Only events about this object (e.g. an account id). */
  object_id: z.string().min(1).optional(),
  /** Only events of these types. */
  types: z.array(z.string().min(1)).optional(),
  /** RFC 3339 bounds on `created`. */
  created: z.strictObject({ gt: Rfc3339.optional(), gte: Rfc3339.optional(), lt: Rfc3339.optional(), lte: Rfc3339.optional() }).optional(),
  /** Page size (1–100). */
  limit: z.number().int().min(1).max(100).optional(),
});
/** Params of `v2.core.events.list`. */
export type V2EventListParams = z.input<typeof V2EventListParamsSchema>;


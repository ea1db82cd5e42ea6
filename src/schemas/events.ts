import * as z from 'zod/mini';
import type { StripeEvent, V2Event } from '../webhooks/events.js';
import { Id, Rfc3339, Timestamp, object } from './common.js';

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

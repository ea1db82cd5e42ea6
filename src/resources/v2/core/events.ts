import { z } from 'zod';
import { defineResource, get, list } from '../../../core/resource.js';
import { API_VERSIONS } from '../../../core/versions.js';
import { Id, Rfc3339 } from '../../../schemas/common.js';
import type { V2Event } from '../../../webhooks/events.js';

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

const version = API_VERSIONS.v2Accounts;

/** v2 events: fetch the full event behind a thin event notification (kept 30 days). */
export const events = defineResource('v2.core.events', {
  /**
   * Retrieves a full v2 event (`data`, `changes`) by id. Pass the notification's `context` as
   * `stripeContext` for events of a connected account. `GET /v2/core/events/{id}`
   * @example await cp.v2.core.events.retrieve('evt_123', { stripeContext: 'acct_123' })
   */
  retrieve: get('/v2/core/events/{id}', { returns: V2EventSchema, version }),
  /**
   * Lists v2 events, newest first. `GET /v2/core/events`
   * @example for await (const e of cp.v2.core.events.list({ object_id: 'acct_123' })) {}
   */
  list: list('/v2/core/events', { params: V2EventListParamsSchema, returns: V2EventSchema, version }),
});

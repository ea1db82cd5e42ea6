import { defineResource, get, list } from '../core/resource.js';
import { V1RetrieveParams } from '../schemas/common.js';
import { EventListParamsSchema, StripeEventSchema } from '../schemas/events.js';

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

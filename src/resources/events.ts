import { eventsList, eventsRetrieve } from '../generated/endpoints/events.js';
import { defineResource } from '../core/resource.js';

/** v1 events (snapshot webhooks), kept 30 days. */
export const events = defineResource('events', {
  /**
   * Retrieves an event. `GET /v1/events/{id}`
   * @example const event = await cp.events.retrieve('evt_123'); if (event.type === 'issuing_card.created') event.data.object.id;
   */
  retrieve: eventsRetrieve,
  /**
   * Lists events, newest first. `GET /v1/events`
   * @example for await (const e of cp.events.list({ type: 'issuing_authorization.*', limit: 100 })) {}
   */
  list: eventsList,
});

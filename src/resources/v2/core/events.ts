import { v2CoreEventsList, v2CoreEventsRetrieve } from '../../../generated/endpoints/v2-core-events.js';
import { defineResource } from '../../../core/resource.js';

/** v2 events: fetch the full event behind a thin event notification (kept 30 days). */
export const events = defineResource('v2.core.events', {
  /**
   * Retrieves a full v2 event (`data`, `changes`) by id. Pass the notification's `context` as
   * `stripeContext` for events of a connected account. `GET /v2/core/events/{id}`
   * @example await cp.v2.core.events.retrieve('evt_123', { stripeContext: 'acct_123' })
   */
  retrieve: v2CoreEventsRetrieve,
  /**
   * Lists v2 events, newest first. `GET /v2/core/events`
   * @example for await (const e of cp.v2.core.events.list({ object_id: 'acct_123' })) {}
   */
  list: v2CoreEventsList,
});

import {
  v2CoreEventDestinationsCreate,
  v2CoreEventDestinationsDel,
  v2CoreEventDestinationsDisable,
  v2CoreEventDestinationsEnable,
  v2CoreEventDestinationsList,
  v2CoreEventDestinationsPing,
  v2CoreEventDestinationsRetrieve,
  v2CoreEventDestinationsUpdate,
} from '../../../generated/endpoints/v2-core-event-destinations.js';
import { defineResource } from '../../../core/resource.js';

/** Event destinations (v2): where Stripe sends the events of your account and its connected accounts (a webhook endpoint or Amazon EventBridge). */
export const eventDestinations = defineResource('v2.core.eventDestinations', {
  /**
   * Creates an event destination.
   * `POST /v2/core/event_destinations`
   * @example cp.v2.core.eventDestinations.create({
   *   name: 'issuing', type: 'webhook_endpoint', event_payload: 'thin', events_from: ['other_accounts'],
   *   enabled_events: ['v2.core.account[requirements].updated'], webhook_endpoint: { url: 'https://example.com/hooks' },
   * })
   */
  create: v2CoreEventDestinationsCreate,
  /**
   * Retrieves an event destination; `include: ['webhook_endpoint.url']` returns the URL too.
   * `GET /v2/core/event_destinations/{event_destination}`
   */
  retrieve: v2CoreEventDestinationsRetrieve,
  /** Updates an event destination. `POST /v2/core/event_destinations/{event_destination}` */
  update: v2CoreEventDestinationsUpdate,
  /** Lists event destinations. `GET /v2/core/event_destinations` */
  list: v2CoreEventDestinationsList,
  /** Deletes an event destination. `DELETE /v2/core/event_destinations/{event_destination}` */
  del: v2CoreEventDestinationsDel,
  /** Enables a disabled event destination. `POST /v2/core/event_destinations/{event_destination}/enable` */
  enable: v2CoreEventDestinationsEnable,
  /** Disables an event destination: no events are sent to it until it is enabled. `POST /v2/core/event_destinations/{event_destination}/disable` */
  disable: v2CoreEventDestinationsDisable,
  /** Sends a `v2.core.event_destination.ping` event to the destination. `POST /v2/core/event_destinations/{event_destination}/ping` */
  ping: v2CoreEventDestinationsPing,
});

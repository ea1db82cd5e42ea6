import { defineResource } from '../../../core/resource.js';

/** v2 events (thin event notifications are fetched in full here). */
export const events = defineResource('v2.core.events', {});

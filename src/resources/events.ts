import { defineResource } from '../core/resource.js';

/** v1 events (snapshot webhooks). */
export const events = defineResource('events', {});

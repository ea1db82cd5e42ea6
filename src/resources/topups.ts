import { defineResource } from '../core/resource.js';

/** Top-ups (fund the Issuing balance). */
export const topups = defineResource('topups', {});

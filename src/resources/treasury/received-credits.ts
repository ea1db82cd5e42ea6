import { defineResource } from '../../core/resource.js';

/** Treasury received credits. */
export const receivedCredits = defineResource('treasury.receivedCredits', {});

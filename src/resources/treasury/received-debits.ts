import { defineResource } from '../../core/resource.js';

/** Treasury received debits. */
export const receivedDebits = defineResource('treasury.receivedDebits', {});

import { defineResource } from '../../core/resource.js';

/** Treasury transaction entries. */
export const transactionEntries = defineResource('treasury.transactionEntries', {});

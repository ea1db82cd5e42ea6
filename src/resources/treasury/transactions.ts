import { defineResource } from '../../core/resource.js';

/** Treasury transactions. */
export const transactions = defineResource('treasury.transactions', {});

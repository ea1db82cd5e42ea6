import { defineResource } from '../../core/resource.js';

/** Issuing transactions. */
export const transactions = defineResource('issuing.transactions', {});

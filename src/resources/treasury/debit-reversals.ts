import { defineResource } from '../../core/resource.js';

/** Treasury debit reversals. */
export const debitReversals = defineResource('treasury.debitReversals', {});

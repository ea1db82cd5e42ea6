import { defineResource } from '../../core/resource.js';

/** Treasury credit reversals. */
export const creditReversals = defineResource('treasury.creditReversals', {});

import { defineResource } from '../core/resource.js';

/** Transfers to connected accounts. */
export const transfers = defineResource('transfers', {});

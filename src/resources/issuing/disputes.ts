import { defineResource } from '../../core/resource.js';

/** Issuing disputes. */
export const disputes = defineResource('issuing.disputes', {});

import { defineResource } from '../../core/resource.js';

/** Issuing cardholders. */
export const cardholders = defineResource('issuing.cardholders', {});

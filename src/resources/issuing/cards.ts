import { defineResource } from '../../core/resource.js';

/** Issuing cards. */
export const cards = defineResource('issuing.cards', {});

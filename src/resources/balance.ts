import { defineResource } from '../core/resource.js';

/** The account balance, including the Issuing balance. */
export const balance = defineResource('balance', {});

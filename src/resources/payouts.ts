import { defineResource } from '../core/resource.js';

/** Payouts (including from the Issuing balance). */
export const payouts = defineResource('payouts', {});

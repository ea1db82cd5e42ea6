import { defineResource } from '../../core/resource.js';

/** Treasury outbound payments. */
export const outboundPayments = defineResource('treasury.outboundPayments', {});

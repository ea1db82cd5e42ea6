import { defineResource } from '../../core/resource.js';

/** Treasury outbound transfers. */
export const outboundTransfers = defineResource('treasury.outboundTransfers', {});

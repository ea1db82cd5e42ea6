import { defineResource } from '../../core/resource.js';

/** Treasury inbound transfers. */
export const inboundTransfers = defineResource('treasury.inboundTransfers', {});

import { defineResource } from '../../core/resource.js';

/** Treasury simulations (test mode only). */
const inboundTransfers = defineResource('testHelpers.treasury.inboundTransfers', {});
/** Treasury simulations (test mode only). */
const outboundTransfers = defineResource('testHelpers.treasury.outboundTransfers', {});
/** Treasury simulations (test mode only). */
const outboundPayments = defineResource('testHelpers.treasury.outboundPayments', {});
/** Treasury simulations (test mode only). */
const receivedCredits = defineResource('testHelpers.treasury.receivedCredits', {});
/** Treasury simulations (test mode only). */
const receivedDebits = defineResource('testHelpers.treasury.receivedDebits', {});

/** Treasury simulations (test mode only). Every call is refused with a live key before anything is sent. */
export const testHelpersTreasury = { inboundTransfers, outboundTransfers, outboundPayments, receivedCredits, receivedDebits };

import { defineResource } from '../../core/resource.js';

/** Issuing simulations (test mode only). */
const authorizations = defineResource('testHelpers.issuing.authorizations', {});
/** Issuing simulations (test mode only). */
const cards = defineResource('testHelpers.issuing.cards', {});
/** Issuing simulations (test mode only). */
const personalizationDesigns = defineResource('testHelpers.issuing.personalizationDesigns', {});
/** Issuing simulations (test mode only). */
const transactions = defineResource('testHelpers.issuing.transactions', {});

/** Issuing simulations (test mode only). Every call is refused with a live key before anything is sent. */
export const testHelpersIssuing = { authorizations, cards, personalizationDesigns, transactions };

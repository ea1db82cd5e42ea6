import { defineResource } from '../../core/resource.js';

/** Treasury financial accounts and their features. */
export const financialAccounts = defineResource('treasury.financialAccounts', {});

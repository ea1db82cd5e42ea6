import { defineResource } from '../../../core/resource.js';

/** Accounts v2 account links (hosted onboarding). */
export const accountLinks = defineResource('v2.core.accountLinks', {});

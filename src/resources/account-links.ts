import { defineResource } from '../core/resource.js';

/** v1 account links (hosted onboarding). */
export const accountLinks = defineResource('accountLinks', {});

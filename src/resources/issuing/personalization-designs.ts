import { defineResource } from '../../core/resource.js';

/** Issuing personalization designs (physical cards). */
export const personalizationDesigns = defineResource('issuing.personalizationDesigns', {});

import { defineResource } from '../../core/resource.js';

/** Issuing authorizations. */
export const authorizations = defineResource('issuing.authorizations', {});

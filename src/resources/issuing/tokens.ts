import { defineResource } from '../../core/resource.js';

/** Issuing network tokens. */
export const tokens = defineResource('issuing.tokens', {});

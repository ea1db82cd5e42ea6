import { defineResource } from '../core/resource.js';

/** v1 connected accounts, persons and capabilities (the calls Issuing still needs). */
export const accounts = defineResource('accounts', {});

import { defineResource } from '../../../core/resource.js';

/** Accounts v2: connected accounts with configurations (`card_creator`, `recipient`, …). */
export const accounts = defineResource('v2.core.accounts', {});

import { v2CoreAccountsPersonTokensCreate, v2CoreAccountsPersonTokensRetrieve } from '../../../generated/endpoints/v2-core-accounts-person-tokens.js';
import { defineResource } from '../../../core/resource.js';

/**
 * Person tokens of a v2 account (`cp.v2.core.accounts.personTokens`): a person's details collected on the
 * client (with a publishable key), redeemed by the platform when it creates or updates the person.
 */
export const personTokens = defineResource('v2.core.accounts.personTokens', {
  /**
   * Creates a person token.
   * `POST /v2/core/accounts/{account}/person_tokens`
   */
  create: v2CoreAccountsPersonTokensCreate,
  /** Retrieves a person token. `GET /v2/core/accounts/{account}/person_tokens/{person_token}` */
  retrieve: v2CoreAccountsPersonTokensRetrieve,
});

import { v2CoreAccountLinksCreate } from '../../../generated/endpoints/v2-core-account-links.js';
import { defineResource } from '../../../core/resource.js';

/** Accounts v2 account links: a short-lived URL to Stripe-hosted onboarding of a v2 account. */
export const accountLinks = defineResource('v2.core.accountLinks', {
  /**
   * Creates an account link for onboarding or updating a v2 account.
   * `POST /v2/core/account_links`
   * @example cp.v2.core.accountLinks.create({
   *   account: 'acct_123',
   *   use_case: { type: 'account_onboarding', account_onboarding: { configurations: ['recipient'], refresh_url: 'https://example.com/reauth', return_url: 'https://example.com/done' } },
   * })
   */
  create: v2CoreAccountLinksCreate,
});

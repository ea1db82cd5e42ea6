import { accountLinksCreate } from '../generated/endpoints/account-links.js';
import { defineResource } from '../core/resource.js';

/** v1 account links: a short-lived URL to Stripe-hosted onboarding. */
export const accountLinks = defineResource('accountLinks', {
  /**
   * Creates an account link (`account_onboarding` or `account_update`).
   * `POST /v1/account_links`
   * @example cp.accountLinks.create({ account: 'acct_123', type: 'account_onboarding', refresh_url: 'https://example.com/reauth', return_url: 'https://example.com/return' })
   */
  create: accountLinksCreate,
});

import { accountSessionsCreate } from '../generated/endpoints/account-sessions.js';
import { defineResource } from '../core/resource.js';

/** Account sessions: the client secret that embedded Connect components (embedded onboarding, …) run with. */
export const accountSessions = defineResource('accountSessions', {
  /**
   * Creates an account session for the components a page embeds; hand its `client_secret` to Connect.js.
   * `POST /v1/account_sessions`
   * @example cp.accountSessions.create({ account: 'acct_123', components: { account_onboarding: { enabled: true } } })
   */
  create: accountSessionsCreate,
});

/**
 * `cardplane/testing/msw`: the mock Stripe of `cardplane/testing` as msw handlers, for code that calls
 * Stripe through the global `fetch` (msw is an optional peer dependency, needed only here).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMockStripe } from 'cardplane/testing';
 * import { mswHandlers } from 'cardplane/testing/msw';
 * const mock = createMockStripe();
 * const server = setupServer(...mswHandlers(mock));
 * @packageDocumentation
 */
import { http, type HttpHandler } from 'msw';
import type { MockStripe } from './index.js';

/** Options of {@link mswHandlers}. */
export interface MswHandlersOptions {
  /** Base URL the handlers answer at (default `https://api.stripe.com`). */
  baseUrl?: string;
}

/** msw handlers answering at `baseUrl` from the mock, for `setupServer(...mswHandlers(mock))`. */
export function mswHandlers(mock: Pick<MockStripe, 'fetch'>, options: MswHandlersOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? 'https://api.stripe.com').replace(/\/+$/, '');
  return [http.all(`${baseUrl}/*`, ({ request }) => mock.fetch(request))];
}

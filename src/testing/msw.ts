/**
 * `cardplane/testing/msw`: msw handlers over a mock from `cardplane/testing`, for tests that intercept
 * the network with msw (`msw` is an optional peer dependency, needed only by this entry point).
 *
 * @example
 * import { setupServer } from 'msw/node';
 * import { createMockStripe } from 'cardplane/testing';
 * import { mswHandlers } from 'cardplane/testing/msw';
 * const server = setupServer(...mswHandlers(createMockStripe()));
 * @packageDocumentation
 */
import { http, type HttpHandler } from 'msw';
import type { MockStripe } from './index.js';

/** msw handlers answering every request under `baseUrl` (default `https://api.stripe.com`) from the mock. */
export function mswHandlers(mock: Pick<MockStripe, 'answer'>, baseUrl = 'https://api.stripe.com'): HttpHandler[] {
  return [http.all(`${baseUrl.replace(/\/+$/, '')}/*`, ({ request }) => mock.answer(request))];
}

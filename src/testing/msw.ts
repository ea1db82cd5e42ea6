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
import { defaultUploadBaseUrl } from '../core/upload.js';
import type { MockStripe } from './index.js';

/** Options of {@link mswHandlers}. */
export interface MswHandlersOptions {
  /** Base URL the handlers answer at (default `https://api.stripe.com`). */
  baseUrl?: string;
  /** Where they answer uploads (`files.create`): default `https://files.stripe.com` with the default `baseUrl`, else `baseUrl`, as the client sends them. */
  uploadBaseUrl?: string;
}

/** msw handlers answering at `baseUrl` (and uploads at `uploadBaseUrl`) from the mock, for `setupServer(...mswHandlers(mock))`. */
export function mswHandlers(mock: Pick<MockStripe, 'fetch'>, options: MswHandlersOptions = {}): HttpHandler[] {
  const trim = (url: string): string => url.replace(/\/+$/, '');
  const baseUrl = trim(options.baseUrl ?? 'https://api.stripe.com');
  const uploadBaseUrl = trim(options.uploadBaseUrl ?? defaultUploadBaseUrl(baseUrl));
  const handlers = [http.all(`${baseUrl}/*`, ({ request }) => mock.fetch(request))];
  if (uploadBaseUrl !== baseUrl) handlers.push(http.post(`${uploadBaseUrl}/v1/files`, ({ request }) => mock.fetch(request)));
  return handlers;
}

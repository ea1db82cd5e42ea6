import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { Cardplane, type ClientOptions } from '../../src/index.js';
import { createMockStripe, fixtures, type MockStripe } from '../../src/testing/index.js';
import { mswHandlers } from '../../src/testing/msw.js';
import { formPairs } from './server.js';

/** The base URL the msw handlers answer at in tests. */
export const MOCK_BASE = 'https://api.stripe.com';

/** A request as it went over the wire, decoded for assertions. */
export interface WireRequest {
  method: string;
  path: string;
  /** Raw query string without `?`. */
  rawQuery: string;
  /** Decoded `[key, value]` pairs of the query string, in order. */
  query: [string, string][];
  /** Raw body text. */
  body: string;
  /** Decoded `[key, value]` pairs of a form body, in order (v1 POST; the text parts of a multipart body). */
  form: [string, string][];
  /** The file parts of a `multipart/form-data` body (an upload), in order; empty for other bodies. */
  files: { name: string; filename: string; type: string; size: number }[];
  /** Parsed JSON body (v2 POST), else undefined. */
  json: unknown;
  headers: Record<string, string>;
}

async function decode(request: Request): Promise<WireRequest> {
  const url = new URL(request.url);
  const body = await request.clone().text();
  const headers: Record<string, string> = {};
  request.headers.forEach((v, k) => {
    headers[k] = v;
  });
  const isJson = headers['content-type']?.includes('application/json') ?? false;
  if (/^multipart\/form-data/i.test(headers['content-type'] ?? '')) {
    const form: [string, string][] = [];
    const files: WireRequest['files'] = [];
    for (const [name, value] of (await request.clone().formData()).entries()) {
      if (typeof value === 'string') form.push([name, value]);
      else files.push({ name, filename: value.name, type: value.type, size: value.size });
    }
    return { method: request.method, path: url.pathname, rawQuery: url.search.slice(1), query: formPairs(url.search.slice(1)), body, form, files, json: undefined, headers };
  }
  return {
    method: request.method,
    path: url.pathname,
    rawQuery: url.search.slice(1),
    query: formPairs(url.search.slice(1)),
    body,
    form: isJson ? [] : formPairs(body),
    files: [],
    json: isJson && body ? JSON.parse(body) : undefined,
    headers,
  };
}

/** What every fresh mock of {@link useMockStripe} holds. */
export interface MockSetup {
  /** Connected accounts that exist (seeded), for tests that act for a fixed `acct_…` id. */
  accounts?: string[];
}

/**
 * Starts msw with the `cardplane/testing` handlers for this test file. Calls go through the real
 * transport and the global `fetch`, which msw intercepts. `strict: true` makes schema drift fail.
 */
export function useMockStripe(options: Partial<ClientOptions> = {}, setup: MockSetup = {}) {
  const fresh = (): MockStripe => {
    const m = createMockStripe();
    // The mock refuses a Stripe-Account it does not know: the connected accounts a test file acts for exist.
    for (const id of setup.accounts ?? []) m.store.put({ ...fixtures.account(), id });
    return m;
  };
  let mock: MockStripe = fresh();
  const server = setupServer();
  const ctx = {
    get mock(): MockStripe {
      return mock;
    },
    /** A strict client pointed at the mock (test key). */
    cp: new Cardplane({ apiKey: 'sk_test_cardplane_mock', baseUrl: MOCK_BASE, strict: true, maxRetries: 0, ...options }),
    /** Every request of this test, decoded. */
    async requests(): Promise<WireRequest[]> {
      return Promise.all(mock.requests.map(decode));
    },
    /** The last request, decoded. */
    async last(): Promise<WireRequest> {
      const r = mock.requests.at(-1);
      if (!r) throw new Error('no request was sent');
      return decode(r);
    },
  };
  // Requests to a loopback mock server (the official SDK pointed at `startMockServer`) go through to it.
  const loopback = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;
  beforeAll(() =>
    server.listen({
      onUnhandledRequest: (request, print) => {
        if (!loopback.test(request.url)) print.error();
      },
    }),
  );
  afterEach(() => {
    mock = fresh();
    server.resetHandlers(...mswHandlers(mock, { baseUrl: MOCK_BASE }));
  });
  afterAll(() => server.close());
  server.use(...mswHandlers(mock, { baseUrl: MOCK_BASE }));
  // resetHandlers in afterEach keeps a fresh store per test; the first test uses the initial one.
  return ctx;
}

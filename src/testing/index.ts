/**
 * `cardplane/testing`: a mock Stripe API that answers every endpoint of this SDK with
 * documented-shape objects held in memory, as a plain `fetch` function. It needs no other package;
 * msw handlers over the same mock come from `cardplane/testing/msw`.
 *
 * @example
 * import { createMockStripe } from 'cardplane/testing';
 * const mock = createMockStripe();
 * const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
 * @packageDocumentation
 */
import { allRoutes } from './routes/index.js';
import { MockRouter, type MockRoute } from './router.js';
import { MockStore } from './store.js';

export { MockStore, type IdempotentEntry, type StoreState } from './store.js';
export { mockFail, reply, type MockRoute, type MockRequest, type MockReply } from './router.js';
export { crud, v1List, v2List, applyDefault, mergeMetadata, type CrudSpec } from './crud.js';
export { decodeForm } from './decode.js';
export * as fixtures from './fixtures/index.js';

/** Options of {@link createMockStripe}. */
export interface MockStripeOptions {
  /** Extra routes, tried before the built-in ones (to script errors or special answers). */
  routes?: MockRoute[];
}

/** A mock Stripe API: an in-memory store and a `fetch` that answers from it. */
export interface MockStripe {
  /** The objects created through the mock. */
  readonly store: MockStore;
  /** Pass as `new Cardplane({ fetch })`: answers without any network. */
  readonly fetch: typeof fetch;
  /** Answers one request as Stripe would (what `fetch` does; for servers and adapters such as `cardplane/testing/msw`). */
  readonly answer: (request: Request) => Promise<Response>;
  /** Every request the mock answered, in order (clones: bodies readable). */
  readonly requests: Request[];
  /** Forgets every object, balance, idempotency key and recorded request: a fresh Stripe for the next test. */
  reset(): void;
}

/** Creates a mock Stripe API. */
export function createMockStripe(options: MockStripeOptions = {}): MockStripe {
  const store = new MockStore();
  const router = new MockRouter([...(options.routes ?? []), ...allRoutes], store, new Set(options.routes ?? []));
  const requests: Request[] = [];
  const answer = (request: Request): Promise<Response> => {
    requests.push(request.clone());
    return router.answer(request);
  };
  const mockFetch = ((input: RequestInfo | URL, init?: RequestInit) => answer(new Request(input, init))) as typeof fetch;
  const reset = (): void => {
    store.clear();
    requests.length = 0;
  };
  return { store, fetch: mockFetch, answer, requests, reset };
}

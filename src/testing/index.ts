/**
 * `cardplane/testing`: a stateful Stripe test mode in memory, for card programs. It answers every
 * endpoint of this SDK (checked like Stripe, with the Connect boundary, idempotency and money), writes
 * the events Stripe would, delivers them signed to webhook endpoints and event destinations, runs
 * real-time authorizations against your handler and scripts faults. Use it as a plain `fetch`
 * function in process, over HTTP (`npx cardplane-mock`), or through msw (`cardplane/testing/msw`).
 * No dependency: msw is not needed here.
 *
 * @example
 * import { createMockStripe } from 'cardplane/testing';
 * const mock = createMockStripe();
 * const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
 * @packageDocumentation
 */
import { WebhookDelivery, type DeliveryRecord, type WebhookHandler, type WebhookRetryOptions } from './delivery.js';
import { EventLog, type WrittenEvent } from './events.js';
import { MockConnectionDropped, MockFaults, type Fault, type FaultSpec } from './faults.js';
import { allRoutes } from './routes/index.js';
import { MockRouter, type MockRoute } from './router.js';
import { MockStore } from './store.js';

export { MockStore, type IdempotentEntry, type StoreState } from './store.js';
export { mockFail, reply, type MockRoute, type MockRequest, type MockReply, type MockUpload, type MockContext, type MockRouterHooks } from './router.js';
export { crud, applyDefault, mergeMetadata, type CrudSpec } from './crud.js';
export { v1List, v2List, type ListFilter } from './list.js';
export { decodeForm } from './decode.js';
export { MOCK_EVENT_API_VERSION, previousAttributes, type EventRequestInfo, type WrittenEvent } from './events.js';
export type { DeliveryRecord, WebhookHandler, WebhookRetryOptions, AuthorizationAnswer, AuthorizationWebhookOptions } from './delivery.js';
export { MockConnectionDropped, type FaultSpec, type Fault, type FaultOutcome } from './faults.js';
export * as fixtures from './fixtures/index.js';

/** The path that resets the mock (`POST`, no key needed): for a mock shared over HTTP. */
export const RESET_PATH = '/_cardplane/reset';

/** Options of {@link createMockStripe}. */
export interface MockStripeOptions {
  /** Extra routes, tried before the built-in ones (to script special answers; they never fall through, see `mock.fault`). */
  routes?: MockRoute[];
  /** How long a real-time authorization waits for the endpoint's answer, in ms (default 2000, as Stripe). */
  authorizationDeadlineMs?: number;
  /** The decision when the real-time endpoint does not answer in time (default `'decline'`; Stripe: a Dashboard setting). */
  authorizationTimeout?: 'approve' | 'decline';
  /** The `fetch` webhook deliveries to URLs use (default: the global `fetch`); URLs given to `onWebhook` never reach it. */
  webhookFetch?: typeof fetch;
  /**
   * How failed webhook deliveries are retried (default: 3 retries, 10, 20 and 40 ms after the failed
   * attempt: Stripe's test-mode schedule of 3 retries over a few hours, scaled down; `{ delaysMs: [] }`: none).
   */
  webhookRetries?: WebhookRetryOptions;
}

/** A mock Stripe API: an in-memory store, a `fetch` that answers from it, its events and webhooks. */
export interface MockStripe {
  /** The objects created through the mock. */
  readonly store: MockStore;
  /** Pass as `new Cardplane({ fetch })`: answers without any network. Any origin is accepted. */
  readonly fetch: typeof fetch;
  /** Answers one request as Stripe would (what `fetch` does; for servers and adapters such as `cardplane/testing/msw`). */
  readonly answer: (request: Request) => Promise<Response>;
  /** Every request the mock answered, in order (clones: bodies readable). */
  readonly requests: Request[];
  /** Every webhook POST the mock made (v1 events, thin notifications, authorization requests), in order. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Calls `listener` with each event the mock writes (v1 `event` and v2 `v2.core.event`), unsigned, as written. */
  onEvent(listener: (event: Record<string, unknown>, account: string | undefined) => void): void;
  /**
   * Answers webhook POSTs to `url` with a Fetch-API handler in process (e.g. `createAuthorizationHandler(...)`)
   * instead of the network: register the URL, then create the endpoint with it.
   */
  onWebhook(url: string, handler: WebhookHandler): void;
  /** Waits until every webhook delivery started so far was answered, its retries included. */
  settled(): Promise<void>;
  /** Scripts a fault: fail N times with a status, delay, or drop the connection, then behave (see {@link FaultSpec}). */
  fault(spec: FaultSpec): Fault;
  /** Forgets every object, event, endpoint, idempotency key, fault, `onEvent`/`onWebhook` handler and recorded request: a fresh Stripe. */
  reset(): void;
}

/** Creates a mock Stripe API. */
export function createMockStripe(options: MockStripeOptions = {}): MockStripe {
  const store = new MockStore();
  const log = new EventLog(store);
  const delivery = new WebhookDelivery(store, log, {
    deadlineMs: options.authorizationDeadlineMs ?? 2000,
    onTimeout: options.authorizationTimeout ?? 'decline',
    fetch: options.webhookFetch,
    retries: options.webhookRetries,
  });
  const faults = new MockFaults();
  const listeners: Array<(event: Record<string, unknown>, account: string | undefined) => void> = [];
  log.subscribe((w: WrittenEvent) => {
    for (const l of listeners) l(w.event, w.account);
  });
  const router = new MockRouter([...(options.routes ?? []), ...allRoutes], store, {
    scripted: new Set(options.routes ?? []),
    settle: (info) => log.flush(info),
    context: (request, account) => ({
      request,
      requestAuthorization: (authorization) => delivery.requestAuthorization(authorization, account, request),
      ping: (destination) => delivery.ping(destination, account, request),
    }),
  });
  const requests: Request[] = [];
  const reset = (): void => {
    store.clear();
    log.reset();
    delivery.reset();
    faults.clear();
    listeners.length = 0;
    requests.length = 0;
  };
  const answer = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (path === RESET_PATH && request.method === 'POST') {
      reset();
      return new Response('{"reset":true}', { status: 200, headers: { 'content-type': 'application/json' } });
    }
    requests.push(request.clone());
    const fault = await faults.apply(request.method, path);
    if (fault.kind === 'drop') throw new MockConnectionDropped();
    if (fault.kind === 'reply') return fault.response;
    return router.answer(request);
  };
  const mockFetch = ((input: RequestInfo | URL, init?: RequestInit) => answer(new Request(input, init))) as typeof fetch;
  return {
    store,
    fetch: mockFetch,
    answer,
    requests,
    deliveries: delivery.records,
    onEvent: (listener) => void listeners.push(listener),
    onWebhook: (url, handler) => delivery.handle(url, handler),
    settled: () => delivery.settled(),
    fault: (spec) => faults.add(spec),
    reset,
  };
}

import { coerceScalars, decodeForm } from './decode.js';
import { coerceBySchema, paramsProblem, paramsSchemaFor } from './params.js';
import type { AuthorizationAnswer } from './delivery.js';
import type { EventRequestInfo } from './events.js';
import type { MockStore } from './store.js';

/** What a route can ask of the mock beyond the store: the real-time authorization exchange. */
export interface MockContext {
  /** The request behind the events this call writes. */
  readonly request: EventRequestInfo;
  /**
   * Sends `issuing_authorization.request` to the account's real-time authorization endpoint and waits
   * for the answer (up to the mock's deadline); `undefined` when the account has no such endpoint.
   */
  requestAuthorization(authorization: Record<string, unknown>): Promise<AuthorizationAnswer | undefined>;
  /** Sends a `v2.core.event_destination.ping` thin event to a destination; returns the event. */
  ping(destination: Record<string, unknown>): Record<string, unknown>;
}

/** Hooks of a `MockRouter`. */
export interface MockRouterHooks {
  /** Routes a test added to script faults: their answers are never saved for idempotent replay. */
  scripted?: ReadonlySet<MockRoute>;
  /** Called after each answered request (the event log's flush). */
  settle?: (request: EventRequestInfo) => void;
  /** Builds the {@link MockContext} of a request. */
  context?: (request: EventRequestInfo, account: string | undefined) => MockContext;
}

/** What a mock route sees of a request. */
export interface MockRequest {
  method: string;
  /** Path without the query. */
  path: string;
  /** `:name` segments of the route pattern. */
  params: Record<string, string>;
  /**
   * Decoded body (v1 form decoded and coerced, v2 JSON parsed, the text parts of a `multipart/form-data`
   * body decoded like a form), or the decoded query for GET/DELETE.
   */
  body: Record<string, unknown>;
  /** The file parts of a `multipart/form-data` body by part name (`file`), absent for other bodies. */
  files?: Record<string, MockUpload> | undefined;
  /** Decoded query string. */
  query: Record<string, unknown>;
  /** Request headers, lower-cased names. */
  headers: Record<string, string>;
  /** The connected account the call acts for (`Stripe-Account` or `Stripe-Context`), if any. */
  account: string | undefined;
  store: MockStore;
  /** The mock behind the route (absent when a router is used on its own). */
  mock?: MockContext | undefined;
}

/** One file part of a `multipart/form-data` request body (an upload to `POST /v1/files`). */
export interface MockUpload {
  /** The part's `filename`. */
  filename: string;
  /** The part's `Content-Type` (`application/octet-stream` when the part names none). */
  type: string;
  /** The part's bytes. */
  bytes: Uint8Array;
}

/**
 * Reads a POST body: its text (the form or JSON), and for a `multipart/form-data` body the text parts as
 * a form string (bracket-notation names, as the official SDK flattens them) and the file parts apart.
 */
async function readBody(request: Request): Promise<{ text: string; files?: Record<string, MockUpload> }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) return { text: await request.text() };
  const form = await request.formData();
  const fields = new URLSearchParams();
  const files: Record<string, MockUpload> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields.append(name, value);
    else files[name] = { filename: value.name, type: value.type || 'application/octet-stream', bytes: new Uint8Array(await value.arrayBuffer()) };
  }
  return { text: fields.toString(), files };
}

/** A non-default answer: status and body (and headers). */
export interface MockReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** One route of the mock API. */
export interface MockRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path pattern with `:name` segments, e.g. `/v1/issuing/cards/:card`. */
  path: string;
  /** Returns the response body (status 200), or a {@link MockReply}. */
  handle: (req: MockRequest) => unknown;
}

/** Builds a {@link MockReply} for a Stripe-style error body. */
function mockError(status: number, type: string, message: string, extra: Record<string, unknown> = {}): MockReply {
  return { status, body: { error: { type, message, ...extra } } };
}

/** Wraps a body into a reply, to tell it apart from a plain object body. */
const REPLY = Symbol('cardplane.mockReply');

interface Compiled {
  route: MockRoute;
  regex: RegExp;
  names: string[];
}

function compile(route: MockRoute): Compiled {
  const names: string[] = [];
  const pattern = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, regex: new RegExp(`^${pattern}$`), names };
}

/** v2 list pages are fetched by their `page` token, which no params schema lists. */
function stripListControls(query: Record<string, unknown>): Record<string, unknown> {
  const { page: _page, ...rest } = query;
  return rest;
}

/** Matches requests against routes and runs the handler. */
export class MockRouter {
  readonly #routes: Compiled[];
  readonly #store: MockStore;

  readonly #scripted: ReadonlySet<MockRoute>;
  readonly #hooks: MockRouterHooks;

  constructor(routes: MockRoute[], store: MockStore, hooks: MockRouterHooks = {}) {
    this.#routes = routes.map(compile);
    this.#store = store;
    this.#scripted = hooks.scripted ?? new Set();
    this.#hooks = hooks;
  }

  /** Answers one request. */
  async answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((v, k) => {
      headers[k] = v;
    });
    const requestId = `req_mock_${Math.random().toString(36).slice(2, 12)}`;
    const reply = (status: number, body: unknown, extra?: Record<string, string>): Response =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', 'request-id': requestId, ...extra },
      });
    // Bearer, or Basic with the key as user name (`curl -u sk_test_…:`), as Stripe accepts.
    const auth = headers.authorization ?? '';
    let key: string | undefined;
    if (auth.startsWith('Bearer ')) key = auth.slice('Bearer '.length);
    else if (auth.startsWith('Basic ')) {
      try {
        key = atob(auth.slice('Basic '.length)).split(':')[0];
      } catch {
        key = '';
      }
    }
    if (!key) {
      return reply(401, { error: { type: 'invalid_request_error', message: 'You did not provide an API key.' } });
    }
    // The mock is Stripe's test mode: secret or restricted keys only; a live key is refused by test helpers.
    const kind = /^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/.exec(key);
    if (!kind) {
      return reply(401, { error: { type: 'invalid_request_error', message: `Invalid API Key provided: ${/^[a-z]+_(test_|live_)?/.exec(key)?.[0] ?? ''}****` } });
    }
    if (kind[2] === 'live' && /^\/v[12]\/test_helpers\//.test(url.pathname)) {
      return reply(400, { error: { type: 'invalid_request_error', message: 'Test helpers are only available in test mode: use a test mode key (sk_test_ or rk_test_).' } });
    }
    const version = headers['stripe-version'];
    if (version !== undefined && !/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?(; ?[a-z_]+=[a-z0-9_]+)*$/.test(version)) {
      return reply(400, { error: { type: 'invalid_request_error', message: `Invalid Stripe API version: ${version}`, param: 'Stripe-Version' } });
    }
    let text = '';
    let files: Record<string, MockUpload> | undefined;
    if (request.method === 'POST') {
      try {
        ({ text, files } = await readBody(request));
      } catch {
        return reply(400, { error: { type: 'invalid_request_error', message: 'Invalid request body: the multipart/form-data body could not be decoded.' } });
      }
    }
    const isV2 = url.pathname.startsWith('/v2/');
    // The endpoint's params schema (the client's own): decodes form values by type and checks them as Stripe does.
    const schema = await paramsSchemaFor(request.method, url.pathname);
    const decode = (form: string): Record<string, unknown> => (schema ? coerceBySchema(decodeForm(form), schema) : coerceScalars(decodeForm(form))) as Record<string, unknown>;
    const query = decode(url.search.slice(1));
    let body: Record<string, unknown> = query;
    if (request.method === 'POST') {
      try {
        body = isV2 ? ((text ? JSON.parse(text) : {}) as Record<string, unknown>) : decode(text);
      } catch {
        return reply(400, { error: { type: 'invalid_request_error', message: 'Invalid request body' } });
      }
    }
    if (schema) {
      const problem = paramsProblem(schema, isV2 && request.method !== 'POST' ? stripListControls(query) : body, isV2);
      // A file part is not in the decoded body: the route checks it (a missing-file problem is the route's to name).
      const aboutFilePart = files !== undefined && (String(problem?.param) in files || problem?.param === 'file');
      if (problem && !aboutFilePart) return reply(400, { error: problem });
    }
    // An account that was never created (or was deleted) is refused before any route, as Stripe does.
    const acting = headers['stripe-account'] ?? headers['stripe-context'];
    if (acting !== undefined) {
      const unknown = acting.split('/').find((id) => !this.#store.hasAccount(id));
      if (unknown !== undefined) {
        return reply(403, {
          error: {
            type: 'invalid_request_error',
            code: 'account_invalid',
            message: `The provided key '${key.slice(0, 8)}****${key.slice(-4)}' does not have access to account '${unknown}' (or that account does not exist). Application access may have been revoked.`,
          },
        });
      }
    }
    for (const c of this.#routes) {
      if (c.route.method !== request.method) continue;
      const m = c.regex.exec(url.pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((n, i) => {
        params[n] = decodeURIComponent(m[i + 1] ?? '');
      });
      const scoped = this.#store.forAccount(headers['stripe-account'] ?? headers['stripe-context']);
      // Idempotency as Stripe: a POST with a key seen before replays the first answer when method, path and
      // body match, and is refused with idempotency_error when they do not. Keys are scoped by account.
      const key = request.method === 'POST' ? headers['idempotency-key'] : undefined;
      const uploads = files
        ? Object.entries(files)
            .map(([n, f]) => `&${n}=${f.filename}:${f.type}:${f.bytes.length}`)
            .join('')
        : '';
      const fingerprint = `${request.method} ${url.pathname} ${text}${uploads}`;
      const first = key === undefined ? undefined : scoped.idempotentReply(key);
      if (key !== undefined && first) {
        if (first.fingerprint !== fingerprint) {
          return reply(400, {
            error: {
              type: 'idempotency_error',
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
            },
          });
        }
        return reply(first.status, first.body, { ...first.headers, 'idempotent-replayed': 'true', 'original-request': String(first.headers?.['request-id'] ?? '') });
      }
      const answer = (status: number, body: unknown, extra?: Record<string, string>): Response => {
        if (key !== undefined && !this.#scripted.has(c.route)) {
          // A copy: the stored object goes on changing, the replay answers what the first request got.
          scoped.rememberIdempotentReply(key, { fingerprint, status, body: JSON.parse(JSON.stringify(body ?? null)) as unknown, headers: { ...extra, 'request-id': requestId } });
        }
        return reply(status, body, extra);
      };
      const account = headers['stripe-account'] ?? headers['stripe-context'];
      const info: EventRequestInfo = { id: requestId, idempotency_key: key ?? null };
      const req: MockRequest = {
        method: request.method,
        path: url.pathname,
        params,
        body,
        ...(files ? { files } : {}),
        query,
        headers,
        account,
        store: scoped,
        mock: this.#hooks.context?.(info, account),
      };
      try {
        const result = await c.route.handle(req);
        if (result && typeof result === 'object' && REPLY in result) {
          const r = result as unknown as MockReply;
          return answer(r.status, r.body, r.headers);
        }
        return answer(200, result);
      } catch (error) {
        const r = (error as { [REPLY]?: MockReply })[REPLY];
        if (r) return answer(r.status, r.body, r.headers);
        throw error;
      } finally {
        // Whatever the route changed (even on the way to an error) writes its events now.
        this.#hooks.settle?.(info);
      }
    }
    return reply(404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${url.pathname}).` },
    });
  }
}

/** Throw this from a route to answer with a Stripe error. */
export function mockFail(status: number, type: string, message: string, extra: Record<string, unknown> = {}): never {
  const err = new Error(message) as Error & { [REPLY]: MockReply };
  err[REPLY] = mockError(status, type, message, extra);
  throw err;
}

/** Marks a reply object so the router sends its status and headers. */
export function reply(status: number, body: unknown, headers?: Record<string, string>): MockReply & { [REPLY]: true } {
  return { [REPLY]: true, status, body, ...(headers ? { headers } : {}) };
}

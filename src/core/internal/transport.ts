import type { KyInstance, Options as KyOptions } from 'ky';
import { APIPromise, type RawResult } from '../api-promise.js';
import {
  CardplaneAbortError,
  CardplaneConfigurationError,
  CardplaneConnectionError,
  CardplaneError,
  CardplaneResponseError,
  CardplaneTimeoutError,
  CardplaneValidationError,
  makeAPIError,
} from '../errors.js';
import { apiMode, type ApiMode } from './api-mode.js';
import { BODY_INIT_KEY, type OutOfBandInit } from './body-init.js';
import { encodeForm, encodeJson } from './form.js';
import { defaultUploadBaseUrl } from '../upload.js';
import { buildHeaders, needsIdempotencyKey, newIdempotencyKey } from './headers.js';
import type { LevelLogger } from './logger.js';
import type { AttemptHooks, RequestOptions } from '../options.js';
import type { HttpMethod, UploadEncoder } from '../resource.js';
import { nextPageRequest, Page, PagePromise, walksBackwards } from '../pagination.js';
import { describeKey, isLiveKey, redact, rememberSecret } from './redact.js';
import { checkParams, checkResponse } from './validate.js';
import { resolveSchema, type SchemaSource } from '../schema-ref.js';

/** One request, as a resource describes it. */
interface RequestSpec {
  method: HttpMethod;
  /** Path with ids filled in, starting with `/`; may carry a query (v2 `next_page_url`). */
  path: string;
  /** The endpoint's API mode, computed once when it is bound; worked out from the path when absent (`rawRequest`). */
  mode?: ApiMode | undefined;
  /** Params: JSON body (v2 POST), form body (v1 POST) or query string (GET/DELETE). */
  params?: Record<string, unknown> | undefined;
  /** Schema the params must satisfy before anything is sent. */
  /** Params schema: a schema, or (Node build) a reference loaded on first use. */
  paramsSchema?: SchemaSource | undefined;
  /** The endpoint's pinned `Stripe-Version`. */
  version?: string | undefined;
  /** Test-mode only endpoint (test helpers): refused with a live key. */
  testOnly?: boolean | undefined;
  /** A file upload: sent to the upload host (`TransportConfig.uploadBaseUrl`), its body made by this encoder. */
  upload?: UploadEncoder | undefined;
  /** Name used in messages, e.g. `issuing.cards.create`. */
  context: string;
}

/** Resolved settings of a transport. */
interface TransportConfig {
  apiKey: string;
  baseUrl: string;
  /** Where uploads (`files.create`) go: `https://files.stripe.com` with Stripe's API host as `baseUrl`, else `baseUrl` ({@link uploadBaseUrlFor}). */
  uploadBaseUrl: string;
  apiVersion: string | undefined;
  maxRetries: number;
  timeout: number;
  fetch: typeof fetch | undefined;
  logger: LevelLogger;
  strict: boolean;
  hooks: AttemptHooks | undefined;
}

const RETRY_STATUS = [409, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];
const RETRY_METHODS = ['get', 'post', 'delete'];
/** Longest delay a timer can hold; a larger `timeout` is left to ky, which refuses it. */
const MAX_TIMER_MS = 2_147_483_647;
/** Longest wait a `Retry-After` header can impose. */
const MAX_RETRY_AFTER_MS = 60_000;
/** Backoff: 0.5 s doubling per attempt, capped at 5 s, then multiplied by a random 0.5–1.0. */
export const retryDelay = (attempt: number): number => Math.min(500 * 2 ** (attempt - 1), 5_000);
const jitter = (ms: number): number => ms * (0.5 + Math.random() * 0.5);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/** Validates a base URL: https anywhere, plain http only on loopback (a key never travels in clear text). */
export function checkBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CardplaneConfigurationError(`baseUrl is not a valid URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol === 'https:') return url.origin + url.pathname.replace(/\/+$/, '');
  if (url.protocol === 'http:') {
    if (isLoopback(url.hostname)) return url.origin + url.pathname.replace(/\/+$/, '');
    throw new CardplaneConfigurationError(
      `Refusing to send an API key over plain http to ${url.hostname}: use https, or a loopback address (127.0.0.1, localhost, [::1]) for a local mock`,
    );
  }
  throw new CardplaneConfigurationError(`baseUrl must be http(s), got ${url.protocol}`);
}

/** Where uploads go: the `uploadBaseUrl` option (checked as `baseUrl` is), else {@link defaultUploadBaseUrl}. */
export function uploadBaseUrlFor(option: string | undefined, baseUrl: string): string {
  if (option !== undefined) return checkBaseUrl(option);
  return defaultUploadBaseUrl(baseUrl);
}

/** The innermost `code` (and host, where given) of a network error's cause chain, e.g. `ECONNREFUSED`. */
function networkCode(error: unknown): string | undefined {
  let cur: unknown = error;
  let code: string | undefined;
  for (let depth = 0; depth < 5 && cur && typeof cur === 'object'; depth++) {
    const c = (cur as { code?: unknown }).code;
    if (typeof c === 'string' && /^E[A-Z_]+$/.test(c)) code = c;
    else if (typeof c === 'string' && c.startsWith('UND_ERR_')) code ??= c;
    const errors = (cur as { errors?: unknown }).errors;
    cur = (cur as { cause?: unknown }).cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return code;
}

/** What one failed attempt got, as {@link CardplaneConnectionError.attempts} reports it. */
function outcomeOf(error: unknown): string {
  if (isHttpError(error)) return String(error.response.status);
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  return networkCode(error) ?? 'network error';
}

function safeCause(error: unknown): unknown {
  // Never attach ky's errors: they hold the Request, whose headers carry the key.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause && typeof cause === 'object') {
    const c = cause as { code?: unknown; message?: unknown };
    return { code: typeof c.code === 'string' ? c.code : undefined, message: typeof c.message === 'string' ? c.message : undefined };
  }
  return undefined;
}

/** The globals {@link isNode} reads. */
interface RuntimeGlobals {
  process?: { versions?: Record<string, string | undefined> };
  navigator?: { userAgent?: unknown };
  Deno?: unknown;
  EdgeRuntime?: unknown;
}

/**
 * Whether this is Node itself, where `node:http` is there and faster than the global fetch. Others set
 * `process.versions.node` too: Bun, Deno, and Cloudflare's workerd with `nodejs_compat` (its
 * `navigator.userAgent` is `Cloudflare-Workers`); Vercel Edge has an `EdgeRuntime` global. None of them is Node.
 */
export const isNode = (globals: object = globalThis): boolean => {
  const g = globals as RuntimeGlobals;
  const versions = g.process?.versions;
  if (typeof versions?.node !== 'string' || versions.bun !== undefined) return false;
  if ('Deno' in g || 'EdgeRuntime' in g) return false;
  return g.navigator?.userAgent !== 'Cloudflare-Workers';
};

/** A fetch that reads `init[BODY_INIT_KEY]` (body, headers, attempt count) instead of the `Request`'s. */
type OwnFetch = typeof fetch & { readonly acceptsBodyInit?: true };

/**
 * The fetch used when the caller gives none. On Node it is `createNodeFetch()` (node:http with keep-alive,
 * buffered responses), loaded on the first request so that other runtimes never load `node:` modules;
 * elsewhere the global `fetch`. The built package imports `#node-fetch` instead of `./node-fetch.js`
 * (tsup.config.ts): package.json `imports` maps it to the Node module under the `node` condition only, so
 * a bundle for a browser, a Worker or an edge runtime holds a stub and no `node:` import.
 */
function defaultFetch(): OwnFetch {
  if (!isNode()) return ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)) as OwnFetch;
  let loaded: typeof fetch | undefined;
  let loading: Promise<typeof fetch> | undefined;
  const nodeFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (loaded) return loaded(input, init);
    return (loading ??= import('./node-fetch.js').then((m) => (loaded = m.createNodeFetch()))).then((f) => f(input, init));
  };
  return Object.assign(nodeFetch, { acceptsBodyInit: true as const }) as OwnFetch;
}

/** What one call shares with the ky hooks (ky hands `context` to every hook of every attempt). */
interface CallState {
  method: HttpMethod;
  path: string;
  url: string;
  idempotencyKey: string | undefined;
  attempts: number;
  /** What each failed attempt got, in order (see {@link outcomeOf}). */
  outcomes: string[];
}

/** The call's state as the hooks see it: on the out-of-band init with our Node fetch, else in ky's `context`. */
function stateOf(options: KyOptions): CallState {
  const outOfBand = (options as Record<string, unknown>)[BODY_INIT_KEY] as OutOfBandInit | undefined;
  return (outOfBand ? outOfBand.call : (options.context as { state: CallState }).state) as CallState;
}

/** ky, loaded on first use, with one instance per retry limit (almost always one or two). */
interface KyClient {
  base: KyInstance;
  byLimit: Map<number, KyInstance>;
}

async function loadKy(options: KyOptions): Promise<KyClient> {
  const mod = await import('ky');
  // ESM gives the instance as `default`; a CommonJS build may wrap the namespace once more.
  const root = typeof mod.default?.create === 'function' ? mod.default : (mod.default as unknown as { default: KyInstance }).default;
  return { base: root.create(options), byLimit: new Map() };
}

/** The instance for a retry limit: per-call options then carry no retry settings for ky to merge. */
function kyFor(client: KyClient, limit: number): KyInstance {
  let instance = client.byLimit.get(limit);
  if (!instance) client.byLimit.set(limit, (instance = client.base.extend({ retry: { limit } })));
  return instance;
}

/** Stripe's verdict on a failed attempt: `Stripe-Should-Retry: false` stops, `true` retries any status. */
function stripeShouldRetry({ error }: { error: Error }): boolean | undefined {
  if (isHttpError(error)) {
    const verdict = error.response.headers.get('stripe-should-retry');
    if (verdict === 'false') return false;
    // A status ky retries anyway takes the default path, which honours `Retry-After`; any other is forced.
    if (verdict === 'true') return RETRY_STATUS.includes(error.response.status) ? undefined : true;
  }
  return undefined;
}

/** A response header, read without building `headers` where our Node fetch answered (it builds them lazily). */
function responseHeader(response: Response, name: string): string | null {
  const lazy = response as Response & { header?: (name: string) => string | null };
  return typeof lazy.header === 'function' ? lazy.header(name) : response.headers.get(name);
}

function isHttpError(error: unknown): error is { response: Response } {
  return error instanceof Error && error.name === 'HTTPError' && (error as { response?: unknown }).response instanceof Response;
}

/** Runs a user hook; a hook that throws is logged, never turned into a failed (and retried) attempt. */
function callHook(logger: LevelLogger, name: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    logger.log('warn', `cardplane: the ${name} hook threw (ignored): ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The one HTTP layer every resource shares: headers, encoding, retries, errors, validation. */
export class Transport {
  readonly #cfg: TransportConfig;
  readonly #kyOptions: KyOptions;
  /** Whether bodies go to the fetch out of band (the built-in Node fetch only). */
  readonly #bodyInit: boolean;
  #ky: Promise<KyClient> | undefined;
  #kyLoaded: KyClient | undefined;

  constructor(cfg: TransportConfig) {
    this.#cfg = cfg;
    // From here on every redaction (errors built anywhere, log lines) hides this key, whatever its shape.
    rememberSecret(cfg.apiKey);
    const realFetch = cfg.fetch ?? defaultFetch();
    const hooks = cfg.hooks;
    const logger = cfg.logger;
    const observed =
      hooks?.onResponse || logger.enabled('debug')
        ? async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
            const started = performance.now();
            const res = await realFetch(input, init);
            const req = input as Request;
            const outOfBand = (init as Record<string, unknown> | undefined)?.[BODY_INIT_KEY] as OutOfBandInit | undefined;
            const attempt = outOfBand ? outOfBand.attempts : Number(req.headers?.get?.('x-cardplane-retry-count') ?? '0') + 1;
            const requestId = res.headers.get('request-id') ?? undefined;
            const elapsedMs = performance.now() - started;
            logger.log('debug', `cardplane: ← ${res.status} ${req.method} ${new URL(req.url).pathname} ${requestId ?? ''} ${elapsedMs.toFixed(1)}ms`);
            callHook(logger, 'onResponse', () => hooks?.onResponse?.({ method: req.method, url: req.url, attempt, status: res.status, requestId, elapsedMs }));
            return res;
          }
        : realFetch;
    const bodyInit = (realFetch as OwnFetch).acceptsBodyInit === true;
    // ky deep-merges these into every call's options: only what differs from ky's defaults (`throwHttpErrors`
    // is true there). With our Node fetch the adapter runs the per-attempt timer, so ky runs none.
    this.#kyOptions = {
      fetch: observed as typeof fetch,
      ...(bodyInit ? { timeout: false as const } : {}),
      retry: {
        methods: RETRY_METHODS,
        statusCodes: RETRY_STATUS,
        afterStatusCodes: RETRY_STATUS,
        maxRetryAfter: MAX_RETRY_AFTER_MS,
        delay: retryDelay,
        jitter,
        retryOnTimeout: true,
        shouldRetry: stripeShouldRetry,
      },
      hooks: {
        // With our Node fetch, the adapter answers ky's attempt from this hook (ky documents a Response returned by
        // `beforeRequest` as the answer of the attempt): ky keeps the retries, their delays, `Retry-After`, the
        // HTTPError and every hook, and skips the clone of its Request per attempt. With another fetch, ky calls it.
        beforeRequest: [
          (request, options, { retryCount }) => {
            const state = stateOf(options);
            state.attempts = retryCount + 1;
            if (retryCount > 0 && !bodyInit) request.headers.set('x-cardplane-retry-count', String(retryCount));
            if (logger.enabled('debug')) logger.log('debug', `cardplane: → ${state.method} ${state.path} attempt ${state.attempts}`);
            const onRequest = hooks?.onRequest;
            if (onRequest) {
              callHook(logger, 'onRequest', () => onRequest({ method: state.method, url: state.url, attempt: state.attempts, idempotencyKey: state.idempotencyKey }));
            }
            if (!bodyInit) return undefined;
            return observed(request, options as RequestInit).then(
              (response) => {
                if (!response.ok) state.outcomes.push(String(response.status));
                return response;
              },
              (error: unknown) => {
                state.outcomes.push(outcomeOf(error));
                throw error;
              },
            );
          },
        ],
        // Without our Node fetch, the outcome of each failed attempt but the last (which the transport adds).
        beforeRetry: bodyInit
          ? []
          : [
              ({ options, error }) => {
                stateOf(options).outcomes.push(outcomeOf(error));
              },
            ],
      },
    };
    this.#bodyInit = bodyInit;
  }

  /** The ky instance, created on the first request: ky probes the runtime when it loads, so import time does not pay for it. */
  #client(): Promise<KyClient> {
    return (this.#ky ??= loadKy(this.#kyOptions).then((client) => (this.#kyLoaded = client)));
  }

  /** Settings, without the key. */
  get baseUrl(): string {
    return this.#cfg.baseUrl;
  }

  /** A safe description of the key, e.g. `sk_test_[REDACTED]`. */
  get keyHint(): string {
    return describeKey(this.#cfg.apiKey);
  }

  /** Sends one request (with its retries) and resolves to the final 2xx response; non-2xx become typed errors. */
  async send(spec: RequestSpec, options: RequestOptions): Promise<RawResult> {
    const paramsSchema = resolveSchema(spec.paramsSchema);
    checkParams(paramsSchema instanceof Promise ? await paramsSchema : paramsSchema, spec.params, spec.context);
    if (options.unvalidatedParams !== undefined) spec = { ...spec, params: withUnvalidated(spec.params, options.unvalidatedParams, spec.context) };
    const cfg = this.#cfg;
    if (spec.testOnly && isLiveKey(cfg.apiKey)) {
      throw new CardplaneConfigurationError(`${spec.context} is a test helper and cannot be called with a live-mode key; nothing was sent`);
    }
    const path = this.#relativePath(spec.path);
    const mode = spec.mode ?? apiMode(path);
    const hasBody = spec.method === 'POST';
    const upload = hasBody ? spec.upload : undefined;
    let url = (upload ? cfg.uploadBaseUrl : cfg.baseUrl) + path;
    if (!hasBody && spec.params) {
      const query = encodeForm(spec.params, spec.context);
      if (query) url += (url.includes('?') ? '&' : '?') + query;
    }
    const idempotencyKey = needsIdempotencyKey(spec.method, mode) ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const multipart = upload ? await upload(spec.params ?? {}, spec.context) : undefined;
    const headers = buildHeaders(
      { apiKey: cfg.apiKey, mode, hasBody, contentType: multipart?.contentType, pinnedVersion: spec.version, clientVersion: cfg.apiVersion, options },
      idempotencyKey,
    );
    const body = multipart ? multipart.body : hasBody ? (mode === 'v2' ? encodeJson(spec.params, spec.context) : encodeForm(spec.params, spec.context)) : undefined;
    const timeout = options.timeout ?? cfg.timeout;
    const maxRetries = options.maxRetries ?? cfg.maxRetries;
    const signal = options.signal;
    const logger = cfg.logger;
    const state: CallState = { method: spec.method, path, url, idempotencyKey, attempts: 0, outcomes: [] };

    try {
      const client = this.#kyLoaded ?? (await this.#client());
      // As few per-call options as the call needs: ky merges each one into its defaults, then again into its own.
      const init: KyOptions & { [BODY_INIT_KEY]?: OutOfBandInit } = {};
      if (spec.method !== 'GET') init.method = spec.method;
      if (signal) init.signal = signal;
      if (this.#bodyInit) {
        // Our Node fetch takes headers and body beside ky's Request (which carries neither, nor the key) and runs
        // the per-attempt timer itself: ky keeps the retries, without a second timer and promise per attempt.
        // A timeout too long for a timer goes to ky, which refuses it.
        init[BODY_INIT_KEY] = { body, headers, attempts: 0, timeout, abortable: signal !== undefined, call: state };
        if (timeout > MAX_TIMER_MS) init.timeout = timeout;
      } else {
        init.timeout = timeout;
        init.context = { state };
        init.headers = headers;
        if (body !== undefined) init.body = body as BodyInit;
      }
      const response = await kyFor(client, maxRetries)(url, init);
      return { response, requestId: responseHeader(response, 'request-id') ?? undefined };
    } catch (error) {
      if (isHttpError(error)) {
        const res = error.response;
        // Redact the exact key before anything reads the body (the pattern in `redact` misses unusual key shapes).
        // The error redacts the body after decoding it (a key written with JSON escapes is caught too).
        const rawBody = await res.text().catch(() => '');
        let parsed: unknown;
        try {
          parsed = rawBody ? JSON.parse(rawBody) : undefined;
        } catch {
          parsed = undefined;
        }
        const apiError = makeAPIError({ status: res.status, headers: res.headers, body: parsed, rawBody });
        logger.log(res.status >= 500 ? 'error' : 'info', `cardplane: ${spec.context} failed: ${apiError.message}`);
        throw apiError;
      }
      if (error instanceof CardplaneError) throw error;
      if (signal?.aborted) throw new CardplaneAbortError(`${spec.context} was aborted by the caller`);
      // The hook records every attempt it answered; ky's own fetch leaves the last to be added here.
      const attempts = state.outcomes.length === state.attempts && state.attempts > 0 ? state.outcomes : [...state.outcomes, outcomeOf(error)];
      const tally = `${attempts.length} attempt${attempts.length === 1 ? '' : 's'}: ${attempts.join(', ')}`;
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new CardplaneTimeoutError(`${spec.context} timed out (${timeout} ms) on the last of ${tally} (${spec.method} ${path})`, { attempts });
      }
      const code = networkCode(error);
      const message = error instanceof Error ? error.message : String(error);
      throw new CardplaneConnectionError(`${spec.context} could not reach ${new URL(url).host}${code ? ` (${code})` : ''} after ${tally}${code ? '' : ` (${message})`}`, {
        cause: safeCause(error),
        attempts,
      });
    }
  }

  /** Sends a request and resolves to the validated object. */
  request<T>(spec: RequestSpec, schema: SchemaSource | undefined, options: RequestOptions): APIPromise<T> {
    return new APIPromise<T>(this.send(spec, options), (raw) => this.#parse<T>(raw, schema, spec.context));
  }

  /**
   * Sends a list request and resolves to a {@link Page} that can walk the following pages. The direction of
   * the walk is decided by the first call's params and passed on to the calls of the following pages.
   */
  list<Item>(spec: RequestSpec, itemSchema: SchemaSource | undefined, options: RequestOptions, backwards = walksBackwards(spec.params)): PagePromise<Item> {
    const parsePage = async (raw: RawResult): Promise<Page<Item>> => {
      const body = await this.#readJson(raw, spec.context);
      if (!body || typeof body !== 'object' || !Array.isArray((body as { data?: unknown }).data)) {
        throw new CardplaneResponseError(`Response of ${spec.context} is not a list`, { status: raw.response.status, requestId: raw.requestId });
      }
      const record = body as Record<string, unknown> & { data: unknown[] };
      const resolved = resolveSchema(itemSchema);
      const schema = resolved instanceof Promise ? await resolved : resolved;
      const items = record.data.map((item) =>
        checkResponse<Item>(schema, item, {
          strict: this.#cfg.strict,
          logger: this.#cfg.logger,
          context: spec.context,
          status: raw.response.status,
          requestId: raw.requestId,
        }),
      );
      const next = (page: Page<Item>): PagePromise<Item> =>
        this.list<Item>({ ...spec, ...nextPageRequest(spec.params, page, backwards), paramsSchema: undefined }, itemSchema, options, backwards);
      return new Page<Item>(record, items, next, backwards);
    };
    return new PagePromise<Item>(this.send(spec, options), parsePage);
  }

  #relativePath(path: string): string {
    if (path.startsWith('/')) return path;
    let url: URL;
    try {
      url = new URL(path);
    } catch {
      throw new CardplaneConfigurationError(`Request path must start with "/": ${path}`);
    }
    // Exact origin match: a prefix test would accept `https://api.stripe.co` for `https://api.stripe.com`.
    const base = new URL(this.#cfg.baseUrl);
    if (url.origin !== base.origin) {
      throw new CardplaneConfigurationError(`Refusing to send the API key to ${url.origin}, which is not the configured baseUrl`);
    }
    // The caller adds baseUrl again: drop its path prefix (e.g. a proxy's `/stripe`) when the URL repeats it.
    const prefix = base.pathname.replace(/\/+$/, '');
    const pathname = prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
    return pathname + url.search;
  }

  async #readJson(raw: RawResult, context: string): Promise<unknown> {
    const text = await raw.response.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      // JSON.parse's message quotes the body: keep only a redacted copy of it as the cause.
      const cause = new SyntaxError(redact(error instanceof Error ? error.message : String(error), this.#cfg.apiKey));
      throw new CardplaneResponseError(`Invalid JSON in the response of ${context} (status ${raw.response.status}): ${redact(text, this.#cfg.apiKey).slice(0, 120)}`, {
        status: raw.response.status,
        requestId: raw.requestId,
        cause,
      });
    }
  }

  async #parse<T>(raw: RawResult, schema: SchemaSource | undefined, context: string): Promise<T> {
    const body = await this.#readJson(raw, context);
    const resolved = resolveSchema(schema);
    return checkResponse<T>(resolved instanceof Promise ? await resolved : resolved, body, {
      strict: this.#cfg.strict,
      logger: this.#cfg.logger,
      context,
      status: raw.response.status,
      requestId: raw.requestId,
    });
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** The checked params with the `unvalidatedParams` option merged over them (plain objects key by key); neither input is changed. */
function withUnvalidated(params: Record<string, unknown> | undefined, extra: unknown, context: string): Record<string, unknown> {
  if (!isPlainObject(extra)) throw new CardplaneValidationError([{ field: '(options).unvalidatedParams', message: 'must be a plain object of params' }], context);
  const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = isPlainObject(out[k]) && isPlainObject(v) ? merge(out[k] as Record<string, unknown>, v) : v;
    return out;
  };
  return merge(params ?? {}, extra);
}

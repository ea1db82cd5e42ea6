import { CardplaneError } from '../core/errors.js';
import { API_VERSIONS } from '../core/versions.js';
import { WebhookConfigurationError, WebhookError, WebhookEventError } from './errors.js';
import type { AuthorizationRequestEvent, StripeEvent } from './events.js';
import type { IssuingAuthorization } from './objects.js';
import { normalizePayload, safeString } from './internal/body.js';
import { parseSnapshotEvent } from './internal/envelope.js';
import { checkTolerance, normalizeSecrets, verifyChecked } from './internal/verify.js';
import type { SignatureHeader, WebhookSecret } from './signature.js';

/** Default time budget of a real-time authorization answer, from the request's arrival (Stripe waits 2 s in all). */
export const DEFAULT_DEADLINE_MS = 1_000;

/** What `decide` answers for one authorization request. */
export interface AuthorizationDecision {
  /** `true` approves, `false` declines. */
  approved: boolean;
  /**
   * Approve this amount (card currency, minor units, a positive integer) instead of the requested one.
   * Only allowed when `authorization.pending_request.is_amount_controllable` is true: otherwise a different
   * amount turns the decision into a decline (reported as `amount_not_controllable`), and an amount equal
   * to the requested one is dropped.
   */
  amount?: number;
  /** Stored on the authorization (string values; up to 50 keys of ≤ 40 chars, values ≤ 500 chars). */
  metadata?: Record<string, string>;
}

/** What `decide` receives besides the authorization. */
export interface DecideContext {
  /** The whole verified `issuing_authorization.request` event. */
  readonly event: AuthorizationRequestEvent;
  /** Aborted when the deadline passes: pass it to `fetch` and friends so late work stops. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline when `decide` was called. */
  readonly remainingMs: number;
}

/** The kinds of fault the handler reports through `onError` (the answer to Stripe is still sent). */
export type AuthorizationFaultKind =
  'signature' | 'event_invalid' | 'decide_threw' | 'deadline' | 'invalid_decision' | 'invalid_metadata' | 'amount_not_controllable' | 'on_event_threw' | 'internal';

/** A fault the handler recovered from, reported through `onError`. */
export class AuthorizationHandlerFault extends CardplaneError {
  override name = 'AuthorizationHandlerFault';
  /** What went wrong. */
  readonly kind: AuthorizationFaultKind;
  /** The event, when it was parsed. */
  readonly eventId: string | undefined;
  /** The authorization, for authorization requests. */
  readonly authorizationId: string | undefined;
  /** The decision sent to Stripe instead, for authorization requests. */
  readonly sent: AuthorizationDecision | undefined;
  constructor(
    kind: AuthorizationFaultKind,
    message: string,
    init: { cause?: unknown; eventId?: string | undefined; authorizationId?: string | undefined; sent?: AuthorizationDecision | undefined } = {},
  ) {
    super(message, { cause: init.cause });
    this.kind = kind;
    this.eventId = init.eventId;
    this.authorizationId = init.authorizationId;
    this.sent = init.sent;
  }
}

/** Options of {@link createAuthorizationHandler}. */
export interface AuthorizationHandlerOptions {
  /** The real-time authorization endpoint's signing secret (`whsec_…`), or several during a rotation. */
  secret: WebhookSecret;
  /**
   * Decides one authorization request: returns (or resolves to) `{ approved, amount?, metadata? }`.
   * Called only for verified `issuing_authorization.request` events.
   */
  decide: (authorization: IssuingAuthorization, context: DecideContext) => AuthorizationDecision | PromiseLike<AuthorizationDecision>;
  /** Time budget in ms from the request's arrival to the answer (default 1000; Stripe gives up after 2000). */
  deadlineMs?: number;
  /** The decision sent when `decide` throws, runs past the deadline or answers an invalid decision (default `'decline'`). */
  onDeadline?: 'approve' | 'decline';
  /**
   * Receives every other verified v1 event (awaited: a rejection answers 500, so Stripe retries it).
   * Without it, other events are acknowledged with 200 and dropped.
   */
  onEvent?: (event: StripeEvent) => void | PromiseLike<void>;
  /** Receives each fault the handler recovered from (default: `console.error`). Must not throw (it is guarded). */
  onError?: (fault: AuthorizationHandlerFault) => void;
  /** Signature timestamp tolerance in seconds (default 300). */
  tolerance?: number;
  /** The `Stripe-Version` header of the answer (default: the SDK's v1 API version). */
  apiVersion?: string;
}

/** A webhook request reduced to what the handler needs (for adapters). */
export interface RawWebhookRequest {
  /** HTTP method (only `POST` is accepted); omit when already checked. */
  method?: string | undefined;
  /** The raw body: a string or bytes. */
  body: unknown;
  /** The `Stripe-Signature` header. */
  signature: SignatureHeader;
}

/** The answer to write back (for adapters). */
export interface RawWebhookResponse {
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: Record<string, string>;
  /** Response body (JSON text). */
  body: string;
}

/** A Fetch-API webhook handler (mount it in any framework), with the framework-free core as `handle`. */
export interface AuthorizationHandler {
  /** Answers one webhook request. Never rejects. */
  (request: Request): Promise<Response>;
  /** The same, on a request reduced to method, raw body and signature header (used by the `node:http` adapter). Never rejects. */
  handle(request: RawWebhookRequest): Promise<RawWebhookResponse>;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

function isThenable<T>(value: unknown): value is PromiseLike<T> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return safeString(error);
}

const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

type Checked = { ok: true; decision: AuthorizationDecision } | { ok: false; kind: AuthorizationFaultKind; message: string; metadataDropped?: AuthorizationDecision };

function checkMetadata(metadata: unknown): string | undefined {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return 'metadata must be an object of strings';
  const entries = Object.entries(metadata);
  if (entries.length > 50) return 'metadata has more than 50 keys';
  for (const [k, v] of entries) {
    if (k.length === 0 || k.length > 40 || k.includes('[') || k.includes(']')) return `metadata key ${JSON.stringify(k)} is empty, longer than 40 chars or contains [ ]`;
    if (typeof v !== 'string') return `metadata.${k} must be a string`;
    if (v.length > 500) return `metadata.${k} is longer than 500 chars`;
  }
  return undefined;
}

/** Validates a decision against the request; returns the decision to send or the fault. */
function checkDecision(value: unknown, authorization: IssuingAuthorization): Checked {
  if (typeof value !== 'object' || value === null)
    return { ok: false, kind: 'invalid_decision', message: `decide returned ${value === null ? 'null' : typeof value}, not { approved }` };
  const d = value as Record<string, unknown>;
  if (typeof d.approved !== 'boolean') return { ok: false, kind: 'invalid_decision', message: 'decision.approved must be a boolean' };
  const out: AuthorizationDecision = { approved: d.approved };
  if (d.amount !== undefined && d.approved) {
    const amount = d.amount;
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) {
      return { ok: false, kind: 'invalid_decision', message: `decision.amount must be a positive integer (minor units), got ${safeString(amount)}` };
    }
    const pending = authorization.pending_request;
    if (pending?.is_amount_controllable === true) out.amount = amount;
    else if (amount !== pending?.amount) {
      return {
        ok: false,
        kind: 'amount_not_controllable',
        message: `decide approved amount ${amount} but this request's amount (${String(pending?.amount)}) is not controllable: declined`,
      };
    }
  }
  if (d.metadata !== undefined) {
    const problem = checkMetadata(d.metadata);
    if (problem) return { ok: false, kind: 'invalid_metadata', message: `${problem}: metadata dropped`, metadataDropped: out };
    out.metadata = d.metadata as Record<string, string>;
  }
  return { ok: true, decision: out };
}

/**
 * Creates the endpoint for Issuing real-time authorizations: a Fetch-API handler
 * `(request: Request) => Promise<Response>` that mounts in any framework (see `toNodeListener` for `node:http`/Express).
 *
 * For each request it verifies the signature (400 and no `decide` call when it fails), parses the event,
 * calls `decide(authorization)` for `issuing_authorization.request` and answers Stripe directly:
 * status 200, `Stripe-Version` header, JSON `{ approved, amount?, metadata? }`. When `decide` throws,
 * runs past `deadlineMs` or returns an invalid decision, the `onDeadline` decision (decline unless
 * configured) is sent and the fault goes to `onError`. Other events go to `onEvent`. It never rejects.
 *
 * @example
 * const handler = createAuthorizationHandler({
 *   secret: process.env.STRIPE_AUTHORIZATION_SECRET!,
 *   decide: (auth) => ({ approved: (auth.pending_request?.amount ?? 0) <= 50_00 }),
 * });
 * export default { fetch: handler }; // Bun, Deno, Cloudflare Workers; or app.post('/auth', c => handler(c.req.raw)) in Hono
 */
export function createAuthorizationHandler(options: AuthorizationHandlerOptions): AuthorizationHandler {
  if (typeof options !== 'object' || options === null) throw new WebhookConfigurationError('createAuthorizationHandler needs an options object');
  const secrets = normalizeSecrets(options.secret);
  if (typeof options.decide !== 'function') throw new WebhookConfigurationError('decide must be a function');
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  if (typeof deadlineMs !== 'number' || !Number.isFinite(deadlineMs) || deadlineMs <= 0 || deadlineMs >= 2000) {
    throw new WebhookConfigurationError(`deadlineMs must be between 0 and 2000 (Stripe waits 2 s), got ${safeString(deadlineMs)}`);
  }
  const onDeadline = options.onDeadline ?? 'decline';
  if (onDeadline !== 'approve' && onDeadline !== 'decline') throw new WebhookConfigurationError(`onDeadline must be 'approve' or 'decline'`);
  const tolerance = checkTolerance(options.tolerance);
  const apiVersion = options.apiVersion ?? API_VERSIONS.v1;
  const decide = options.decide;
  const onEvent = options.onEvent;
  const onError = options.onError ?? ((fault: AuthorizationHandlerFault) => console.error(`cardplane: ${fault.message}`));
  const fallback = (): AuthorizationDecision => ({ approved: onDeadline === 'approve' });
  const decisionHeaders = { 'stripe-version': apiVersion, 'content-type': 'application/json' };

  const report = (fault: AuthorizationHandlerFault): void => {
    try {
      onError(fault);
    } catch {
      // A failing reporter must not change the answer.
    }
  };
  const answer = (decision: AuthorizationDecision): RawWebhookResponse => ({ status: 200, headers: decisionHeaders, body: JSON.stringify(decision) });
  const problem = (status: number, code: string, message: string): RawWebhookResponse => ({
    status,
    headers: JSON_HEADERS,
    body: JSON.stringify({ error: { code, message } }),
  });

  /** Sends the fallback decision and reports why. */
  const fail = (event: AuthorizationRequestEvent, kind: AuthorizationFaultKind, message: string, cause?: unknown): RawWebhookResponse => {
    const authorization = event.data.object;
    const sent = fallback();
    report(
      new AuthorizationHandlerFault(kind, `authorization ${authorization.id}: ${message}; answered ${sent.approved ? 'approve' : 'decline'}`, {
        eventId: event.id,
        authorizationId: authorization.id,
        sent,
        cause,
      }),
    );
    return answer(sent);
  };

  /** The answer to what `decide` returned (or resolved to). */
  const decided = (event: AuthorizationRequestEvent, result: unknown): RawWebhookResponse => {
    const authorization = event.data.object;
    const checked = checkDecision(result, authorization);
    if (checked.ok) return answer(checked.decision);
    const ids = { eventId: event.id, authorizationId: authorization.id };
    if (checked.metadataDropped) {
      report(new AuthorizationHandlerFault(checked.kind, `authorization ${authorization.id}: ${checked.message}`, { ...ids, sent: checked.metadataDropped }));
      return answer(checked.metadataDropped);
    }
    if (checked.kind === 'amount_not_controllable') {
      const sent: AuthorizationDecision = { approved: false };
      report(new AuthorizationHandlerFault(checked.kind, `authorization ${authorization.id}: ${checked.message}`, { ...ids, sent }));
      return answer(sent);
    }
    return fail(event, checked.kind, checked.message);
  };

  /** Waits for an asynchronous `decide` until the deadline: the only path with a timer. */
  async function awaitDecision(event: AuthorizationRequestEvent, pending: PromiseLike<unknown>, started: number, abort: (reason: unknown) => void): Promise<RawWebhookResponse> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await new Promise<{ kind: 'value'; value: unknown } | { kind: 'error'; error: unknown } | { kind: 'timeout' }>((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timeout' }), Math.max(0, deadlineMs - (now() - started)));
      try {
        pending.then(
          (value) => resolve({ kind: 'value', value }),
          (error: unknown) => resolve({ kind: 'error', error }),
        );
      } catch (error) {
        resolve({ kind: 'error', error });
      }
    });
    clearTimeout(timer);
    if (outcome.kind === 'timeout') {
      abort(new AuthorizationHandlerFault('deadline', 'deadline passed', { eventId: event.id, authorizationId: event.data.object.id }));
      return fail(event, 'deadline', `decide did not answer within the deadline of ${deadlineMs} ms`);
    }
    if (outcome.kind === 'error') return fail(event, 'decide_threw', `decide rejected with ${describeError(outcome.error)}`, outcome.error);
    return decided(event, outcome.value);
  }

  /** Calls `decide`; answers synchronously when it does (no promise, no timer), else through {@link awaitDecision}. */
  function decideRequest(event: AuthorizationRequestEvent, started: number): RawWebhookResponse | Promise<RawWebhookResponse> {
    const remainingMs = deadlineMs - (now() - started);
    if (remainingMs <= 0) return fail(event, 'deadline', `the deadline of ${deadlineMs} ms passed before decide was called`);
    let controller: AbortController | undefined;
    const context: DecideContext = {
      event,
      remainingMs,
      get signal() {
        return (controller ??= new AbortController()).signal;
      },
    };
    let result: unknown;
    try {
      result = decide(event.data.object, context);
    } catch (error) {
      return fail(event, 'decide_threw', `decide threw ${describeError(error)}`, error);
    }
    if (isThenable(result)) return awaitDecision(event, result, started, (reason) => controller?.abort(reason));
    return decided(event, result);
  }

  async function handle(request: RawWebhookRequest): Promise<RawWebhookResponse> {
    const started = now();
    let isAuthorizationRequest = false;
    try {
      if (request.method !== undefined && request.method.toUpperCase() !== 'POST')
        return { ...problem(405, 'method_not_allowed', 'POST only'), headers: { ...JSON_HEADERS, allow: 'POST' } };
      let event: StripeEvent;
      try {
        // Synchronous on runtimes with a built-in crypto module: no await between the body and the answer.
        let verified = verifyChecked(normalizePayload(request.body), request.signature, secrets, tolerance, Math.floor(Date.now() / 1000));
        if (isThenable(verified)) verified = await verified;
        event = parseSnapshotEvent(verified.body);
      } catch (error) {
        if (error instanceof WebhookEventError) {
          report(new AuthorizationHandlerFault('event_invalid', `webhook rejected (400): ${error.message}`, { cause: error }));
          return problem(400, error.code, 'invalid event');
        }
        if (error instanceof WebhookError) {
          report(new AuthorizationHandlerFault('signature', `webhook rejected (400): ${error.message}`, { cause: error }));
          return problem(400, error.code, 'signature verification failed');
        }
        throw error;
      }
      if (event.type === 'issuing_authorization.request') {
        isAuthorizationRequest = true;
        const reply = decideRequest(event, started);
        return isThenable(reply) ? await reply : reply;
      }
      if (onEvent) {
        try {
          await onEvent(event);
        } catch (error) {
          report(
            new AuthorizationHandlerFault('on_event_threw', `onEvent failed for ${event.type} ${event.id} (answered 500 so that Stripe retries): ${describeError(error)}`, {
              cause: error,
              eventId: event.id,
            }),
          );
          return problem(500, 'on_event_failed', 'event handler failed');
        }
      }
      return { status: 200, headers: JSON_HEADERS, body: '{"received":true}' };
    } catch (error) {
      const sent = isAuthorizationRequest ? fallback() : undefined;
      report(new AuthorizationHandlerFault('internal', `webhook handler failed: ${describeError(error)}`, { cause: error, sent }));
      // An authorization request still gets a decision: Stripe must never wait or see a 500.
      return sent ? answer(sent) : problem(500, 'internal', 'internal error');
    }
  }

  const handler = async (request: Request): Promise<Response> => {
    let raw: RawWebhookResponse;
    try {
      const method = request.method;
      // The body is read once, as bytes: verified as received, decoded once for the JSON parse.
      const body = method === 'POST' ? new Uint8Array(await request.arrayBuffer()) : '';
      raw = await handle({ method, body, signature: request.headers.get('stripe-signature') });
    } catch (error) {
      report(new AuthorizationHandlerFault('internal', `could not read the webhook request: ${describeError(error)}`, { cause: error }));
      raw = problem(400, 'unreadable_request', 'could not read the request body');
    }
    return new Response(raw.body, { status: raw.status, headers: raw.headers });
  };
  return Object.assign(handler, { handle });
}

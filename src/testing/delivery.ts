import { signTestPayload } from '../webhooks/signature.js';
import type { EventLog, EventRequestInfo, WrittenEvent } from './events.js';
import type { MockStore } from './store.js';
import { isObj } from './values.js';

/*
 * Webhook delivery of the mock: each event written goes, signed like Stripe (`Stripe-Signature:
 * t=…,v1=…`, HMAC-SHA256 of `t.body` with the endpoint's `whsec_` secret), to every enabled v1
 * webhook endpoint and v2 event destination of the owning account whose enabled events name it.
 * A URL registered with `mock.onWebhook(url, handler)` is answered in process by that Fetch handler;
 * any other URL gets a real `fetch` POST. Deliveries run after the API call has answered (as on
 * Stripe). A failed delivery (non-2xx, connection error) is retried as Stripe does, with backoff, on the
 * schedule of {@link WebhookRetryOptions} (Stripe: 3 retries over a few hours in test mode, up to 3 days
 * in live mode; the mock's default is 3 retries 10, 20 and 40 ms apart), each attempt signed anew and
 * recorded with its number; a disabled or deleted destination is not retried. The event's
 * `pending_webhooks` counts the destinations not yet answered with 2xx. `mock.settled()` waits for
 * every attempt, retries included.
 */

type Obj = Record<string, unknown>;

/** A new `whsec_` signing secret. */
export function newSigningSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return `whsec_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A Fetch-API handler answering webhook POSTs in process (e.g. `createAuthorizationHandler(...)`). */
export type WebhookHandler = (request: Request) => Response | Promise<Response>;

/** One webhook POST the mock made. */
export interface DeliveryRecord {
  /** `we_…` (v1 webhook endpoint) or `ed_…` (v2 event destination). */
  destination: string;
  url: string;
  /** The event id and type sent. */
  eventId: string;
  type: string;
  /** `snapshot` (v1 event) or `thin` (v2 notification). */
  payload: 'snapshot' | 'thin';
  /** HTTP status of the answer (`0`: no answer: connection error or timeout). */
  status: number;
  /** 1 for the first POST of an event to a destination, 2 for its first retry, and so on. */
  attempt: number;
  /** The exact body sent, and its `Stripe-Signature` header. */
  body: string;
  signature: string;
}

/** What a real-time authorization endpoint answered, as applied to the authorization. */
export interface AuthorizationAnswer {
  approved: boolean;
  /** The amount approved when the request's amount is controllable. */
  amount?: number;
  metadata?: Record<string, string>;
  /** `webhook_approved`, `webhook_declined`, `webhook_timeout` or `webhook_error`. */
  reason: 'webhook_approved' | 'webhook_declined' | 'webhook_timeout' | 'webhook_error';
}

/** How failed deliveries are retried: one retry per delay, each delay waited after the failed attempt. */
export interface WebhookRetryOptions {
  /** Delay before each retry, in ms (default `[10, 20, 40]`: Stripe's 3 test-mode retries, scaled from hours to ms; `[]`: no retry). */
  delaysMs?: readonly number[];
}

/** The mock's default retry delays: Stripe's three test-mode retries, with exponential backoff, in ms. */
const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [10, 20, 40];

/** Options of the real-time authorization exchange. */
export interface AuthorizationWebhookOptions {
  /** How long the mock waits for the answer, in ms (Stripe: 2000). */
  deadlineMs: number;
  /** The decision applied when no answer comes in time (Stripe: the Dashboard's timeout setting). */
  onTimeout: 'approve' | 'decline';
}

const V1_PATHS: Record<string, (o: Obj) => string> = {
  account: (o) => `/v1/accounts/${String(o.id)}`,
  balance: () => '/v1/balance',
  capability: (o) => `/v1/accounts/${String(o.account)}/capabilities/${String(o.id)}`,
  person: (o) => `/v1/accounts/${String(o.account)}/persons/${String(o.id)}`,
};

/** The API path of a v1 object, for a thin event's `related_object.url`. */
function v1Path(o: Obj): string {
  const type = String(o.object);
  const special = V1_PATHS[type];
  if (special) return special(o);
  const parts = type.split('.');
  const last = parts.pop() ?? type;
  const plural = last.endsWith('y') ? `${last.slice(0, -1)}ies` : `${last}s`;
  return `/v1/${[...parts, plural].join('/')}/${String(o.id)}`;
}

/** The thin notification of a v2 event: what is POSTed (no `data`, no `changes`). */
function notification(event: Obj): Obj {
  const { data: _data, changes: _changes, ...thin } = event;
  return thin;
}

/** Sends events to webhook endpoints and event destinations; runs the real-time authorization exchange. */
export class WebhookDelivery {
  readonly #store: MockStore;
  readonly #log: EventLog;
  readonly #handlers = new Map<string, WebhookHandler>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #fetch: typeof fetch;
  /** Every webhook POST made, in order. */
  readonly records: DeliveryRecord[] = [];
  readonly options: AuthorizationWebhookOptions;
  readonly #retryDelays: readonly number[];
  /** Bumped by `reset()`: retries of an earlier generation stop. */
  #generation = 0;

  constructor(store: MockStore, log: EventLog, options: AuthorizationWebhookOptions & { fetch?: typeof fetch | undefined; retries?: WebhookRetryOptions | undefined }) {
    this.#store = store;
    this.#log = log;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retryDelays = options.retries?.delaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.options = { deadlineMs: options.deadlineMs, onTimeout: options.onTimeout };
    log.subscribe((written) => this.#fanOut(written));
  }

  /** Answers POSTs to `url` with `handler` in process instead of the network. */
  handle(url: string, handler: WebhookHandler): void {
    this.#handlers.set(url, handler);
  }

  /** Waits until every delivery started so far has been answered. */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /** Forgets records and in-process handlers (after `mock.reset()`). */
  reset(): void {
    this.#generation += 1;
    this.records.length = 0;
    this.#handlers.clear();
  }

  /** Enabled destinations of both kinds, with the account each belongs to. */
  #destinations(): Array<{ obj: Obj; owner: string }> {
    return this.#store
      .entries()
      .filter(([, o]) => (o.object === 'webhook_endpoint' || o.object === 'v2.core.event_destination') && o.status === 'enabled')
      .map(([, obj, owner]) => ({ obj, owner: owner ?? '' }));
  }

  /** Whether a destination receives the events of `account` (Connect endpoints and `@accounts` destinations: connected accounts). */
  static #reaches(dest: Obj, owner: string, account: string | undefined): boolean {
    if (dest.object === 'webhook_endpoint') return dest.connect === true ? owner === '' && account !== undefined : owner === (account ?? '');
    const from = Array.isArray(dest.events_from) && dest.events_from.length > 0 ? dest.events_from.map(String) : ['self'];
    const self = from.includes('self') || from.includes('@self');
    const others = from.includes('other_accounts') || from.includes('@accounts');
    return (self && owner === (account ?? '')) || (others && owner === '' && account !== undefined);
  }

  #fanOut(written: WrittenEvent): void {
    const { event, account } = written;
    const type = String(event.type);
    if (type === 'issuing_authorization.request') return; // only to the real-time endpoint, by requestAuthorization
    // Written by this module for one destination: sent there, not fanned out again.
    if (event.object === 'v2.core.event' && (type.startsWith('v1.') || type === 'v2.core.event_destination.ping')) return;
    let thinOfV1: Obj | undefined;
    for (const { obj: dest, owner } of this.#destinations()) {
      if (!WebhookDelivery.#reaches(dest, owner, account)) continue;
      const enabled = Array.isArray(dest.enabled_events) ? dest.enabled_events.map(String) : [];
      if (dest.object === 'webhook_endpoint') {
        if (event.object === 'event' && (enabled.includes('*') || enabled.includes(type))) this.#send(dest, event, 'snapshot');
        continue;
      }
      if (dest.event_payload === 'snapshot') {
        if (event.object === 'event' && (enabled.includes('*') || enabled.includes(type))) this.#send(dest, event, 'snapshot');
      } else if (event.object === 'v2.core.event') {
        if (enabled.includes(type)) this.#send(dest, notification(event), 'thin');
      } else if (enabled.includes(`v1.${type}`) && !type.startsWith('treasury.')) {
        // A v1 event to a thin destination: its `v1.`-prefixed thin event, pointing at the object.
        const object = isObj(event.data) && isObj(event.data.object) ? event.data.object : {};
        thinOfV1 ??= this.#log.emitThin(
          `v1.${type}`,
          { id: String(object.id ?? ''), type: String(object.object ?? ''), url: v1Path(object) },
          account,
          event.request as EventRequestInfo | null,
        ).event;
        this.#send(dest, notification(thinOfV1), 'thin');
      }
    }
  }

  /** Sends one thin `v2.core.event_destination.ping` to a destination. */
  ping(dest: Obj, account: string | undefined, request: EventRequestInfo | null): Obj {
    const written = this.#log.emitThin(
      'v2.core.event_destination.ping',
      { id: String(dest.id), type: 'v2.core.event_destination', url: `/v2/core/event_destinations/${String(dest.id)}` },
      account,
      request,
    );
    this.#send(dest, notification(written.event), 'thin');
    return written.event;
  }

  static #target(dest: Obj): { url: string; secret: string } {
    if (dest.object === 'webhook_endpoint') return { url: String(dest.url), secret: String(dest.secret) };
    const we = isObj(dest.webhook_endpoint) ? dest.webhook_endpoint : {};
    return { url: String(we.url ?? ''), secret: String(we.signing_secret ?? '') };
  }

  /** POSTs a signed body; resolves with the status (0 when nothing answered) and the response. */
  async #post(url: string, secret: string, body: string, signal?: AbortSignal): Promise<{ status: number; response?: Response; signature: string }> {
    const signature = await signTestPayload(body, secret);
    const init: RequestInit = {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        accept: '*/*; q=0.5, application/json',
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'stripe-signature': signature,
      },
      ...(signal ? { signal } : {}),
    };
    try {
      const handler = this.#handlers.get(url);
      const response = handler ? await handler(new Request(url, init)) : await this.#fetch(url, init);
      return { status: response.status, response, signature };
    } catch {
      return { status: 0, signature };
    }
  }

  /** Whether a destination is still stored, of its kind, and enabled (a disabled or deleted one is not retried). */
  #stillEnabled(dest: Obj): boolean {
    const now = this.#store.get(String(dest.id));
    return now !== undefined && (now.object === 'webhook_endpoint' || now.object === 'v2.core.event_destination') && now.status === 'enabled';
  }

  #send(dest: Obj, payload: Obj, kind: 'snapshot' | 'thin'): void {
    const { url, secret } = WebhookDelivery.#target(dest);
    const body = JSON.stringify(payload);
    const stored = kind === 'snapshot' ? this.#store.get(String(payload.id)) : undefined;
    if (stored) stored.pending_webhooks = Number(stored.pending_webhooks ?? 0) + 1;
    const generation = this.#generation;
    const run = (async (): Promise<void> => {
      for (let attempt = 1; ; attempt++) {
        const { status, response, signature } = await this.#post(url, secret, body);
        await response?.body?.cancel().catch(() => undefined);
        if (generation !== this.#generation) return;
        this.records.push({ destination: String(dest.id), url, eventId: String(payload.id), type: String(payload.type), payload: kind, status, attempt, body, signature });
        if (status >= 200 && status < 300) {
          if (stored) stored.pending_webhooks = Math.max(0, Number(stored.pending_webhooks) - 1);
          return;
        }
        const delay = this.#retryDelays[attempt - 1];
        if (delay === undefined) return;
        await new Promise((resolve) => setTimeout(resolve, delay));
        if (generation !== this.#generation || !this.#stillEnabled(dest)) return;
      }
    })();
    this.#pending.add(run);
    void run.finally(() => this.#pending.delete(run));
  }

  /**
   * The real-time authorization exchange: sends `issuing_authorization.request` (the authorization with
   * its `pending_request`) to the account's endpoint subscribed to that type and waits up to the
   * deadline for `{ approved, amount?, metadata? }`. `undefined` when no such endpoint exists
   * (Stripe then decides without asking).
   */
  async requestAuthorization(authorization: Obj, account: string | undefined, request: EventRequestInfo | null): Promise<AuthorizationAnswer | undefined> {
    const dest = this.#destinations().find(
      ({ obj, owner }) =>
        obj.object === 'webhook_endpoint' &&
        WebhookDelivery.#reaches(obj, owner, account) &&
        Array.isArray(obj.enabled_events) &&
        obj.enabled_events.includes('issuing_authorization.request'),
    );
    if (!dest) return undefined;
    const { event } = this.#log.emit('issuing_authorization.request', authorization, account, request);
    const { url, secret } = WebhookDelivery.#target(dest.obj);
    const body = JSON.stringify(event);
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.deadlineMs);
    });
    const exchange = (async (): Promise<{ status: number; text: string | undefined; version: string | null; signature: string }> => {
      const { status, response, signature } = await this.#post(url, secret, body, controller.signal);
      let text: string | undefined;
      try {
        text = await response?.text();
      } catch {
        text = undefined;
      }
      return { status, text, version: response?.headers.get('stripe-version') ?? null, signature };
    })();
    const outcome = await Promise.race([exchange, timeout]);
    clearTimeout(timer);
    const record = (status: number, signature: string): void => {
      this.records.push({
        destination: String(dest.obj.id),
        url,
        eventId: String(event.id),
        type: 'issuing_authorization.request',
        payload: 'snapshot',
        status,
        attempt: 1,
        body,
        signature,
      });
    };
    if (outcome === 'timeout') {
      controller.abort();
      void exchange.then((o) => record(0, o.signature));
      return { approved: this.options.onTimeout === 'approve', reason: 'webhook_timeout' };
    }
    record(outcome.status, outcome.signature);
    const error: AuthorizationAnswer = { approved: false, reason: 'webhook_error' };
    // A valid answer: 200, a Stripe-Version header and a JSON body with a boolean `approved`.
    if (outcome.status !== 200 || !outcome.version || outcome.text === undefined) return error;
    let parsed: unknown;
    try {
      parsed = JSON.parse(outcome.text);
    } catch {
      return error;
    }
    if (!isObj(parsed) || typeof parsed.approved !== 'boolean') return error;
    const answer: AuthorizationAnswer = { approved: parsed.approved, reason: parsed.approved ? 'webhook_approved' : 'webhook_declined' };
    const pending = isObj(authorization.pending_request) ? authorization.pending_request : {};
    if (parsed.approved && parsed.amount !== undefined) {
      if (!Number.isSafeInteger(parsed.amount) || Number(parsed.amount) <= 0) return error;
      if (pending.is_amount_controllable === true) answer.amount = Number(parsed.amount);
      else if (parsed.amount !== pending.amount) return error;
    }
    if (isObj(parsed.metadata)) answer.metadata = Object.fromEntries(Object.entries(parsed.metadata).map(([k, v]) => [k, String(v)]));
    return answer;
  }
}

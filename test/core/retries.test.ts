import { afterAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  CardError,
  Cardplane,
  CardplaneAbortError,
  CardplaneConnectionError,
  CardplaneResponseError,
  CardplaneTimeoutError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type ClientOptions,
} from '../../src/index.js';
import { retryDelay } from '../../src/core/internal/transport.js';
import { PROGRAM, closedPortUrl, startServer, type Handler, type Reply, type TestServer } from '../helpers/server.js';
import { UUID_V4 } from './uuid.js';

// Every test here waits real backoff delays (0.25–0.5 s for the first retry), so they run concurrently, each on its own server.
const KEY = 'sk_test_51RetriesKey000000000';
const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that answers with `script[i]` for the i-th request (the last entry repeats). */
async function scripted(...script: Reply[]): Promise<TestServer> {
  const handler: Handler = (_req, i) => script[Math.min(i, script.length - 1)] ?? { body: PROGRAM };
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
const ok: Reply = { body: PROGRAM };
const err = (status: number, type = 'api_error', extra: Partial<Reply> = {}): Reply => ({
  status,
  body: { error: { type, message: `status ${status}` } },
  ...extra,
});
const client = (s: TestServer, extra: Partial<ClientOptions> = {}) => new Cardplane({ apiKey: KEY, baseUrl: s.url, logLevel: 'off', ...extra });
const create = (cp: Cardplane, options = {}) => cp.issuing.programs.create({ platform_program: 'iprg_p' }, options);
const gap = (s: TestServer, i = 1) => s.requests[i]!.at - s.requests[i - 1]!.at;

describe.concurrent('retries', () => {
  it('backoff schedule: 0.5 s doubling, capped at 5 s (before a 0.5–1.0 jitter)', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelay)).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
  });

  it('500 then 200: retried with the same Idempotency-Key and a retry-count header', async () => {
    const s = await scripted(err(500), ok);
    const res = await create(client(s)).withResponse();
    expect(res.data.id).toBe('iprg_1');
    expect(res.requestId).toBe('req_test_2');
    expect(s.requests).toHaveLength(2);
    const [a, b] = s.requests;
    expect(a!.headers['idempotency-key']).toMatch(UUID_V4);
    expect(b!.headers['idempotency-key']).toBe(a!.headers['idempotency-key']);
    expect(a!.headers['x-cardplane-retry-count']).toBeUndefined();
    expect(b!.headers['x-cardplane-retry-count']).toBe('1');
    expect(b!.body).toBe(a!.body);
    expect(gap(s)).toBeGreaterThanOrEqual(240);
    expect(gap(s)).toBeLessThan(900);
  });

  it('two failures then success with the default maxRetries (2): one key, counts 1 and 2', async () => {
    const s = await scripted(err(502), err(503), ok);
    await create(client(s), { idempotencyKey: 'ik_fixed' });
    expect(s.requests.map((r) => r.headers['idempotency-key'])).toEqual(['ik_fixed', 'ik_fixed', 'ik_fixed']);
    expect(s.requests.map((r) => r.headers['x-cardplane-retry-count'])).toEqual([undefined, '1', '2']);
    // second backoff: 1 s × 0.5–1.0
    expect(gap(s, 2)).toBeGreaterThanOrEqual(490);
  });

  it('429 with Retry-After: 1 waits about 1 s', async () => {
    const s = await scripted(err(429, 'rate_limit_error', { headers: { 'retry-after': '1' } }), ok);
    await create(client(s));
    expect(s.requests).toHaveLength(2);
    expect(gap(s)).toBeGreaterThanOrEqual(980);
    expect(gap(s)).toBeLessThan(1600);
  });

  it('Retry-After is honoured even when Stripe-Should-Retry: true comes with it', async () => {
    const s = await scripted(err(429, 'rate_limit_error', { headers: { 'retry-after': '1', 'stripe-should-retry': 'true' } }), ok);
    await create(client(s));
    expect(s.requests).toHaveLength(2);
    expect(gap(s)).toBeGreaterThanOrEqual(980);
  });

  it('429 without Retry-After is retried with backoff', async () => {
    const s = await scripted(err(429, 'rate_limit_error'), ok);
    await create(client(s));
    expect(s.requests).toHaveLength(2);
    expect(gap(s)).toBeLessThan(900);
  });

  it('a reset connection is retried (POST, same key)', async () => {
    const s = await scripted({ reset: true }, ok);
    const p = await create(client(s));
    expect(p.id).toBe('iprg_1');
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]!.headers['idempotency-key']).toBe(s.requests[0]!.headers['idempotency-key']);
  });

  it('a slow answer beyond timeout is retried, and the fast one wins', async () => {
    const s = await scripted({ ...ok, delayMs: 2_000 }, ok);
    const started = performance.now();
    const p = await create(client(s, { timeout: 300 }));
    expect(p.id).toBe('iprg_1');
    expect(s.requests).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(s.requests[1]!.headers['idempotency-key']).toBe(s.requests[0]!.headers['idempotency-key']);
  });

  it('all attempts slow → CardplaneTimeoutError (per-call timeout and maxRetries)', async () => {
    const s = await scripted({ ...ok, delayMs: 3_000 });
    const e = await create(client(s), { timeout: 200, maxRetries: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneTimeoutError);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    expect((e as Error).message).toMatch(/timed out \(200 ms\) on the last of 2 attempts: timeout, timeout/);
    expect((e as CardplaneTimeoutError).attempts).toEqual(['timeout', 'timeout']);
    expect(s.requests).toHaveLength(2);
  });

  it('malformed JSON on a 200 → CardplaneResponseError with status and request id, not retried', async () => {
    // Decision: a 2xx whose body cannot be read is not retried. The server acted on the request;
    // retrying a GET could be safe but a POST would only replay the idempotent answer, so the error surfaces at once.
    const s = await scripted({ status: 200, body: '{"id": "iprg_1", truncated' });
    const e = await create(client(s)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneResponseError);
    expect((e as CardplaneResponseError).status).toBe(200);
    expect((e as CardplaneResponseError).requestId).toBe('req_test_1');
    expect((e as Error).message).toMatch(/Invalid JSON/);
    expect(s.requests).toHaveLength(1);
  });

  it('Stripe-Should-Retry: false on a 503 → not retried', async () => {
    const s = await scripted(err(503, 'api_error', { headers: { 'stripe-should-retry': 'false' } }), ok);
    const e = await create(client(s)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InternalServerError);
    expect((e as InternalServerError).status).toBe(503);
    expect(s.requests).toHaveLength(1);
  });

  it('Stripe-Should-Retry: true on a 400 → retried', async () => {
    const s = await scripted(err(400, 'invalid_request_error', { headers: { 'stripe-should-retry': 'true' } }), ok);
    const p = await create(client(s));
    expect(p.id).toBe('iprg_1');
    expect(s.requests).toHaveLength(2);
  });

  it('409 (lock conflict) is retried', async () => {
    const s = await scripted(err(409, 'invalid_request_error'), ok);
    await create(client(s));
    expect(s.requests).toHaveLength(2);
  });

  it('400, 401, 402, 403, 404 are not retried and become their typed errors', async () => {
    const table = [
      [400, 'invalid_request_error', InvalidRequestError],
      [401, 'authentication_error', AuthenticationError],
      [402, 'card_error', CardError],
      [403, 'invalid_request_error', PermissionError],
      [404, 'invalid_request_error', NotFoundError],
    ] as const;
    for (const [status, type, cls] of table) {
      const s = await scripted(err(status, type), ok);
      const e = await create(client(s)).catch((x: unknown) => x);
      expect(e, String(status)).toBeInstanceOf(cls);
      expect(s.requests, String(status)).toHaveLength(1);
    }
  });

  it('maxRetries: 0 on the client disables retries; per call it can be raised again', async () => {
    const s = await scripted(err(500), ok);
    const cp = client(s, { maxRetries: 0 });
    await expect(create(cp)).rejects.toBeInstanceOf(InternalServerError);
    expect(s.requests).toHaveLength(1);
    s.handle((_r, i) => (i === 1 ? err(500) : ok));
    const p = await create(cp, { maxRetries: 1 });
    expect(p.id).toBe('iprg_1');
    expect(s.requests).toHaveLength(3);
  });

  it('maxRetries: 0 per call disables retries on a client that retries', async () => {
    const s = await scripted(err(503), ok);
    await expect(create(client(s, { maxRetries: 5 }), { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(s.requests).toHaveLength(1);
  });

  it('exhausted retries → the typed error of the last answer', async () => {
    const s = await scripted(err(500), err(429, 'rate_limit_error', { headers: { 'retry-after': '0' } }), {
      status: 503,
      body: { error: { type: 'api_error', code: 'last_one', message: 'still down' } },
    });
    const e = await create(client(s)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e).not.toBeInstanceOf(RateLimitError);
    expect((e as InternalServerError).status).toBe(503);
    expect((e as InternalServerError).code).toBe('last_one');
    expect((e as InternalServerError).requestId).toBe('req_test_3');
    expect(s.requests).toHaveLength(3);
  });

  it('GET and v2 DELETE are retried too', async () => {
    const s = await scripted(err(500), ok, err(502), ok);
    await client(s).issuing.programs.retrieve('iprg_1');
    await client(s).rawRequest('DELETE', '/v2/core/accounts/acct_1/persons/p_1');
    expect(s.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'DELETE', 'DELETE']);
    expect(s.requests[3]!.headers['idempotency-key']).toBe(s.requests[2]!.headers['idempotency-key']);
  });

  it('an AbortSignal aborts an attempt in flight → CardplaneAbortError, no retry', async () => {
    const s = await scripted({ ...ok, delayMs: 2_000 });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 150);
    const started = performance.now();
    const e = await create(client(s), { signal: ac.signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(s.requests).toHaveLength(1);
  });

  it('an AbortSignal aborts a backoff wait → CardplaneAbortError at once', async () => {
    const s = await scripted(err(429, 'rate_limit_error', { headers: { 'retry-after': '5' } }), ok);
    const ac = new AbortController();
    const started = performance.now();
    setTimeout(() => ac.abort(), 200);
    const e = await create(client(s), { signal: ac.signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(s.requests).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const s = await scripted(ok);
    const e = await create(client(s), { signal: AbortSignal.abort() }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneAbortError);
    expect(s.requests).toHaveLength(0);
  });

  it('connection refused → CardplaneConnectionError after the retries', async () => {
    const attempts: number[] = [];
    const cp = new Cardplane({ apiKey: KEY, baseUrl: await closedPortUrl(), maxRetries: 1, logLevel: 'off', hooks: { onRequest: (i) => attempts.push(i.attempt) } });
    const e = await create(cp).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    expect(e).not.toBeInstanceOf(CardplaneTimeoutError);
    expect((e as Error).message).toMatch(/after 2 attempt/);
    expect((e as Error).message).not.toContain(KEY);
    expect(attempts).toEqual([1, 2]);
  });
});

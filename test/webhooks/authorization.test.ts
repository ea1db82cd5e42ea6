import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { API_VERSIONS } from '../../src/core/versions.js';
import {
  AuthorizationHandlerFault,
  createAuthorizationHandler,
  signTestPayload,
  toNodeListener,
  WebhookConfigurationError,
  WebhookSecretError,
  type AuthorizationHandlerOptions,
  type NodeListener,
  type StripeEvent,
} from '../../src/webhooks/index.js';
import { authorizationRequestObject, HAS_DOCUMENTED, SECRET, snapshotEvent, stripeBody } from './helpers.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

/** Starts a real node:http server on 127.0.0.1. `before` may play a body-parser middleware. */
async function serve(listener: NodeListener, before?: (req: IncomingMessage & { body?: unknown }) => Promise<void>): Promise<string> {
  const server = createServer((req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    void (async () => {
      if (before) await before(req);
      await listener(req, res);
    })();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Options with faults collected. */
function withFaults(options: Partial<AuthorizationHandlerOptions> & Pick<AuthorizationHandlerOptions, 'decide'>) {
  const faults: AuthorizationHandlerFault[] = [];
  return { faults, options: { secret: SECRET, onError: (f: AuthorizationHandlerFault) => faults.push(f), ...options } as AuthorizationHandlerOptions };
}

async function authorizationRequest(pending: Record<string, unknown> = {}, secret = SECRET): Promise<{ body: string; header: string }> {
  const body = stripeBody(snapshotEvent('issuing_authorization.request', authorizationRequestObject(pending)));
  return { body, header: await signTestPayload(body, secret) };
}

async function post(url: string, body: string, header: string | undefined): Promise<{ status: number; headers: Headers; json: unknown; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...(header ? { 'stripe-signature': header } : {}) },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined, ms: performance.now() - started };
}

describe.skipIf(!HAS_DOCUMENTED)('real-time authorization handler behind node:http on 127.0.0.1', () => {
  it('approves with metadata: 200, Stripe-Version header, JSON body as Stripe documents; decide gets the documented authorization', async () => {
    const seen: unknown[] = [];
    const { options, faults } = withFaults({
      decide: (auth, ctx) => {
        seen.push(auth, ctx.event.type, ctx.remainingMs > 0);
        return { approved: true, metadata: { rule: 'travel' } };
      },
    });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    const res = await post(url, body, header);
    expect(res.status).toBe(200);
    expect(res.headers.get('stripe-version')).toBe(API_VERSIONS.v1);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.json).toEqual({ approved: true, metadata: { rule: 'travel' } });
    expect(seen[0]).toEqual(authorizationRequestObject());
    expect(seen.slice(1)).toEqual(['issuing_authorization.request', true]);
    expect(faults).toEqual([]);
  });

  it('declines, and an async decide is awaited', async () => {
    const url = await serve(toNodeListener(createAuthorizationHandler({ secret: SECRET, decide: async () => ({ approved: false }) })));
    const { body, header } = await authorizationRequest();
    const res = await post(url, body, header);
    expect(res.json).toEqual({ approved: false });
  });

  it('approves another amount when the request is amount-controllable', async () => {
    const { options, faults } = withFaults({ decide: (auth) => ({ approved: true, amount: Math.min(auth.pending_request?.amount ?? 0, 500) }) });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest({ is_amount_controllable: true });
    expect((await post(url, body, header)).json).toEqual({ approved: true, amount: 500 });
    expect(faults).toEqual([]);
  });

  it('a different amount on a non-controllable request is declined and reported; the requested amount is dropped silently', async () => {
    const { options, faults } = withFaults({ decide: (_a) => ({ approved: true, amount: 500 }) });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest({ is_amount_controllable: false });
    expect((await post(url, body, header)).json).toEqual({ approved: false });
    expect(faults.map((f) => f.kind)).toEqual(['amount_not_controllable']);
    expect(faults[0]?.authorizationId).toBe('iauth_1Pgc77B7WZ01zgkWn0SmtHBY');

    const same = withFaults({ decide: () => ({ approved: true, amount: 700 }) });
    const url2 = await serve(toNodeListener(createAuthorizationHandler(same.options)));
    expect((await post(url2, body, header)).json).toEqual({ approved: true });
    expect(same.faults).toEqual([]);
  });

  it('a decide that throws gets the onDeadline decision (decline by default) and the fault is reported; the server keeps serving', async () => {
    const { options, faults } = withFaults({
      decide: () => {
        throw new Error('rules engine down');
      },
    });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    const res = await post(url, body, header);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ approved: false });
    expect(faults.map((f) => f.kind)).toEqual(['decide_threw']);
    expect(faults[0]?.sent).toEqual({ approved: false });
    expect((faults[0]?.cause as Error).message).toBe('rules engine down');
    // Still alive.
    expect((await post(url, body, header)).status).toBe(200);
  });

  it("a rejecting decide with onDeadline: 'approve' approves", async () => {
    const { options, faults } = withFaults({ decide: () => Promise.reject(new Error('boom')), onDeadline: 'approve' });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    expect((await post(url, body, header)).json).toEqual({ approved: true });
    expect(faults.map((f) => f.kind)).toEqual(['decide_threw']);
  });

  it('a decide that hangs is answered at the deadline, and its signal is aborted', async () => {
    let signal: AbortSignal | undefined;
    const { options, faults } = withFaults({
      deadlineMs: 150,
      decide: (_a, ctx) => {
        signal = ctx.signal;
        return new Promise(() => {}); // never settles
      },
    });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    const res = await post(url, body, header);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ approved: false });
    expect(res.ms).toBeGreaterThanOrEqual(140);
    expect(res.ms).toBeLessThan(1000);
    expect(faults.map((f) => f.kind)).toEqual(['deadline']);
    expect(signal?.aborted).toBe(true);
  });

  it('the default deadline is well under Stripe’s 2 s', async () => {
    const { options } = withFaults({ decide: () => new Promise(() => {}) });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    const res = await post(url, body, header);
    expect(res.json).toEqual({ approved: false });
    expect(res.ms).toBeLessThan(1500);
  });

  it.each<[string, unknown]>([
    ['approved not boolean', { approved: 'yes' }],
    ['a negative amount', { approved: true, amount: -5 }],
    ['a fractional amount', { approved: true, amount: 1.5 }],
    ['null', null],
    ['undefined', undefined],
  ])('an invalid decision (%s) falls back to the onDeadline decision and is reported', async (_n, decision) => {
    const { options, faults } = withFaults({ decide: () => decision as never, onDeadline: 'decline' });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest({ is_amount_controllable: true });
    expect((await post(url, body, header)).json).toEqual({ approved: false });
    expect(faults.map((f) => f.kind)).toEqual(['invalid_decision']);
  });

  it('invalid metadata is dropped (the approval stands) and reported', async () => {
    const { options, faults } = withFaults({ decide: () => ({ approved: true, metadata: { n: 5 } as never }) });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest();
    expect((await post(url, body, header)).json).toEqual({ approved: true });
    expect(faults.map((f) => f.kind)).toEqual(['invalid_metadata']);
  });

  it('a request whose signature fails gets 400 and decide is never called', async () => {
    let calls = 0;
    const { options, faults } = withFaults({
      decide: () => {
        calls++;
        return { approved: true };
      },
    });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const { body, header } = await authorizationRequest({}, 'whsec_not_this_endpoint');
    const wrong = await post(url, body, header);
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ error: { code: 'signature_mismatch', message: 'signature verification failed' } });
    const missing = await post(url, body, undefined);
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: { code: 'header_missing' } });
    const good = await authorizationRequest();
    const tampered = await post(url, good.body.replace('"amount": 700', '"amount": 70000'), good.header);
    expect(tampered.status).toBe(400);
    const stale = await signTestPayload(good.body, SECRET, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await post(url, good.body, stale)).json).toMatchObject({ error: { code: 'timestamp_out_of_tolerance' } });
    expect(calls).toBe(0);
    expect(faults.map((f) => f.kind)).toEqual(['signature', 'signature', 'signature', 'signature']);
  });

  it('a body already parsed by a JSON body-parser gets 400 (payload_type); express.raw()-style Buffers are accepted', async () => {
    const { options, faults } = withFaults({ decide: () => ({ approved: true }) });
    const listener = toNodeListener(createAuthorizationHandler(options));
    const readAll = async (req: IncomingMessage): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    const parsedUrl = await serve(listener, async (req) => {
      req.body = JSON.parse((await readAll(req)).toString('utf8'));
    });
    const rawUrl = await serve(listener, async (req) => {
      req.body = await readAll(req);
    });
    const { body, header } = await authorizationRequest();
    const parsed = await post(parsedUrl, body, header);
    expect(parsed.status).toBe(400);
    expect(parsed.json).toMatchObject({ error: { code: 'payload_type' } });
    expect(faults[0]?.message).toMatch(/express\.raw/);
    expect((await post(rawUrl, body, header)).json).toEqual({ approved: true });
  });

  it('other event types go to onEvent (200), an onEvent failure answers 500 so that Stripe retries', async () => {
    const events: StripeEvent[] = [];
    const { options, faults } = withFaults({
      decide: () => ({ approved: true }),
      onEvent: async (event) => {
        if (event.type === 'issuing_card.updated') throw new Error('db down');
        events.push(event);
      },
    });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const created = stripeBody(snapshotEvent('issuing_authorization.created', authorizationRequestObject()));
    const ok = await post(url, created, await signTestPayload(created, SECRET));
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ received: true });
    expect(events.map((e) => e.type)).toEqual(['issuing_authorization.created']);
    const updated = stripeBody(snapshotEvent('issuing_card.updated', { id: 'ic_1', object: 'issuing.card' }));
    const failed = await post(url, updated, await signTestPayload(updated, SECRET));
    expect(failed.status).toBe(500);
    expect(faults.map((f) => f.kind)).toEqual(['on_event_threw']);
  });

  it('an authentic body that is not an event gets 400 without calling decide', async () => {
    const { options, faults } = withFaults({ decide: () => ({ approved: true }) });
    const url = await serve(toNodeListener(createAuthorizationHandler(options)));
    const res = await post(url, '[1,2]', await signTestPayload('[1,2]', SECRET));
    expect(res.status).toBe(400);
    expect(faults.map((f) => f.kind)).toEqual(['event_invalid']);
  });

  it('GET gets 405; a body over maxBodyBytes gets 413', async () => {
    const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), onError: () => {} });
    const url = await serve(toNodeListener(handler, { maxBodyBytes: 1000 }));
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const { body, header } = await authorizationRequest();
    expect((await post(url, body, header)).status).toBe(413);
  });

  it('a throwing onError reporter does not change the answer', async () => {
    const handler = createAuthorizationHandler({
      secret: SECRET,
      decide: () => {
        throw new Error('x');
      },
      onError: () => {
        throw new Error('reporter down');
      },
    });
    const url = await serve(toNodeListener(handler));
    const { body, header } = await authorizationRequest();
    expect((await post(url, body, header)).json).toEqual({ approved: false });
  });

  it('answers 50 concurrent requests, each with its own decision', async () => {
    const url = await serve(
      toNodeListener(
        createAuthorizationHandler({
          secret: SECRET,
          decide: async (auth) => {
            await new Promise((r) => setTimeout(r, 5));
            return { approved: true, metadata: { id: auth.id } };
          },
        }),
      ),
    );
    const requests = await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const auth = { ...authorizationRequestObject(), id: `iauth_${i}` };
        const body = stripeBody(snapshotEvent('issuing_authorization.request', auth));
        return post(url, body, await signTestPayload(body, SECRET));
      }),
    );
    expect(requests.map((r) => (r.json as { metadata: { id: string } }).metadata.id)).toEqual(Array.from({ length: 50 }, (_, i) => `iauth_${i}`));
  });
});

describe.skipIf(!HAS_DOCUMENTED)('the Fetch-API handler', () => {
  it('takes a Request and returns a Response (framework-agnostic)', async () => {
    const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), apiVersion: '2025-03-31.basil' });
    const { body, header } = await authorizationRequest();
    const res = await handler(new Request('http://localhost/webhooks', { method: 'POST', headers: { 'stripe-signature': header }, body }));
    expect(res.status).toBe(200);
    expect(res.headers.get('stripe-version')).toBe('2025-03-31.basil');
    expect(await res.json()).toEqual({ approved: true });
    const bad = await handler(new Request('http://localhost/webhooks', { method: 'POST', headers: { 'stripe-signature': 't=1,v1=00' }, body }));
    expect(bad.status).toBe(400);
  });
});

describe('configuration is checked when the handler is created', () => {
  it.each<[string, Partial<AuthorizationHandlerOptions>, new (...a: never[]) => Error]>([
    ['a blank secret', { secret: ' ' }, WebhookSecretError],
    ['no decide', { decide: undefined as never }, WebhookConfigurationError],
    ['a deadline of 2 s or more', { deadlineMs: 2000 }, WebhookConfigurationError],
    ['a zero deadline', { deadlineMs: 0 }, WebhookConfigurationError],
    ['an unknown onDeadline', { onDeadline: 'maybe' as never }, WebhookConfigurationError],
    ['a negative tolerance', { tolerance: -1 }, WebhookConfigurationError],
  ])('%s', (_n, patch, type) => {
    expect(() => createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), ...patch })).toThrow(type);
  });
});

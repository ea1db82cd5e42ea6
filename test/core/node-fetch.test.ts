import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_INIT_KEY } from '../../src/core/internal/body-init.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeFetch, MAX_SOCKETS } from '../../src/core/internal/node-fetch.js';
import { closedPortUrl, startServer, type Reply, type TestServer } from '../helpers/server.js';

let server: TestServer;
const nodeFetch = createNodeFetch();

beforeAll(async () => {
  server = await startServer((req): Reply => {
    if (req.path === '/empty') return { status: 204 };
    if (req.path === '/slow') return { status: 200, body: { ok: true }, delayMs: 2_000 };
    if (req.path === '/multi') return { status: 200, headers: { 'set-cookie': 'a=1' }, body: 'plain text' };
    return { status: 201, headers: { 'request-id': 'req_nf' }, body: { method: req.method, body: req.body, ct: req.headers['content-type'] ?? null } };
  });
});
afterAll(() => server.close());

describe('createNodeFetch (the default fetch on Node)', () => {
  it('sends method, headers and body and returns a real Response with status, headers and a body read once', async () => {
    const res = await nodeFetch(`${server.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-a': 'b' }, body: 'a=1&b[c]=2' });
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get('request-id')).toBe('req_nf');
    expect(res.bodyUsed).toBe(false);
    const copy = res.clone();
    expect(await res.json()).toEqual({ method: 'POST', body: 'a=1&b[c]=2', ct: 'application/x-www-form-urlencoded' });
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(JSON.parse(new TextDecoder().decode(await copy.arrayBuffer())).method).toBe('POST');
    expect(server.requests.at(-1)?.headers['x-a']).toBe('b');
  });

  it('takes body and headers handed out of band by the transport (what ky passes beside its Request), counting bytes not characters', async () => {
    // ky's Request carries neither headers nor body: the adapter reads the transport's record and string.
    const request = new Request(`${server.url}/echo`, { method: 'POST', headers: { 'x-from-request': 'ignored' } });
    const body = 'name=Jos%C3%A9&note=caf\u00e9 \u{1F4B3}';
    const outOfBand = { body, headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer sk_test_x' }, attempts: 0 };
    const res = await nodeFetch(request, { [BODY_INIT_KEY]: outOfBand } as RequestInit);
    expect(await res.json()).toEqual({ method: 'POST', body, ct: 'application/x-www-form-urlencoded' });
    const wire = server.requests.at(-1)!;
    expect(wire.headers['content-length']).toBe(String(Buffer.byteLength(body)));
    expect(wire.headers.authorization).toBe('Bearer sk_test_x');
    expect(wire.headers['x-from-request']).toBeUndefined();
    expect(wire.headers['x-cardplane-retry-count']).toBeUndefined();
    // The same init on a second attempt: the adapter counts it and sends the retry count.
    await (await nodeFetch(request.clone(), { [BODY_INIT_KEY]: outOfBand } as RequestInit)).text();
    expect(outOfBand.attempts).toBe(2);
    expect(server.requests.at(-1)!.headers['x-cardplane-retry-count']).toBe('1');
  });

  it('reads one header without building Headers, with the same answer as headers.get (case, repeated names)', async () => {
    const res = (await nodeFetch(`${server.url}/echo`)) as Response & { header(name: string): string | null };
    expect(res.header('request-id')).toBe('req_nf');
    expect(res.header('x-absent')).toBeNull();
    for (const name of ['request-id', 'content-type', 'content-length', 'x-absent']) expect(res.header(name)).toBe(res.headers.get(name));
    const multi = (await nodeFetch(`${server.url}/multi`)) as Response & { header(name: string): string | null };
    expect(multi.header('set-cookie')).toBe(multi.headers.get('set-cookie'));
    expect(multi.clone().headers.get('set-cookie')).toBe('a=1');
  });

  it('runs the per-attempt timeout handed out of band (ky then runs without its own): an error named TimeoutError', async () => {
    const outOfBand = { body: undefined, headers: {}, attempts: 0, timeout: 50 };
    const started = performance.now();
    const error = await nodeFetch(new Request(`${server.url}/slow`), { [BODY_INIT_KEY]: outOfBand } as RequestInit).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'Request timed out after 50 ms' });
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('exposes the body as a stream when asked, and a null body for 204', async () => {
    const res = await nodeFetch(`${server.url}/multi`);
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('plain text');
    const empty = await nodeFetch(`${server.url}/empty`);
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
    expect(await empty.text()).toBe('');
  });

  it('rejects like fetch: TypeError with the socket error as cause, and the abort reason on abort', async () => {
    const refused = await nodeFetch(await closedPortUrl()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
    const controller = new AbortController();
    const pending = nodeFetch(`${server.url}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    const already = AbortSignal.abort();
    await expect(nodeFetch(`${server.url}/echo`, { signal: already })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it(`opens at most ${MAX_SOCKETS} connections per origin: more calls in flight wait for a socket and all complete`, async () => {
    const sockets = new Set<unknown>();
    let inFlight = 0;
    let peak = 0;
    const burst = http.createServer((req, res) => {
      sockets.add(req.socket);
      peak = Math.max(peak, ++inFlight);
      // Held a moment, so that every socket is busy while the rest of the calls queue.
      setTimeout(() => {
        inFlight--;
        res.end('{}');
      }, 20);
    });
    await new Promise<void>((r) => burst.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(burst.address() as AddressInfo).port}/x`;
      const fetchOnce = createNodeFetch();
      const statuses = await Promise.all(Array.from({ length: MAX_SOCKETS * 2 + 10 }, async () => (await fetchOnce(url)).status));
      expect(statuses.every((s) => s === 200)).toBe(true);
      // Without the cap each of the 266 calls would have had a socket of its own.
      expect(sockets.size).toBeLessThanOrEqual(MAX_SOCKETS);
      expect(peak).toBeLessThanOrEqual(MAX_SOCKETS);
    } finally {
      burst.closeAllConnections();
      burst.close();
    }
  });

  it('sends each request to its own origin, path and query, switching between origins', async () => {
    const other = await startServer((req): Reply => ({ status: 200, body: { other: true, path: req.path, query: req.rawQuery } }));
    try {
      const f = createNodeFetch();
      // Alternating between two origins: each request goes where its URL says (the adapter keeps the last origin parsed).
      for (let i = 0; i < 3; i++) {
        const a = (await (await f(`${server.url}/echo?i=${i}`)).json()) as { method: string };
        expect(a.method).toBe('GET');
        const b = (await (await f(`${other.url}/p/${i}?q=%C3%A9#fragment-not-sent`)).json()) as { other: boolean; path: string; query: string };
        expect(b).toMatchObject({ other: true, path: `/p/${i}`, query: 'q=%C3%A9' });
        // A second request to the same origin (its URL not parsed again): its own path, no fragment.
        const again = (await (await f(`${other.url}/p/${i}/again?r=1#fragment-not-sent`)).json()) as { path: string; query: string };
        expect(again).toMatchObject({ path: `/p/${i}/again`, query: 'r=1' });
      }
      expect(server.requests.at(-1)?.rawQuery).toBe('i=2');
    } finally {
      await other.close();
    }
  });
});

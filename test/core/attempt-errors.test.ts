import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Cardplane, CardplaneConnectionError, CardplaneTimeoutError } from '../../src/index.js';
import { PROGRAM, closedPortUrl, startServer, type Reply, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51AttemptsKey0000000000';
const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const create = (cp: Cardplane) => cp.issuing.programs.create({ platform_program: 'iprg_p' });

describe.concurrent('what each attempt got', () => {
  it('a timeout after mixed failures says what every attempt got, in the message and in `attempts`', async () => {
    const script: Reply[] = [
      { status: 503, body: { error: { type: 'api_error', message: 'busy' } } },
      { delayMs: 1_000, body: PROGRAM },
      { status: 500, body: { error: { type: 'api_error', message: 'oops' } } },
      { delayMs: 1_000, body: PROGRAM },
    ];
    const s = await startServer((_req, i) => script[Math.min(i, script.length - 1)]!);
    servers.push(s);
    const cp = new Cardplane({ apiKey: KEY, baseUrl: s.url, logLevel: 'off', maxRetries: 3, timeout: 250 });
    const e = await create(cp).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneTimeoutError);
    const err = e as CardplaneTimeoutError;
    expect(err.attempts).toEqual(['503', 'timeout', '500', 'timeout']);
    expect(err.message).toContain('timed out');
    expect(err.message).toContain('4 attempts: 503, timeout, 500, timeout');
    expect(err.message).not.toMatch(/each of/);
    expect(s.requests).toHaveLength(4);
  });

  it('a refused connection names the code and the host (built-in Node fetch)', async () => {
    const base = await closedPortUrl();
    const cp = new Cardplane({ apiKey: KEY, baseUrl: base, logLevel: 'off', maxRetries: 0 });
    const e = await create(cp).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    const err = e as CardplaneConnectionError;
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).toContain(`could not reach ${new URL(base).host}`);
    expect(err.message).not.toContain('fetch failed');
    expect(err.attempts).toEqual(['ECONNREFUSED']);
  });

  it('a refused connection names the code and the host (global fetch, undici cause chain), on every attempt', async () => {
    const base = await closedPortUrl();
    const cp = new Cardplane({ apiKey: KEY, baseUrl: base, logLevel: 'off', maxRetries: 1, fetch: globalThis.fetch });
    const e = await create(cp).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    const err = e as CardplaneConnectionError;
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).toContain('127.0.0.1');
    expect(err.message).toContain('2 attempts: ECONNREFUSED, ECONNREFUSED');
    expect(err.attempts).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('a connection reset by the server names ECONNRESET and the host, on both fetches', async () => {
    // A server that accepts the connection and resets it before answering.
    const server = net.createServer((socket) => socket.resetAndDestroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    try {
      for (const fetchOption of [{}, { fetch: globalThis.fetch }]) {
        const cp = new Cardplane({ apiKey: KEY, baseUrl: base, logLevel: 'off', maxRetries: 0, ...fetchOption });
        const e = await create(cp).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(CardplaneConnectionError);
        const err = e as CardplaneConnectionError;
        expect(err.message).toContain('ECONNRESET');
        expect(err.message).toContain(new URL(base).host);
        expect(err.attempts).toEqual(['ECONNRESET']);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('an unknown host names the resolver code (ENOTFOUND, or EAI_AGAIN without DNS) and the host', async () => {
    // `.invalid` never resolves (RFC 2606).
    const cp = new Cardplane({ apiKey: KEY, baseUrl: 'https://cardplane-test.invalid', logLevel: 'off', maxRetries: 0 });
    const e = await create(cp).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    const err = e as CardplaneConnectionError;
    expect(err.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(err.message).toContain('cardplane-test.invalid');
    expect(err.attempts?.[0]).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });
});

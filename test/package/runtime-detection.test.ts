// Which runtimes the transport takes for Node (and so loads its node:http fetch on): Node only. Bun, Deno,
// workerd with nodejs_compat and Vercel Edge set some of Node's globals; each takes the global fetch.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CardplaneClient } from '../../src/index.js';
import { isNode } from '../../src/core/internal/transport.js';

const nodeVersions = { node: '20.20.2', v8: '11.3', uv: '1.46' };

describe('isNode', () => {
  it('is true on this Node process', () => {
    expect(isNode()).toBe(true);
  });

  it.each([
    ['Node 20 (no navigator)', { process: { versions: nodeVersions } }, true],
    ['Node 22 (navigator.userAgent Node.js/22)', { process: { versions: nodeVersions }, navigator: { userAgent: 'Node.js/22' } }, true],
    ['Bun', { process: { versions: { ...nodeVersions, bun: '1.4.4' } }, navigator: { userAgent: 'Bun/1.4.4' } }, false],
    ['Deno', { process: { versions: nodeVersions }, Deno: {}, navigator: { userAgent: 'Deno/2.9.6' } }, false],
    ['workerd with nodejs_compat', { process: { versions: { node: '22.14.0' } }, navigator: { userAgent: 'Cloudflare-Workers' } }, false],
    ['workerd without nodejs_compat', { navigator: { userAgent: 'Cloudflare-Workers' } }, false],
    ['Vercel Edge', { process: { versions: nodeVersions, env: {} }, EdgeRuntime: 'edge-runtime' }, false],
    ['Vercel Edge without process.versions', { process: { env: {} }, EdgeRuntime: 'edge-runtime' }, false],
    ['a browser', { navigator: { userAgent: 'Mozilla/5.0' } }, false],
    ['a process shim without versions (bundler polyfill)', { process: { env: {} } }, false],
  ])('%s → %s', (_name, globals, expected) => {
    expect(isNode(globals)).toBe(expected);
  });
});

describe('the default fetch follows the detection', () => {
  let server: Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_detect' });
      res.end('{"object":"balance"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => vi.unstubAllGlobals());

  /** Makes one call with the default fetch; tells whether it went through the global fetch. */
  const callThroughGlobalFetch = async (): Promise<boolean> => {
    const realFetch = globalThis.fetch;
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => realFetch(input, init));
    vi.stubGlobal('fetch', spy);
    const client = new CardplaneClient({ apiKey: 'sk_test_detect', baseUrl, maxRetries: 0 });
    const result = await client.rawRequest<{ object: string }>('GET', '/v1/balance');
    expect(result.object).toBe('balance');
    return spy.mock.calls.length > 0;
  };

  it('Node: node:http, not the global fetch', async () => {
    expect(await callThroughGlobalFetch()).toBe(false);
  });

  it('workerd with nodejs_compat (navigator.userAgent Cloudflare-Workers): the global fetch', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(await callThroughGlobalFetch()).toBe(true);
  });

  it('Vercel Edge (EdgeRuntime global): the global fetch', async () => {
    vi.stubGlobal('EdgeRuntime', 'edge-runtime');
    expect(await callThroughGlobalFetch()).toBe(true);
  });
});

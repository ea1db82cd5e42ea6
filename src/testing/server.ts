/**
 * `cardplane/testing/server`: the mock Stripe of `cardplane/testing` over HTTP (node:http), so that the
 * official SDK, other languages and services in other processes can use it. `POST /_cardplane/reset`
 * forgets everything, as `mock.reset()` does in process. The `cardplane-mock` command runs one.
 *
 * @example
 * const server = await startMockServer({ port: 12111 });
 * const stripe = new Stripe('sk_test_123', { host: '127.0.0.1', port: 12111, protocol: 'http' });
 * @packageDocumentation
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockStripe, type MockStripe, type MockStripeOptions } from './index.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockStripeOptions {
  /** Port to listen on (default 12111; `0` picks a free one). */
  port?: number;
  /** Interface to bind (default `127.0.0.1`: loopback only). */
  host?: string;
  /** The mock to serve (default: a new one). */
  mock?: MockStripe;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:12111`. */
  readonly url: string;
  /** The mock it serves (its store, recorded requests, `reset()`). */
  readonly mock: MockStripe;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** The path that resets the mock over HTTP. */
export const RESET_PATH = '/_cardplane/reset';

/** Starts the mock Stripe on a local HTTP port. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const mock = options.mock ?? createMockStripe(options);
  const host = options.host ?? '127.0.0.1';
  let base = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          if (req.method === 'POST' && req.url === RESET_PATH) {
            mock.reset();
            res.writeHead(200, { 'content-type': 'application/json' }).end('{"reset":true}');
            return;
          }
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
          const body = chunks.length > 0 && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
          const answer = await mock.answer(new Request(`${base}${req.url ?? '/'}`, { method: req.method, headers, body }));
          const out: Record<string, string> = {};
          answer.headers.forEach((v, k) => (out[k] = v));
          res.writeHead(answer.status, out).end(Buffer.from(await answer.arrayBuffer()));
        } catch (error) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { type: 'api_error', message: `cardplane mock: ${error instanceof Error ? error.message : String(error)}` } }));
        }
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 12111, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    mock,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * `cardplane/testing/server`: the mock Stripe of `cardplane/testing` served over `node:http`, for the
 * official SDK, other languages and services that are not JavaScript in the same process. The command
 * `cardplane-mock` runs it.
 *
 * @example
 * import { startMockServer } from 'cardplane/testing/server';
 * const server = await startMockServer({ port: 0 });
 * const stripe = new Stripe('sk_test_123', { host: '127.0.0.1', port: server.port, protocol: 'http' });
 * await server.close();
 * @packageDocumentation
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockConnectionDropped } from './faults.js';
import { createMockStripe, type MockStripe, type MockStripeOptions } from './index.js';

/** Options of {@link startMockServer}. */
export interface MockServerOptions extends MockStripeOptions {
  /** Port to listen on (default 12111; `0` picks a free one). */
  port?: number;
  /** Address to bind (default `127.0.0.1`: loopback only). */
  host?: string;
  /** The mock to serve (default: a new one from the other options). */
  mock?: MockStripe;
}

/** A running mock server. */
export interface MockServer {
  /** `http://host:port`, the base URL to point a client at. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The mock behind it (its store, events, deliveries, faults, reset). */
  readonly mock: MockStripe;
  /** The underlying `node:http` server. */
  readonly server: Server;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    for (const value of Array.isArray(v) ? v : [v]) headers.append(k, value);
  }
  const method = req.method ?? 'GET';
  const body = chunks.length > 0 && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', base), { method, headers, ...(body ? { body } : {}) });
}

async function answer(mock: MockStripe, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response;
  try {
    response = await mock.fetch(await toRequest(req, base));
  } catch (error) {
    if (error instanceof MockConnectionDropped) {
      req.socket.destroy();
      return;
    }
    response = new Response(JSON.stringify({ error: { type: 'api_error', message: `cardplane-mock: ${error instanceof Error ? error.message : String(error)}` } }), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((v, k) => {
    headers[k] = v;
  });
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.end(body);
}

/** Starts the mock Stripe on `host:port` (default `127.0.0.1:12111`). */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port = 12111, host = '127.0.0.1', mock: given, ...mockOptions } = options;
  const mock = given ?? createMockStripe(mockOptions);
  let base = `http://${host}:${port}`;
  const server = createServer((req, res) => {
    void answer(mock, base, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  base = `http://${shown}:${bound}`;
  return {
    url: base,
    host,
    port: bound,
    mock,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

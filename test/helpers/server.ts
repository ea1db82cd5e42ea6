import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the local server received it, decoded. */
export interface Recorded {
  method: string;
  /** Path without the query. */
  path: string;
  /** Raw query string (after `?`, undecoded), '' when none. */
  rawQuery: string;
  headers: Record<string, string>;
  /** Raw body text. */
  body: string;
}

/** What a scripted handler returns. `reset` destroys the socket; `delayMs` waits before answering. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is JSON-encoded; a string is sent as is. */
  body?: unknown;
  delayMs?: number;
  reset?: boolean;
}

export type Handler = (req: Recorded, index: number) => Reply | Promise<Reply>;

/** A real HTTP server on 127.0.0.1 that records every request and answers from a script. */
export interface TestServer {
  url: string;
  requests: Recorded[];
  /** Replace the handler. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(handler: Handler = () => ({ status: 200, body: {} })): Promise<TestServer> {
  let current = handler;
  const requests: Recorded[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const [path = '', rawQuery = ''] = (req.url ?? '').split('?');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : (v ?? '');
      const rec: Recorded = { method: req.method ?? '', path, rawQuery, headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(rec);
      const reply = await current(rec, requests.length - 1);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (reply.reset) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'request-id': `req_test_${requests.length}`, ...reply.headers });
      res.end(body);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(h) {
      current = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Decodes a bracket-notation form/query string into ordered `[key, value]` pairs. */
export function formPairs(text: string): [string, string][] {
  if (!text) return [];
  return text.split('&').map((part) => {
    const i = part.indexOf('=');
    const k = i === -1 ? part : part.slice(0, i);
    const v = i === -1 ? '' : part.slice(i + 1);
    return [decodeURIComponent(k.replace(/\+/g, ' ')), decodeURIComponent(v.replace(/\+/g, ' '))];
  });
}

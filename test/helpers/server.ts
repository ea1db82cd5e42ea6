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
  /** Raw body bytes (a multipart upload). */
  bytes: Uint8Array;
  /** When the request arrived (`performance.now()`, ms). */
  at: number;
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
      const raw = Buffer.concat(chunks);
      const rec: Recorded = { method: req.method ?? '', path, rawQuery, headers, body: raw.toString('utf8'), bytes: new Uint8Array(raw), at: performance.now() };
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

/** A valid `issuing.program` body (the one resource every transport test can call). */
export const PROGRAM = {
  id: 'iprg_1',
  object: 'issuing.program',
  created: 1_700_000_000,
  is_default: true,
  livemode: false,
  metadata: {},
  platform_program: 'iprg_p',
} as const;

/** One line a {@link recordingLogger} received. */
export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  rest: unknown[];
}

/** A logger that records every line, for asserting what was (and was not) logged. */
export function recordingLogger(): {
  lines: LogLine[];
  text: () => string;
  error: (m: string, ...r: unknown[]) => void;
  warn: (m: string, ...r: unknown[]) => void;
  info: (m: string, ...r: unknown[]) => void;
  debug: (m: string, ...r: unknown[]) => void;
} {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, ...rest: unknown[]) =>
      void lines.push({ level, message, rest });
  return {
    lines,
    text: () => lines.map((l) => `${l.level} ${l.message} ${JSON.stringify(l.rest)}`).join('\n'),
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
  };
}

/** A loopback URL on which nothing listens (a port that was just bound and released). */
export async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

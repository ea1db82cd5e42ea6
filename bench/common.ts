/**
 * What the bench scripts share: the loopback server (a card, and list pages of issuing transactions and
 * authorizations built from the `fixtures` of the built `cardplane/testing`), the implementations each
 * worker process measures (cardplane, the official `stripe` package, raw `node:http`, raw `fetch`), the
 * machine line (Node version, cores, load average) and small statistics helpers.
 *
 * Everything loads the BUILT package from `dist/` (run `npx tsup` after changing src/). Only 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** A file of the built package, loaded by path so that type-checking needs no build. */
export const dist = (p: string): string => join(process.env.BENCH_DIST ?? join(ROOT, 'dist'), p);
export const KEY = 'sk_test_bench_0123456789';
/** Items in each list page the server answers (`BENCH_LIST_ITEMS`). */
export const LIST_ITEMS = Number(process.env.BENCH_LIST_ITEMS ?? 100);

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const fmt = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '—');

/** Fisher–Yates, in place. */
export function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Node version, cores and the load average now: the machine load a figure was measured under. */
export function machineLine(): string {
  const [l1, l5, l15] = os.loadavg();
  return `node ${process.version}, ${os.cpus().length} cores (available parallelism ${os.availableParallelism()}), load average ${fmt(l1!, 2)} ${fmt(l5!, 2)} ${fmt(l15!, 2)} (1/5/15 min)`;
}

export interface Bodies {
  card: string;
  transactions: string;
  authorizations: string;
}

/** The JSON bodies the server answers, built from the package's fixtures. */
export async function bodies(): Promise<Bodies> {
  const { fixtures } = (await import(dist('testing/index.js'))) as typeof import('../src/testing/index.js');
  const page = (url: string, items: unknown[]): string => JSON.stringify({ object: 'list', url, has_more: false, data: items });
  return {
    card: JSON.stringify({ ...fixtures.issuingCard(), id: 'ic_bench' }),
    transactions: page(
      '/v1/issuing/transactions',
      Array.from({ length: LIST_ITEMS }, (_, i) => ({ ...fixtures.issuingTransaction(), id: `ipi_bench_${i}` })),
    ),
    authorizations: page(
      '/v1/issuing/authorizations',
      Array.from({ length: LIST_ITEMS }, (_, i) => ({ ...fixtures.issuingAuthorization(), id: `iauth_bench_${i}` })),
    ),
  };
}

/**
 * The loopback server: keep-alive, a listen backlog of 4 096 (so that 2 000 connections opened at once are
 * not dropped and retried by the kernel a second later). `/v1/issuing/transactions` and
 * `/v1/issuing/authorizations` answer a page of {@link LIST_ITEMS}; every other path the card.
 */
export async function startServer(b: Bodies): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      const body = path === '/v1/issuing/transactions' ? b.transactions : path === '/v1/issuing/authorizations' ? b.authorizations : b.card;
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_bench', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export type Call = () => Promise<unknown>;
export interface Clients {
  cardplane: InstanceType<typeof import('../src/index.js').Cardplane>;
  stripe: import('stripe').Stripe;
  /** A keep-alive `http.Agent` with Node's defaults (maxSockets: Infinity, maxFreeSockets: 256), as both SDKs use. */
  agent: http.Agent;
  base: string;
}

/**
 * One client of each kind against `port`, configured as a user would: cardplane with its defaults (its Node
 * adapter's own keep-alive agent), the official SDK with its defaults but no retries and no telemetry (its own
 * keep-alive agent), raw node:http with a keep-alive agent of Node's defaults, raw fetch with undici's global
 * dispatcher.
 */
export async function clients(port: number): Promise<Clients> {
  const { Cardplane } = (await import(dist('index.js'))) as typeof import('../src/index.js');
  const { default: Stripe } = await import('stripe');
  const base = `http://127.0.0.1:${port}`;
  return {
    cardplane: new Cardplane({ apiKey: KEY, baseUrl: base, logLevel: 'error' }),
    stripe: new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false }),
    agent: new http.Agent({ keepAlive: true }),
    base,
  };
}

const HEADERS = { authorization: `Bearer ${KEY}`, 'stripe-version': '2026-10-28.endive' };

/** GET `url` with node:http and `agent`, read the body, JSON.parse it (what raw node:http pays per call). */
export function nodeHttpGet(url: string, agent: http.Agent): Promise<unknown> {
  return new Promise((res, rej) => {
    const req = http.request(url, { agent, headers: HEADERS }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => res(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      r.on('error', rej);
    });
    req.on('error', rej);
    req.end();
  });
}

/** GET `url` with the global `fetch`, read the text, JSON.parse it. */
export async function fetchGet(url: string): Promise<unknown> {
  return JSON.parse(await (await fetch(url, { headers: HEADERS })).text());
}

export const IMPL = { cardplane: 'cardplane', stripe: 'stripe (official)', nodeHttp: 'node:http', fetch: 'fetch (raw)' } as const;

/** `issuing.cards.retrieve('ic_bench')`, one call per implementation. */
export function retrieveCalls(c: Clients): Record<string, Call> {
  const url = `${c.base}/v1/issuing/cards/ic_bench`;
  return {
    [IMPL.cardplane]: () => c.cardplane.issuing.cards.retrieve('ic_bench'),
    [IMPL.stripe]: () => c.stripe.issuing.cards.retrieve('ic_bench'),
    [IMPL.nodeHttp]: () => nodeHttpGet(url, c.agent),
    [IMPL.fetch]: () => fetchGet(url),
  };
}

/** A page of {@link LIST_ITEMS} issuing transactions and of authorizations, per implementation (`<impl> · <list>`). */
export function listCalls(c: Clients): Record<string, Call> {
  const out: Record<string, Call> = {};
  for (const list of ['transactions', 'authorizations'] as const) {
    const url = `${c.base}/v1/issuing/${list}?limit=${LIST_ITEMS}`;
    out[`${IMPL.cardplane} · ${list}`] = () => c.cardplane.issuing[list].list({ limit: LIST_ITEMS });
    out[`${IMPL.stripe} · ${list}`] = () => c.stripe.issuing[list].list({ limit: LIST_ITEMS });
    out[`${IMPL.nodeHttp} · ${list}`] = () => nodeHttpGet(url, c.agent);
  }
  return out;
}

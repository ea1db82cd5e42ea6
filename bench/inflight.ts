/**
 * Memory held per call in flight: 1,000 `issuing.cards.retrieve` calls started at once against a local
 * server that answers none of them until all have arrived (or, for a client that caps its sockets, until
 * no new one has come for 100 ms: the rest wait in the client's queue, in flight all the same); the JS heap
 * (after two full GCs) with them pending, minus the heap before, per call. One implementation per process (`BENCH_IMPL=cardplane|stripe`),
 * run by `bench/run.ts` for both; `npx tsx --expose-gc bench/inflight.ts` alone prints cardplane's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Stripe from 'stripe';

const ROOT = resolve(import.meta.dirname, '..');
const K = Number(process.env.BENCH_INFLIGHT ?? 1000);
const impl = process.env.BENCH_IMPL ?? 'cardplane';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const { fixtures } = (await import(join(ROOT, 'dist', 'testing/index.js'))) as typeof import('../src/testing/index.js');
const card = JSON.stringify({ ...fixtures.issuingCard(), id: 'ic_bench' });

let held: http.ServerResponse[] = [];
let holding = true;
let arrived: () => void = () => {};
let quiet: ReturnType<typeof setTimeout> | undefined;
const arrival = (): Promise<void> => new Promise<void>((r) => (arrived = r));
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (!holding) return answer(res);
    held.push(res);
    clearTimeout(quiet);
    if (held.length === K) arrived();
    else quiet = setTimeout(() => arrived(), 100);
  });
});
const answer = (res: http.ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_bench', 'content-length': Buffer.byteLength(card) });
  res.end(card);
};
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;
/** Answers every held request, and the ones still to come until the calls of the round have settled. */
const settle = async (calls: Promise<unknown>[]): Promise<void> => {
  holding = false;
  for (const res of held) answer(res);
  held = [];
  await Promise.all(calls);
  holding = true;
};

const KEY = 'sk_test_bench_0123456789';
let call: () => Promise<unknown>;
if (impl === 'stripe') {
  const stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
  call = () => stripe.issuing.cards.retrieve('ic_bench');
} else {
  const { Cardplane } = (await import(join(process.env.BENCH_DIST ?? join(ROOT, 'dist'), 'index.js'))) as typeof import('../src/index.js');
  const cp = new Cardplane({ apiKey: KEY, baseUrl: `http://127.0.0.1:${port}`, logLevel: 'error' });
  call = () => cp.issuing.cards.retrieve('ic_bench');
}

// Warm-up rounds open the sockets and let V8 settle, then one measured round.
for (let round = 0; round < 4; round++) {
  const all = arrival();
  const calls = Array.from({ length: K }, call);
  await all;
  if (round === 3) {
    gc();
    gc();
  }
  await settle(calls);
}
gc();
gc();
const before = process.memoryUsage().heapUsed;
const all = arrival();
const calls = Array.from({ length: K }, call);
await all;
await new Promise((r) => setTimeout(r, 50));
gc();
gc();
const held1 = process.memoryUsage().heapUsed - before;
await settle(calls);
console.log(JSON.stringify({ impl, calls: K, bytesPerCall: Math.round(held1 / K) }));
server.close();
process.exit(0);

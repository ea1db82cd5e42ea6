/**
 * cardplane benchmarks, always as ratios against baselines run in the same process:
 *   1. median time per call of `issuing.cards.retrieve` against a local server: cardplane,
 *      raw `fetch`, raw `node:http` (keep-alive) and the official `stripe` package;
 *   2. cold import time of each (new processes, minus a bare `node`);
 *   3. cold start: a new process that imports, constructs a client and makes one call;
 *   1b. the same call without the network (a fetch answering from memory): ky alone, cardplane, and the
 *      official SDK's time minus raw node:http;
 *   4. gzip size of a minified bundle of a script that creates a card (with the tree-shakeable
 *      `CardplaneClient` + `issuingCards`, and with the full `Cardplane` client);
 *   5. memory held per call with 1,000 calls in flight (`bench/inflight.ts`, one process each).
 * Run with `npm run bench` (builds first). Uses only 127.0.0.1.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ky from 'ky';
import Stripe from 'stripe';

const ROOT = resolve(import.meta.dirname, '..');
// The built package (what users import), loaded by path so type-checking does not need a build.
const dist = (p: string): string => join(ROOT, 'dist', p);
const { Cardplane } = (await import(dist('index.js'))) as typeof import('../src/index.js');
const { fixtures } = (await import(dist('testing/index.js'))) as typeof import('../src/testing/index.js');
const KEY = 'sk_test_bench_0123456789';
const CALLS = Number(process.env.BENCH_CALLS ?? 1500);
const ROUNDS = 5;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5000);
const PROCS = Number(process.env.BENCH_PROCS ?? 12);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const fmt = (n: number, d = 1): string => n.toFixed(d);

const card = JSON.stringify({ ...fixtures.issuingCard(), id: 'ic_bench' });

async function startServer(): Promise<{ port: number; close: () => void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_bench', 'content-length': Buffer.byteLength(card) });
      res.end(card);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

async function perCall(port: number): Promise<Record<string, number>> {
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/v1/issuing/cards/ic_bench`;
  const headers = { authorization: `Bearer ${KEY}`, 'stripe-version': '2026-10-28.endive' };
  const cp = new Cardplane({ apiKey: KEY, baseUrl: base, logLevel: 'error' });
  const stripe = new Stripe(KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const nodeHttp = (): Promise<unknown> =>
    new Promise((res, rej) => {
      const req = http.request(url, { agent, headers }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => res(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', rej);
      req.end();
    });
  const impls: Record<string, () => Promise<unknown>> = {
    'node:http (keep-alive)': nodeHttp,
    'fetch (raw)': async () => JSON.parse(await (await fetch(url, { headers })).text()),
    'stripe (official)': () => stripe.issuing.cards.retrieve('ic_bench'),
    cardplane: () => cp.issuing.cards.retrieve('ic_bench'),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(impls).map((k) => [k, []]));
  // Warm every implementation alike, as a long-running backend is: the longer paths need thousands of calls
  // before V8 settles (cardplane measured ~225 µs after 1 000 warm-up calls, ~130 µs after 5 000).
  for (const fn of Object.values(impls)) for (let i = 0; i < WARMUP; i++) await fn();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(impls)) {
      const per = Math.ceil(CALLS / ROUNDS);
      for (let i = 0; i < per; i++) {
        const t0 = performance.now();
        await fn();
        samples[name]!.push((performance.now() - t0) * 1000);
      }
    }
  }
  agent.destroy();
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

/**
 * What a call costs without the network: the card is answered from memory by a `fetch` that does no I/O.
 * Sets ky's own per-call work (it builds a `Request` with an `AbortSignal` and clones it per attempt) against
 * cardplane's whole client-side path and the official SDK's (its time per call minus raw node:http).
 */
async function withoutNetwork(perCallRows: Record<string, number>): Promise<Record<string, number>> {
  class MemoryResponse extends Response {
    override async text(): Promise<string> {
      return card;
    }
  }
  const memoryFetch = async (): Promise<Response> => new MemoryResponse(null, { status: 200, headers: { 'content-type': 'application/json' } });
  const kyOnly = ky.create({ fetch: memoryFetch as typeof fetch, retry: { limit: 2 }, timeout: 80_000 });
  const cp = new Cardplane({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', fetch: memoryFetch as typeof fetch, logLevel: 'error' });
  const impls: Record<string, () => Promise<unknown>> = {
    'ky alone (GET, text, JSON.parse)': async () =>
      JSON.parse(await (await kyOnly('http://127.0.0.1:9/v1/issuing/cards/ic_bench', { headers: { authorization: `Bearer ${KEY}` } })).text()),
    'cardplane (whole client path)': () => cp.issuing.cards.retrieve('ic_bench'),
  };
  const out: Record<string, number> = {};
  for (const [name, fn] of Object.entries(impls)) {
    for (let i = 0; i < WARMUP * 2; i++) await fn();
    const xs: number[] = [];
    for (let i = 0; i < CALLS * 2; i++) {
      const t0 = performance.now();
      await fn();
      xs.push((performance.now() - t0) * 1000);
    }
    out[name] = median(xs);
  }
  out['stripe (official) minus node:http'] = perCallRows['stripe (official)']! - perCallRows['node:http (keep-alive)']!;
  return out;
}

/** Median wall time of a fresh `node` running `code` (async, so this process's local server keeps answering). */
async function timeProcess(code: string, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < PROCS; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('exit', (status) => (status === 0 ? resolve() : reject(new Error(`child exited ${status}: ${stderr}`))));
    });
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

async function coldImports(): Promise<Record<string, number>> {
  const bare = await timeProcess('');
  const rows: Record<string, number> = {
    'node:http': (await timeProcess("await import('node:http')")) - bare,
    'fetch (first new Request)': (await timeProcess("new Request('http://127.0.0.1/')")) - bare,
    'stripe (official)': (await timeProcess("await import('stripe')")) - bare,
    cardplane: (await timeProcess("await import('cardplane')")) - bare,
  };
  return { 'bare node (absolute)': bare, ...rows };
}

async function coldStarts(port: number): Promise<Record<string, number>> {
  const env = { BENCH_PORT: String(port) };
  const bare = await timeProcess('');
  const url = "'http://127.0.0.1:' + process.env.BENCH_PORT + '/v1/issuing/cards/ic_bench'";
  const hdr = `{ headers: { authorization: 'Bearer ${KEY}' } }`;
  return {
    'node:http':
      (await timeProcess(`const h = await import('node:http'); await new Promise((r) => h.get(${url}, ${hdr}, (res) => { res.resume(); res.on('end', r); }));`, env)) - bare,
    'fetch (raw)': (await timeProcess(`JSON.parse(await (await fetch(${url}, ${hdr})).text());`, env)) - bare,
    'stripe (official)':
      (await timeProcess(
        `const { default: Stripe } = await import('stripe'); const s = new Stripe('${KEY}', { host: '127.0.0.1', port: Number(process.env.BENCH_PORT), protocol: 'http', telemetry: false }); await s.issuing.cards.retrieve('ic_bench');`,
        env,
      )) - bare,
    cardplane:
      (await timeProcess(
        `const { Cardplane } = await import('cardplane'); const cp = new Cardplane({ apiKey: '${KEY}', baseUrl: 'http://127.0.0.1:' + process.env.BENCH_PORT, logLevel: 'error' }); await cp.issuing.cards.retrieve('ic_bench');`,
        env,
      )) - bare,
  };
}

async function bundleSizes(): Promise<Record<string, { raw: number; gzip: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'cardplane-bundle-'));
  const params = "{ cardholder: 'ich_123', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } }";
  const entries = {
    'cardplane (CardplaneClient)': `import { CardplaneClient, issuingCards } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};\nconst cards = new CardplaneClient({ apiKey: process.env.STRIPE_SECRET_KEY }).use(issuingCards);\nconsole.log(await cards.create(${params}, { stripeAccount: 'acct_123' }));\n`,
    'cardplane (Cardplane, all)': `import { Cardplane } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};\nconst cp = new Cardplane({ apiKey: process.env.STRIPE_SECRET_KEY });\nconsole.log(await cp.issuing.cards.create(${params}, { stripeAccount: 'acct_123' }));\n`,
    'stripe (official)': `import Stripe from 'stripe';\nconst s = new Stripe(process.env.STRIPE_SECRET_KEY);\nconsole.log(await s.issuing.cards.create(${params}, { stripeAccount: 'acct_123' }));\n`,
  };
  const out: Record<string, { raw: number; gzip: number }> = {};
  for (const [name, source] of Object.entries(entries)) {
    const file = join(dir, `${name.replace(/\W+/g, '_')}.mjs`);
    writeFileSync(file, source);
    const result = await build({
      entryPoints: [file],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      write: false,
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    out[name] = { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
  }
  return out;
}

function table(title: string, unit: string, rows: Record<string, number>, baseline: string, digits = 1): void {
  console.log(`\n${title}`);
  const base = rows[baseline]!;
  for (const [name, v] of Object.entries(rows)) {
    const ratio = name.includes('absolute') ? '' : `  x${fmt(v / base, 2)} vs ${baseline}`;
    console.log(`  ${name.padEnd(28)} ${fmt(v, digits).padStart(9)} ${unit}${ratio}`);
  }
}

const server = await startServer();
try {
  console.log(`cardplane bench — node ${process.version}, ${CALLS} calls per implementation, loopback, ${card.length} B card JSON`);
  const perCallRows = await perCall(server.port);
  table('Median time per call: issuing.cards.retrieve', 'µs', perCallRows, 'stripe (official)');
  table('Client-side cost per call, without the network (µs)', 'µs', await withoutNetwork(perCallRows), 'stripe (official) minus node:http');
  table('Cold import (ms over a bare node)', 'ms', await coldImports(), 'stripe (official)');
  table('Cold start: import + construct + one call (ms over a bare node)', 'ms', await coldStarts(server.port), 'stripe (official)');
  const sizes = await bundleSizes();
  console.log('\nBundle of a script that creates a card (esbuild, minified, node target)');
  const sBase = sizes['stripe (official)']!.gzip;
  for (const [name, s] of Object.entries(sizes)) {
    console.log(`  ${name.padEnd(28)} ${fmt(s.raw / 1024).padStart(9)} KiB raw, ${fmt(s.gzip / 1024).padStart(7)} KiB gzip  x${fmt(s.gzip / sBase, 2)} vs stripe (official)`);
  }
  const inflight: Record<string, number> = {};
  for (const [name, impl] of [
    ['stripe (official)', 'stripe'],
    ['cardplane', 'cardplane'],
  ] as const) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/inflight.ts'], { cwd: ROOT, env: { ...process.env, BENCH_IMPL: impl }, encoding: 'utf8' });
    inflight[name] = (JSON.parse(out.trim().split('\n').pop()!) as { bytesPerCall: number }).bytesPerCall / 1024;
  }
  table('Memory per call, 1 000 calls in flight (KB of JS heap)', 'KB', inflight, 'stripe (official)');
} finally {
  server.close();
}
if (process.env.BENCH_SKIP_WEBHOOKS !== '1') {
  console.log('\nWebhooks (bench/webhooks.ts)');
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/webhooks.ts'], { cwd: ROOT, stdio: 'inherit' });
}

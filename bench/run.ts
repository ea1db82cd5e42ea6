/**
 * cardplane benchmarks: every figure of the performance issue's "Done when", in one run, for cardplane, the
 * official `stripe` package and raw `node:http` (and raw `fetch` where it applies), as ratios to the official
 * SDK measured in the same run:
 *   1. per call of `issuing.cards.retrieve`, in a fresh process (`bench/worker.ts`) holding every
 *      implementation, each warmed with exactly 100 calls, then 11 rounds of 200 calls, each round running
 *      the implementations in a shuffled order; 3 such processes one after the other: the median of the
 *      round medians of all three;
 *   2. the same after 5 000 warm-up calls (a long-running backend);
 *   3. 2 000 concurrent calls (`Promise.all`) on one client, wall time: a fresh process, one warm-up burst
 *      each, then the median of 5 bursts per implementation, interleaved in shuffled order;
 *   4. cold start (a new process imports, constructs a client, makes one call) and cold import, over a bare
 *      `node`: the median of many processes, the implementations interleaved;
 *   5. list pages (`issuing.transactions.list`, `issuing.authorizations.list`, 100 items): time per item, warm,
 *      in a fresh process as in 1;
 *   6. memory per call with 1 000 calls in flight (`bench/inflight.ts`) and the gzip size of a bundled
 *      create-card script; the client-side cost without the network (a memory `fetch`);
 * then `bench/webhooks.ts`, and a summary table with PASS/MISS against the targets. The Node
 * version, core count and load average are printed at the start and at the end.
 *
 * Run with `npm run bench` (builds first). Uses only 127.0.0.1. Knobs (env): BENCH_WARMUP_LONG (5000),
 * BENCH_ROUNDS (11), BENCH_CALLS (200), BENCH_CONCURRENCY (2000), BENCH_REPS (5), BENCH_LIST_ITEMS (100),
 * BENCH_LIST_WARMUP (300), BENCH_LIST_CALLS (30), BENCH_PROCS (12), BENCH_PERCALL_PROCS (3), BENCH_SKIP_WEBHOOKS=1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ky from 'ky';
import { bodies, dist, fmt, IMPL, KEY, LIST_ITEMS, machineLine, median, ROOT, shuffle, startServer } from './common.js';

const { Cardplane } = (await import(dist('index.js'))) as typeof import('../src/index.js');
const WARMUP_LONG = Number(process.env.BENCH_WARMUP_LONG ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2000);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const LIST_WARMUP = Number(process.env.BENCH_LIST_WARMUP ?? 300);
const LIST_CALLS = Number(process.env.BENCH_LIST_CALLS ?? 30);
const PROCS = Number(process.env.BENCH_PROCS ?? 12);
const PERCALL_PROCS = Number(process.env.BENCH_PERCALL_PROCS ?? 3);
const started = performance.now();

/** Runs a node process to its end without blocking this one (whose server the child may be calling). */
function run(args: string[], env: NodeJS.ProcessEnv = {}, stdout: 'pipe' | 'ignore' | 'inherit' = 'pipe'): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', stdout, 'pipe'] });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (status) => (status === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${status}: ${err}`))));
  });
}

/**
 * `bench/worker.ts` in `n` fresh processes, one after the other: the rounds of all of them per implementation
 * (a fresh process's figure moves with how soon V8 optimizes each path: one process alone varied by ±0.3×).
 */
async function workers(n: number, mode: string, env: NodeJS.ProcessEnv): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (let i = 0; i < n; i++) for (const [k, xs] of Object.entries(await worker(mode, env))) (out[k] ??= []).push(...xs);
  return out;
}

/** `bench/worker.ts` in a fresh process: its rounds per implementation. */
async function worker(mode: string, env: NodeJS.ProcessEnv): Promise<Record<string, number[]>> {
  const out = await run(['--import', 'tsx', 'bench/worker.ts'], { BENCH_MODE: mode, ...env });
  return (JSON.parse(out.trim().split('\n').pop()!) as { rounds: Record<string, number[]> }).rounds;
}

interface Row {
  value: number;
  lo: number;
  hi: number;
}
const summarize = (rounds: Record<string, number[]>, scale = 1): Record<string, Row> =>
  Object.fromEntries(Object.entries(rounds).map(([k, xs]) => [k, { value: median(xs) / scale, lo: Math.min(...xs) / scale, hi: Math.max(...xs) / scale }]));

function table(title: string, unit: string, rows: Record<string, Row | number>, baseline: string, digits = 1): void {
  console.log(`\n${title}`);
  const v = (r: Row | number): number => (typeof r === 'number' ? r : r.value);
  const base = rows[baseline] === undefined ? Number.NaN : v(rows[baseline]);
  for (const [name, r] of Object.entries(rows)) {
    const ratio = name.includes('absolute') ? '' : `  x${fmt(v(r) / base, 2)} vs ${baseline}`;
    const range = typeof r === 'number' ? '' : `  (rounds ${fmt(r.lo, digits)}–${fmt(r.hi, digits)})`;
    console.log(`  ${name.padEnd(34)} ${fmt(v(r), digits).padStart(9)} ${unit}${ratio}${range}`);
  }
}

/**
 * What a call costs without the network: the card is answered from memory by a `fetch` that does no I/O.
 * Sets ky's own per-call work (it builds a `Request` with an `AbortSignal` and clones it per attempt) against
 * cardplane's whole client-side path and the official SDK's (its time per call minus raw node:http).
 */
async function withoutNetwork(card: string, perCallRows: Record<string, Row>): Promise<Record<string, number>> {
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
    for (let i = 0; i < WARMUP_LONG * 2; i++) await fn();
    const xs: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const t0 = performance.now();
      await fn();
      xs.push((performance.now() - t0) * 1000);
    }
    out[name] = median(xs);
  }
  out['stripe (official) minus node:http'] = perCallRows[IMPL.stripe]!.value - perCallRows[IMPL.nodeHttp]!.value;
  return out;
}

/**
 * The median wall time of fresh `node` processes running each code (`--input-type=module -e`), minus that of a
 * bare `node` measured alike: `PROCS` rounds, each starting one process per entry in a shuffled order.
 */
async function timeProcesses(codes: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<Record<string, Row>> {
  const all: Record<string, string> = { 'bare node (absolute)': '', ...codes };
  const runs: Record<string, number[]> = Object.fromEntries(Object.keys(all).map((k) => [k, []]));
  for (let i = 0; i < PROCS; i++) {
    for (const name of shuffle(Object.keys(all))) {
      const t0 = performance.now();
      await run(['--input-type=module', '-e', all[name]!], env, 'ignore');
      runs[name]!.push(performance.now() - t0);
    }
  }
  const bare = median(runs['bare node (absolute)']!);
  return Object.fromEntries(
    Object.entries(runs).map(([k, xs]) => {
      const minus = k === 'bare node (absolute)' ? 0 : bare;
      return [k, { value: median(xs) - minus, lo: Math.min(...xs) - minus, hi: Math.max(...xs) - minus }];
    }),
  );
}

const coldImports = (): Promise<Record<string, Row>> =>
  timeProcesses({
    [IMPL.nodeHttp]: "await import('node:http')",
    'fetch (first new Request)': "new Request('http://127.0.0.1/')",
    [IMPL.stripe]: "await import('stripe')",
    [IMPL.cardplane]: "await import('cardplane')",
  });

function coldStarts(port: number): Promise<Record<string, Row>> {
  const url = "'http://127.0.0.1:' + process.env.BENCH_PORT + '/v1/issuing/cards/ic_bench'";
  const hdr = `{ headers: { authorization: 'Bearer ${KEY}' } }`;
  return timeProcesses(
    {
      [IMPL.nodeHttp]: `const h = await import('node:http'); await new Promise((r) => h.get(${url}, ${hdr}, (res) => { res.resume(); res.on('end', r); }));`,
      [IMPL.fetch]: `JSON.parse(await (await fetch(${url}, ${hdr})).text());`,
      [IMPL.stripe]: `const { default: Stripe } = await import('stripe'); const s = new Stripe('${KEY}', { host: '127.0.0.1', port: Number(process.env.BENCH_PORT), protocol: 'http', telemetry: false }); await s.issuing.cards.retrieve('ic_bench');`,
      [IMPL.cardplane]: `const { Cardplane } = await import('cardplane'); const cp = new Cardplane({ apiKey: '${KEY}', baseUrl: 'http://127.0.0.1:' + process.env.BENCH_PORT, logLevel: 'error' }); await cp.issuing.cards.retrieve('ic_bench');`,
    },
    { BENCH_PORT: String(port) },
  );
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

const b = await bodies();
const server = await startServer(b);
const startLine = machineLine();
console.log(`cardplane bench — ${startLine}`);
console.log(`loopback, ${b.card.length} B card JSON; list pages of ${LIST_ITEMS} items (${b.transactions.length} B transactions, ${b.authorizations.length} B authorizations)`);
console.log(
  'clients as a user gets them: cardplane defaults (its Node adapter: http.Agent keepAlive, maxSockets Infinity), the official SDK with maxNetworkRetries 0 and telemetry off (its default http.Agent keepAlive, maxSockets Infinity), raw node:http with http.Agent keepAlive (maxSockets Infinity, maxFreeSockets 256), raw fetch on undici’s global dispatcher',
);
const t = (label: string, since: number): void => console.log(`  [${label}: ${fmt((performance.now() - since) / 1000)} s, load ${machineLine().split('load average ')[1]}]`);
let results: { perCall100: Record<string, Row>; perCallLong: Record<string, Row>; conc: Record<string, Row>; lists: Record<string, Row> };
let cold: { imports: Record<string, Row>; starts: Record<string, Row> };
let inflight: Record<string, number>;
let sizes: Record<string, { raw: number; gzip: number }>;
try {
  const port = { BENCH_PORT: String(server.port), BENCH_ROUNDS: String(ROUNDS), BENCH_CALLS: String(CALLS) };
  let s = performance.now();
  const perCall100 = summarize(await workers(PERCALL_PROCS, 'percall', { ...port, BENCH_WARMUP: '100' }));
  table(
    `1. Per call, issuing.cards.retrieve: ${PERCALL_PROCS} fresh processes, 100 warm-up calls each, median of their ${ROUNDS} shuffled rounds of ${CALLS}`,
    'µs',
    perCall100,
    IMPL.stripe,
    0,
  );
  t('1', s);
  s = performance.now();
  const perCallLong = summarize(await workers(PERCALL_PROCS, 'percall', { ...port, BENCH_WARMUP: String(WARMUP_LONG) }));
  table(
    `2. Per call, issuing.cards.retrieve: ${PERCALL_PROCS} fresh processes, ${WARMUP_LONG} warm-up calls each, median of their ${ROUNDS} shuffled rounds of ${CALLS}`,
    'µs',
    perCallLong,
    IMPL.stripe,
    0,
  );
  t('2', s);
  s = performance.now();
  const conc = summarize(
    await worker('concurrency', {
      BENCH_PORT: String(server.port),
      BENCH_CONCURRENCY: String(CONCURRENCY),
      BENCH_REPS: String(REPS),
      BENCH_IMPLS: [IMPL.cardplane, IMPL.stripe, IMPL.nodeHttp].join(','),
    }),
  );
  table(`3. ${CONCURRENCY} concurrent calls on one client (Promise.all), wall time: fresh process, median of ${REPS} shuffled bursts`, 'ms', conc, IMPL.stripe, 0);
  t('3', s);
  s = performance.now();
  const lists = summarize(
    await worker('lists', { BENCH_PORT: String(server.port), BENCH_WARMUP: String(LIST_WARMUP), BENCH_ROUNDS: String(ROUNDS), BENCH_CALLS: String(LIST_CALLS) }),
    LIST_ITEMS,
  );
  console.log(`\n5. List page cost per item (page of ${LIST_ITEMS}): fresh process, ${LIST_WARMUP} warm-up pages each, median of ${ROUNDS} shuffled rounds of ${LIST_CALLS} pages`);
  for (const list of ['transactions', 'authorizations']) {
    const rows = Object.fromEntries(Object.entries(lists).filter(([k]) => k.endsWith(` · ${list}`)));
    table(`  issuing.${list}.list`, 'µs/item', rows, `${IMPL.stripe} · ${list}`, 2);
  }
  t('5', s);
  results = { perCall100, perCallLong, conc, lists };

  s = performance.now();
  table('Client-side cost per call, without the network (memory fetch, this process, µs)', 'µs', await withoutNetwork(b.card, perCallLong), 'stripe (official) minus node:http');
  t('1b', s);
  s = performance.now();
  cold = { imports: await coldImports(), starts: await coldStarts(server.port) };
  table(`4a. Cold import (ms over a bare node, median of ${PROCS} processes each, interleaved)`, 'ms', cold.imports, IMPL.stripe);
  table(`4b. Cold start: import + construct + one call (ms over a bare node, median of ${PROCS} processes each, interleaved)`, 'ms', cold.starts, IMPL.stripe);
  t('4', s);
  s = performance.now();
  sizes = await bundleSizes();
  console.log('\n6a. Bundle of a script that creates a card (esbuild, minified, node target)');
  const sBase = sizes['stripe (official)']!.gzip;
  for (const [name, sz] of Object.entries(sizes)) {
    console.log(`  ${name.padEnd(34)} ${fmt(sz.raw / 1024).padStart(9)} KiB raw, ${fmt(sz.gzip / 1024).padStart(7)} KiB gzip  x${fmt(sz.gzip / sBase, 2)} vs stripe (official)`);
  }
  inflight = {};
  for (const [name, impl] of [
    [IMPL.stripe, 'stripe'],
    [IMPL.cardplane, 'cardplane'],
  ] as const) {
    const out = await run(['--expose-gc', '--import', 'tsx', 'bench/inflight.ts'], { BENCH_IMPL: impl });
    inflight[name] = (JSON.parse(out.trim().split('\n').pop()!) as { bytesPerCall: number }).bytesPerCall / 1024;
  }
  table('6b. Memory per call, 1 000 calls in flight (KB of JS heap, bench/inflight.ts)', 'KB', inflight, IMPL.stripe);
  t('6', s);
} finally {
  await server.close();
}
if (process.env.BENCH_SKIP_WEBHOOKS !== '1') {
  console.log('\nWebhooks (bench/webhooks.ts)');
  await run(['--import', 'tsx', 'bench/webhooks.ts'], {}, 'inherit');
}

// ---- Summary -------------------------------------------------------------------------------------------------------
interface Line {
  figure: string;
  unit: string;
  cp: number;
  official: number;
  node?: number;
  target?: number;
  digits?: number;
}
const lines: Line[] = [
  {
    figure: 'per call, fresh process, 100 warm-up',
    unit: 'µs',
    cp: results.perCall100[IMPL.cardplane]!.value,
    official: results.perCall100[IMPL.stripe]!.value,
    node: results.perCall100[IMPL.nodeHttp]!.value,
    target: 1.5,
    digits: 0,
  },
  {
    figure: `per call, ${WARMUP_LONG} warm-up`,
    unit: 'µs',
    cp: results.perCallLong[IMPL.cardplane]!.value,
    official: results.perCallLong[IMPL.stripe]!.value,
    node: results.perCallLong[IMPL.nodeHttp]!.value,
    target: 1.3,
    digits: 0,
  },
  {
    figure: `${CONCURRENCY} concurrent calls, wall`,
    unit: 'ms',
    cp: results.conc[IMPL.cardplane]!.value,
    official: results.conc[IMPL.stripe]!.value,
    node: results.conc[IMPL.nodeHttp]!.value,
    target: 1.5,
    digits: 0,
  },
  {
    figure: 'cold start over bare node',
    unit: 'ms',
    cp: cold.starts[IMPL.cardplane]!.value,
    official: cold.starts[IMPL.stripe]!.value,
    node: cold.starts[IMPL.nodeHttp]!.value,
    target: 0.8,
  },
  {
    figure: 'cold import over bare node',
    unit: 'ms',
    cp: cold.imports[IMPL.cardplane]!.value,
    official: cold.imports[IMPL.stripe]!.value,
    node: cold.imports[IMPL.nodeHttp]!.value,
    target: 0.3,
  },
  ...(['transactions', 'authorizations'] as const).map((list) => ({
    figure: `${list}.list, per item (page ${LIST_ITEMS})`,
    unit: 'µs',
    cp: results.lists[`${IMPL.cardplane} · ${list}`]!.value,
    official: results.lists[`${IMPL.stripe} · ${list}`]!.value,
    node: results.lists[`${IMPL.nodeHttp} · ${list}`]!.value,
    digits: 2,
  })),
  { figure: 'memory per call, 1 000 in flight', unit: 'KB', cp: inflight[IMPL.cardplane]!, official: inflight[IMPL.stripe]! },
  { figure: 'create-card bundle, CardplaneClient, gzip', unit: 'KiB', cp: sizes['cardplane (CardplaneClient)']!.gzip / 1024, official: sizes['stripe (official)']!.gzip / 1024 },
  { figure: 'create-card bundle, Cardplane, gzip', unit: 'KiB', cp: sizes['cardplane (Cardplane, all)']!.gzip / 1024, official: sizes['stripe (official)']!.gzip / 1024 },
];
const cells = [
  ['figure', 'cardplane', 'official', 'node:http', 'ratio', 'target', ''],
  ...lines.map((l) => {
    const ratio = l.cp / l.official;
    const verdict = l.target === undefined ? '' : ratio <= l.target ? 'PASS' : 'MISS';
    return [
      l.figure,
      `${fmt(l.cp, l.digits)} ${l.unit}`,
      `${fmt(l.official, l.digits)} ${l.unit}`,
      l.node === undefined ? '—' : `${fmt(l.node, l.digits)} ${l.unit}`,
      `x${fmt(ratio, 2)}`,
      l.target === undefined ? '—' : `≤ x${l.target}`,
      verdict,
    ];
  }),
];
const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
console.log(
  `\nSummary (ratios: cardplane / official stripe ${(JSON.parse(readFileSync(join(ROOT, 'node_modules/stripe/package.json'), 'utf8')) as { version: string }).version}, same run)`,
);
for (const r of cells) console.log(`  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')}`);
console.log(`\nstart: ${startLine}`);
console.log(`end:   ${machineLine()}`);
console.log(`bench took ${fmt((performance.now() - started) / 1000)} s (after the build)`);

/**
 * One fresh process of `bench/profile.ts` (which holds the server, `BENCH_PORT`): `issuing.cards.retrieve`
 * with `PROFILE_IMPL` (`cardplane` | `stripe`), printing one JSON line. `PROFILE_MODE`:
 *   - `fresh`: a CPU profile (inspector `Profiler`, in process) of the first `PROFILE_CALLS` calls after import
 *     and construction, and the wall time of each call;
 *   - `steady`: `PROFILE_WARMUP` calls, then a CPU profile of `PROFILE_CALLS` calls;
 *   - `counts`: JS function invocations per call (V8 precise coverage with call counts), for the first
 *     `PROFILE_FRESH_CALLS` calls and, after `PROFILE_WARMUP` calls, for `PROFILE_COUNT_CALLS` more;
 *   - `alloc` (run with `--expose-gc` and a 64 MB semi-space, so that a batch allocates without a GC): JS heap
 *     growth over the first `PROFILE_FRESH_CALLS` calls after a full GC, then after `PROFILE_WARMUP` calls the
 *     median growth over batches of 10 calls; a batch during which any GC ran is left out.
 * Self time of each profile sample is put in a bucket by the script URL of its function and, for the bundled
 * chunks of `dist/`, by the module esbuild's `// path` comments name at that line (ky, zod, schema-kit, the
 * transport, …; the build has no source maps). `JSON.parse` is wrapped by a function of this file
 * (`benchJsonParse`), so that the parse's own time, which V8 attributes to the innermost JS frame, lands in
 * its bucket.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Call, clients, median } from './common.js';

// tsx turns source maps on for the whole process, which makes every `new Error().stack` cost a source-map
// lookup: the official SDK takes one per request (its call-site stack), a user's compiled program does not.
process.setSourceMapsEnabled(false);
const port = Number(process.env.BENCH_PORT);
if (!port) throw new Error('BENCH_PORT is not set: bench/profile-worker.ts is started by bench/profile.ts');
const impl = process.env.PROFILE_IMPL ?? 'cardplane';
const mode = process.env.PROFILE_MODE ?? 'steady';
const CALLS = Number(process.env.PROFILE_CALLS ?? (mode === 'fresh' ? 200 : 20_000));
const WARMUP = Number(process.env.PROFILE_WARMUP ?? 5000);
const FRESH_CALLS = Number(process.env.PROFILE_FRESH_CALLS ?? 200);
const COUNT_CALLS = Number(process.env.PROFILE_COUNT_CALLS ?? 2000);
const INTERVAL = Number(process.env.PROFILE_INTERVAL_US ?? (mode === 'fresh' ? 50 : 200));

const parse = JSON.parse;
JSON.parse = function benchJsonParse(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
  return parse(text, reviver);
};

const t0 = performance.now();
const c = await clients(port);
const setupMs = performance.now() - t0;
const call: Call = impl === 'stripe' ? () => c.stripe.issuing.cards.retrieve('ic_bench') : () => c.cardplane.issuing.cards.retrieve('ic_bench');

// ---- Attribution ---------------------------------------------------------------------------------------------------

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const BUCKETS = {
  ky: 'ky (its own JS)',
  undici: 'undici (Request, Response, Headers, web streams)',
  signal: 'AbortSignal, EventTarget, timers',
  adapter: 'our Node adapter (node-fetch.js)',
  http: 'node:http, net, streams, events, buffer',
  validation: 'response validation (zod, schema-kit, schemas)',
  json: 'JSON.parse',
  transport: 'our transport (src/core/internal)',
  client: 'our client, resources, core (src/client, src/core, src/resources)',
  stripe: 'official SDK JS (node_modules/stripe)',
  url: 'URL (node:internal/url)',
  gc: 'GC (garbage collector)',
  program: '(program): VM, natives not under a JS frame',
  node: 'promises, microtasks, other node internals',
  harness: 'bench harness',
  other: 'other',
} as const;
type Bucket = keyof typeof BUCKETS;

/** For each bundled file of dist/: the lines at which esbuild's `// src/…` or `// node_modules/…` comments start a module. */
const moduleMarks = new Map<string, { line: number; path: string }[]>();
function moduleAt(url: string, line: number): string | undefined {
  let marks = moduleMarks.get(url);
  if (!marks) {
    marks = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((text, i) => {
          const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
          if (m) marks!.push({ line: i, path: m[1]! });
        });
    } catch {
      // not a file
    }
    moduleMarks.set(url, marks);
  }
  let found: string | undefined;
  for (const m of marks) {
    if (m.line > line) break;
    found = m.path;
  }
  return found;
}

function bucketOf(f: CallFrame): { bucket: Bucket; where: string } {
  const { url, functionName: fn } = f;
  if (fn === '(garbage collector)') return { bucket: 'gc', where: '' };
  if (fn === '(program)' || fn === '(root)') return { bucket: 'program', where: '' };
  if (fn === 'benchJsonParse') return { bucket: 'json', where: '' };
  if (url.includes('/node_modules/stripe/')) return { bucket: 'stripe', where: url.slice(url.indexOf('/node_modules/stripe/') + 1) };
  if (url.includes('/dist/')) {
    const rel = url.slice(url.lastIndexOf('/dist/') + 1);
    if (rel.endsWith('core/internal/node-fetch.js')) return { bucket: 'adapter', where: rel };
    const mod = moduleAt(url, f.lineNumber) ?? rel.replace(/^dist\/esm\//, 'src/').replace(/\.js$/, '.ts');
    if (mod.startsWith('node_modules/ky/')) return { bucket: 'ky', where: mod };
    if (
      mod.startsWith('node_modules/zod/') ||
      mod.startsWith('src/generated/schemas/') ||
      mod.startsWith('src/schemas/') ||
      /^src\/core\/(schema-kit|internal\/validate)\.ts$/.test(mod)
    )
      return { bucket: 'validation', where: mod };
    if (mod.startsWith('src/core/internal/')) return { bucket: 'transport', where: mod };
    return { bucket: 'client', where: mod };
  }
  if (url.startsWith('node:internal/deps/undici') || url.startsWith('node:internal/webstreams') || url.startsWith('node:internal/fetch')) return { bucket: 'undici', where: url };
  if (/^node:(internal\/abort_controller|internal\/event_target|timers|internal\/timers)/.test(url)) return { bucket: 'signal', where: url };
  if (url.startsWith('node:internal/url')) return { bucket: 'url', where: url };
  if (/^node:(_http_|https?$|net$|internal\/net|internal\/http|internal\/stream_base_commons|internal\/streams\/|stream$|events$|buffer$|internal\/buffer)/.test(url))
    return { bucket: 'http', where: url };
  if (url.startsWith('node:')) return { bucket: 'node', where: url };
  if (url.includes('/bench/')) return { bucket: 'harness', where: url.slice(url.lastIndexOf('/bench/') + 1) };
  return { bucket: 'other', where: url };
}

interface Attributed {
  /** µs of self time per bucket, over the whole window. */
  buckets: Partial<Record<Bucket, number>>;
  idleUs: number;
  wallUs: number;
  /** The functions with the most self time: `name (where)` → µs. */
  functions: Record<string, number>;
}

function attribute(p: Profile): Attributed {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  // A native function (a binding such as `writeLatin1String`, `runMicrotasks`) has no URL: its time goes to
  // the bucket of the nearest JS caller.
  const frameFor = (id: number): CallFrame => {
    let at: number | undefined = id;
    while (at !== undefined) {
      const f = byId.get(at)!.callFrame;
      if (f.url !== '' || f.functionName.startsWith('(')) return f;
      at = parent.get(at);
    }
    return byId.get(id)!.callFrame;
  };
  const selfUs = new Map<number, number>();
  let t = p.startTime;
  const stamps = p.timeDeltas.map((d) => (t += d));
  for (let i = 0; i < p.samples.length; i++) {
    const next = i + 1 < stamps.length ? stamps[i + 1]! : p.endTime;
    selfUs.set(p.samples[i]!, (selfUs.get(p.samples[i]!) ?? 0) + Math.max(0, next - stamps[i]!));
  }
  const out: Attributed = { buckets: {}, idleUs: 0, wallUs: p.endTime - p.startTime, functions: {} };
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)') {
      out.idleUs += us;
      continue;
    }
    const caller = f.url === '' && !f.functionName.startsWith('(') ? frameFor(id) : f;
    const { bucket, where } = bucketOf(caller);
    out.buckets[bucket] = (out.buckets[bucket] ?? 0) + us;
    const name = caller === f ? f.functionName || '(anonymous)' : `${f.functionName} (native, under ${caller.functionName || '(anonymous)'})`;
    const key = `${bucket}\t${name}\t${where}${where && caller.url.includes('/dist/') ? `:${caller.lineNumber + 1}` : ''}`;
    out.functions[key] = (out.functions[key] ?? 0) + us;
  }
  out.functions = Object.fromEntries(
    Object.entries(out.functions)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40),
  );
  return out;
}

// ---- Modes ---------------------------------------------------------------------------------------------------------

const session = new Session();
session.connect();

async function profiled(n: number, times?: Float64Array): Promise<Attributed> {
  if (process.env.PROFILE_OFF === '1') {
    // The same calls, timed, without the profiler (whose code-event logging slows a fresh process's first calls).
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await call();
      if (times) times[i] = (performance.now() - s) * 1000;
    }
    return { buckets: {}, idleUs: 0, wallUs: 0, functions: {} };
  }
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: INTERVAL });
  await session.post('Profiler.start');
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await call();
    if (times) times[i] = (performance.now() - s) * 1000;
  }
  const { profile } = await session.post('Profiler.stop');
  await session.post('Profiler.disable');
  return attribute(profile as Profile);
}

async function countCalls(n: number): Promise<number> {
  await session.post('Profiler.takePreciseCoverage'); // resets the counters
  for (let i = 0; i < n; i++) await call();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  let total = 0;
  for (const script of result) for (const fn of script.functions) total += fn.ranges[0]?.count ?? 0;
  return total / n;
}

let result: Record<string, unknown>;
if (mode === 'fresh') {
  const times = new Float64Array(CALLS);
  const a = await profiled(CALLS, times);
  const mean = (from: number, to: number): number => times.slice(from, to).reduce((x, y) => x + y, 0) / Math.max(1, Math.min(to, CALLS) - from);
  result = { ...a, calls: CALLS, setupMs, first: times[0], mean2to100: mean(1, 100), mean101to200: mean(100, 200) };
} else if (mode === 'steady') {
  for (let i = 0; i < WARMUP; i++) await call();
  const a = await profiled(CALLS);
  const card = await (await fetch(`http://127.0.0.1:${port}/v1/issuing/cards/ic_bench`)).text();
  const xs: number[] = [];
  for (let r = 0; r < 20; r++) {
    const s = performance.now();
    for (let i = 0; i < 500; i++) parse(card);
    xs.push(((performance.now() - s) * 1000) / 500);
  }
  result = { ...a, calls: CALLS, jsonParseAloneUs: median(xs) };
} else if (mode === 'counts') {
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const fresh = await countCalls(FRESH_CALLS);
  for (let i = 0; i < WARMUP; i++) await call();
  const steady = await countCalls(COUNT_CALLS);
  result = { fresh, steady };
} else if (mode === 'alloc') {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('alloc mode needs --expose-gc');
  const gcs: [number, number][] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push([e.startTime, e.startTime + e.duration]);
  });
  obs.observe({ entryTypes: ['gc'] });
  const batch = async (n: number): Promise<{ bytes: number; from: number; to: number }> => {
    gc();
    gc();
    const h0 = process.memoryUsage().heapUsed;
    const from = performance.now();
    for (let i = 0; i < n; i++) await call();
    const to = performance.now();
    return { bytes: (process.memoryUsage().heapUsed - h0) / n, from, to };
  };
  const fresh = await batch(FRESH_CALLS);
  for (let i = 0; i < WARMUP; i++) await call();
  const batches: { bytes: number; from: number; to: number }[] = [];
  for (let i = 0; i < 60; i++) batches.push(await batch(10));
  await sleep(50);
  obs.disconnect();
  const clean = (b: { from: number; to: number }): boolean => !gcs.some(([s, e]) => e > b.from && s < b.to);
  const kept = batches.filter(clean);
  result = { freshBytes: clean(fresh) ? fresh.bytes : null, steadyBytes: median(kept.map((b) => b.bytes)), batches: batches.length, kept: kept.length };
} else {
  throw new Error(`unknown PROFILE_MODE ${mode}`);
}
session.disconnect();
c.agent.destroy();
process.stdout.write(`${JSON.stringify({ impl, mode, labels: BUCKETS, ...result })}\n`);
process.exit(0);

/**
 * Per-component CPU profile of `issuing.cards.retrieve` against the loopback server, cardplane and the official
 * SDK side by side, so that each change to src/ shows its gain (`npx tsx bench/profile.ts`, after `npx tsup`):
 *   - the first 200 calls of a fresh process (`PROFILE_PROCS` processes each, profiles summed), and the same
 *     calls timed without the profiler (first call, mean of calls 2–100 and 101–200);
 *   - steady state: 20 000 calls profiled after 5 000 warm-up calls;
 * each as µs of CPU per call and share per bucket (ky, undici, AbortSignal and timers, our Node adapter,
 * node:http, response validation, JSON.parse, our transport, our client and resources, GC, …; see
 * `bench/profile-worker.ts` for how a sample is attributed), with the top functions; then JS function calls
 * per call (V8 precise coverage) and bytes allocated per call (JS heap growth without a GC). The server runs
 * in this process, each measurement in a fresh worker process (`bench/profile-worker.ts`).
 * Knobs (env): PROFILE_PROCS (3), PROFILE_FRESH_CALLS (200), PROFILE_STEADY_CALLS (20000), PROFILE_WARMUP (5000),
 * PROFILE_TOP (20), PROFILE_INTERVAL_US (sampling interval; 50 fresh, 200 steady).
 */
import { spawn } from 'node:child_process';
import { bodies, fmt, machineLine, median, ROOT, startServer } from './common.js';

const PROCS = Number(process.env.PROFILE_PROCS ?? 3);
const FRESH_CALLS = Number(process.env.PROFILE_FRESH_CALLS ?? 200);
const STEADY_CALLS = Number(process.env.PROFILE_STEADY_CALLS ?? 20_000);
const WARMUP = Number(process.env.PROFILE_WARMUP ?? 5000);
const TOP = Number(process.env.PROFILE_TOP ?? 20);
const IMPLS = [
  ['cardplane', 'cardplane'],
  ['stripe', 'official stripe'],
] as const;
type Impl = (typeof IMPLS)[number][0];

interface Attributed {
  buckets: Record<string, number>;
  idleUs: number;
  wallUs: number;
  functions: Record<string, number>;
  calls: number;
  labels: Record<string, string>;
}

const started = performance.now();
const b = await bodies();
const server = await startServer(b);
const startLine = machineLine();

function worker(impl: Impl, mode: string, env: NodeJS.ProcessEnv = {}, nodeFlags: string[] = []): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'bench/profile-worker.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_PORT: String(server.port),
        PROFILE_IMPL: impl,
        PROFILE_MODE: mode,
        PROFILE_WARMUP: String(WARMUP),
        PROFILE_FRESH_CALLS: String(FRESH_CALLS),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (status) =>
      status === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>) : reject(new Error(`profile-worker ${impl} ${mode} exited ${status}: ${err}`)),
    );
  });
}

/** Profiles of several processes summed into one. */
function sum(xs: Attributed[]): Attributed {
  const out: Attributed = { buckets: {}, idleUs: 0, wallUs: 0, functions: {}, calls: 0, labels: xs[0]!.labels };
  for (const x of xs) {
    for (const [k, v] of Object.entries(x.buckets)) out.buckets[k] = (out.buckets[k] ?? 0) + v;
    for (const [k, v] of Object.entries(x.functions)) out.functions[k] = (out.functions[k] ?? 0) + v;
    out.idleUs += x.idleUs;
    out.wallUs += x.wallUs;
    out.calls += x.calls;
  }
  return out;
}

const cpu = (a: Attributed): number => Object.values(a.buckets).reduce((x, y) => x + y, 0);

function bucketTable(title: string, profiles: Record<Impl, Attributed>): void {
  const labels = profiles.cardplane.labels;
  console.log(`\n${title}`);
  console.log(`  ${'bucket'.padEnd(66)} ${'cardplane µs/call'.padStart(18)} ${'share'.padStart(6)}   ${'official µs/call'.padStart(17)} ${'share'.padStart(6)}`);
  const keys = Object.keys(labels).filter((k) => IMPLS.some(([i]) => (profiles[i].buckets[k] ?? 0) > 0));
  keys.sort((x, y) => (profiles.cardplane.buckets[y] ?? 0) - (profiles.cardplane.buckets[x] ?? 0));
  const cell = (impl: Impl, k: string): string => {
    const a = profiles[impl];
    const us = a.buckets[k] ?? 0;
    return `${fmt(us / a.calls).padStart(impl === 'cardplane' ? 18 : 17)} ${`${fmt((100 * us) / cpu(a), 0)}%`.padStart(6)}`;
  };
  for (const k of keys) console.log(`  ${labels[k]!.padEnd(66)} ${cell('cardplane', k)}   ${cell('stripe', k)}`);
  const line = (label: string, f: (a: Attributed) => number): void =>
    console.log(`  ${label.padEnd(66)} ${fmt(f(profiles.cardplane)).padStart(18)} ${''.padStart(6)}   ${fmt(f(profiles.stripe)).padStart(17)}`);
  line('CPU, all buckets', (a) => cpu(a) / a.calls);
  line('idle (waiting for the server and the loopback)', (a) => a.idleUs / a.calls);
  line('wall (profile duration / calls)', (a) => a.wallUs / a.calls);
  const gcShare = (a: Attributed): string => `${fmt((100 * (a.buckets.gc ?? 0)) / cpu(a), 1)}%`;
  console.log(
    `  GC share of CPU: cardplane ${gcShare(profiles.cardplane)}, official ${gcShare(profiles.stripe)}; ratio of CPU per call x${fmt(cpu(profiles.cardplane) / profiles.cardplane.calls / (cpu(profiles.stripe) / profiles.stripe.calls), 2)}`,
  );
}

function topFunctions(title: string, a: Attributed): void {
  console.log(`\n${title}`);
  const rows = Object.entries(a.functions)
    .sort((x, y) => y[1] - x[1])
    .slice(0, TOP);
  for (const [key, us] of rows) {
    const [bucket, name, where] = key.split('\t');
    console.log(`  ${fmt(us / a.calls, 2).padStart(8)} µs  ${bucket!.padEnd(10)} ${name}${where ? `  ${where}` : ''}`);
  }
}

try {
  console.log(`cardplane profile — ${startLine}`);
  console.log(`issuing.cards.retrieve of a ${b.card.length} B card, loopback server in this process, each measurement in a fresh worker process`);

  // ---- First calls of a fresh process ----
  const fresh: Record<Impl, Attributed[]> = { cardplane: [], stripe: [] };
  const timings: Record<Impl, { first: number; mean2to100: number; mean101to200: number; setupMs: number }[]> = { cardplane: [], stripe: [] };
  let s = performance.now();
  for (let p = 0; p < PROCS; p++) {
    for (const [impl] of p % 2 === 0 ? IMPLS : [...IMPLS].reverse()) {
      fresh[impl].push((await worker(impl, 'fresh', { PROFILE_CALLS: String(FRESH_CALLS) })) as unknown as Attributed);
      timings[impl].push((await worker(impl, 'fresh', { PROFILE_CALLS: String(FRESH_CALLS), PROFILE_OFF: '1' })) as unknown as (typeof timings)[Impl][number]);
    }
  }
  console.log(`\nFirst ${FRESH_CALLS} calls of a fresh process, timed without the profiler (median of ${PROCS} processes each)`);
  for (const [impl, label] of IMPLS) {
    const m = (k: 'first' | 'mean2to100' | 'mean101to200' | 'setupMs'): number => median(timings[impl].map((x) => x[k]));
    console.log(
      `  ${label.padEnd(16)} import + construct ${fmt(m('setupMs'))} ms (under tsx); call 1: ${fmt(m('first') / 1000, 2)} ms; calls 2–100: ${fmt(m('mean2to100'), 0)} µs mean; calls 101–${FRESH_CALLS}: ${fmt(m('mean101to200'), 0)} µs mean`,
    );
  }
  const freshSum = { cardplane: sum(fresh.cardplane), stripe: sum(fresh.stripe) };
  bucketTable(
    `CPU profile of the first ${FRESH_CALLS} calls of a fresh process (${PROCS} processes each, summed; sampling every ${process.env.PROFILE_INTERVAL_US ?? 50} µs)`,
    freshSum,
  );
  topFunctions(`Top functions, cardplane, first ${FRESH_CALLS} calls (self µs per call; a native's time is under its JS caller)`, freshSum.cardplane);
  console.log(`  [${fmt((performance.now() - s) / 1000)} s, load ${machineLine().split('load average ')[1]}]`);

  // ---- Steady state ----
  s = performance.now();
  const steady = {} as Record<Impl, Attributed>;
  let jsonAlone = Number.NaN;
  for (const [impl] of IMPLS) {
    const r = (await worker(impl, 'steady', { PROFILE_CALLS: String(STEADY_CALLS) })) as unknown as Attributed & { jsonParseAloneUs: number };
    steady[impl] = r;
    jsonAlone = r.jsonParseAloneUs;
  }
  bucketTable(`CPU profile, steady state: ${STEADY_CALLS} calls after ${WARMUP} warm-up calls (sampling every ${process.env.PROFILE_INTERVAL_US ?? 200} µs)`, steady);
  console.log(`  JSON.parse of the ${b.card.length} B card alone, warm: ${fmt(jsonAlone, 2)} µs`);
  topFunctions(`Top functions, cardplane, steady state (self µs per call)`, steady.cardplane);
  topFunctions(`Top functions, official stripe, steady state (self µs per call)`, steady.stripe);
  console.log(`  [${fmt((performance.now() - s) / 1000)} s, load ${machineLine().split('load average ')[1]}]`);

  // ---- Function calls and allocations ----
  s = performance.now();
  console.log(
    `\nJS function calls per call (V8 precise coverage, call counts; calls inlined by the optimizer may go uncounted) and bytes allocated per call (JS heap growth with no GC in the window, 64 MB semi-space)`,
  );
  for (const [impl, label] of IMPLS) {
    const counts = (await worker(impl, 'counts')) as { fresh: number; steady: number };
    const alloc = (await worker(impl, 'alloc', {}, ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64'])) as {
      freshBytes: number | null;
      steadyBytes: number;
      batches: number;
      kept: number;
    };
    console.log(
      `  ${label.padEnd(16)} calls: first ${FRESH_CALLS} ${fmt(counts.fresh, 0)} per call, after warm-up ${fmt(counts.steady, 0)} per call; allocated: first ${FRESH_CALLS} ${alloc.freshBytes === null ? '— (a GC ran)' : `${fmt(alloc.freshBytes / 1024)} KB`} per call, after warm-up ${fmt(alloc.steadyBytes / 1024)} KB per call (median of ${alloc.kept}/${alloc.batches} batches of 10)`,
    );
  }
  console.log(`  [${fmt((performance.now() - s) / 1000)} s]`);
} finally {
  await server.close();
}
console.log(`\nstart: ${startLine}`);
console.log(`end:   ${machineLine()}`);
console.log(`profile took ${fmt((performance.now() - started) / 1000)} s`);

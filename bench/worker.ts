/**
 * One fresh process of `bench/run.ts`: measures against the server of the parent (`BENCH_PORT`) and prints
 * one JSON line. `BENCH_MODE`:
 *   - `percall` (default): every implementation of `issuing.cards.retrieve` in this one process, each warmed
 *     with exactly `BENCH_WARMUP` sequential calls, then `BENCH_ROUNDS` rounds; each round runs the
 *     implementations in a new shuffled order, `BENCH_CALLS` sequential calls each, and keeps the median call
 *     of each. Prints `{ rounds: { impl: [round medians, µs] } }`.
 *   - `lists`: the same for a page of `BENCH_LIST_ITEMS` transactions and authorizations (`<impl> · <list>`).
 *   - `concurrency`: `BENCH_CONCURRENCY` calls fired at once (`Promise.all`) on one client; after one warm-up
 *     burst each, `BENCH_REPS` bursts per implementation, interleaved in shuffled order. Prints
 *     `{ rounds: { impl: [wall ms per burst] } }`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Call, clients, listCalls, median, retrieveCalls, shuffle } from './common.js';

// tsx turns source maps on for the whole process, which makes every `new Error().stack` cost a source-map
// lookup: the official SDK takes one per request (its call-site stack), a user's compiled program does not.
process.setSourceMapsEnabled(false);
const mode = process.env.BENCH_MODE ?? 'percall';
const port = Number(process.env.BENCH_PORT);
if (!port) throw new Error('BENCH_PORT is not set: bench/worker.ts is started by bench/run.ts');
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2000);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const only = process.env.BENCH_IMPLS?.split(',');

const c = await clients(port);
const pick = (calls: Record<string, Call>): Record<string, Call> => (only ? Object.fromEntries(Object.entries(calls).filter(([k]) => only.some((o) => k.startsWith(o)))) : calls);

async function sequential(calls: Record<string, Call>): Promise<Record<string, number[]>> {
  for (const fn of Object.values(calls)) for (let i = 0; i < WARMUP; i++) await fn();
  const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  const xs = new Float64Array(CALLS);
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of shuffle(Object.keys(calls))) {
      const fn = calls[name]!;
      for (let i = 0; i < CALLS; i++) {
        const t0 = performance.now();
        await fn();
        xs[i] = (performance.now() - t0) * 1000;
      }
      rounds[name]!.push(median(Array.from(xs)));
    }
  }
  return rounds;
}

async function burst(fn: Call): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, fn));
  const ms = performance.now() - t0;
  // Let the agents close the sockets above maxFreeSockets before the next burst.
  await sleep(100);
  return ms;
}

async function concurrent(calls: Record<string, Call>): Promise<Record<string, number[]>> {
  for (const fn of Object.values(calls)) {
    for (let i = 0; i < 100; i++) await fn();
    await burst(fn);
  }
  const rounds: Record<string, number[]> = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  for (let r = 0; r < REPS; r++) for (const name of shuffle(Object.keys(calls))) rounds[name]!.push(await burst(calls[name]!));
  return rounds;
}

let rounds: Record<string, number[]>;
if (mode === 'percall') rounds = await sequential(pick(retrieveCalls(c)));
else if (mode === 'lists') rounds = await sequential(pick(listCalls(c)));
else if (mode === 'concurrency') rounds = await concurrent(pick(retrieveCalls(c)));
else throw new Error(`unknown BENCH_MODE ${mode}`);
c.agent.destroy();
process.stdout.write(`${JSON.stringify({ mode, rounds })}\n`);
process.exit(0);

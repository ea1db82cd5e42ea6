/**
 * Real-time authorization handler benchmark (one process, one core, in-process, no network):
 * signs N `issuing_authorization.request` webhooks, then runs them through the handler with a
 * `decide` that answers at once, and reports verified-and-decided authorizations per second and
 * p50/p99/max handler latency (verify + parse + decide call + validated JSON answer).
 *
 *   npx tsx bench/webhooks.ts            # BENCH_N=3000 sequential requests per path by default
 *
 * Paths measured:
 *   - fetch   : `new Request(…)` → `handler(request)` → `await response.text()` (Fetch API, timed from outside:
 *               building the `Request` and reading the `Response` are inside the timing)
 *   - floor   : the same Fetch API work with no handler (build the `Request`, read its body and the signature
 *               header, build a `Response` of the same size and headers, read it): what any Fetch handler pays in
 *               undici before and after our code. `fetch − floor` is the handler's own share.
 *   - core    : `handler.handle({ body, signature })` (what the node:http adapter calls)
 *   - verify  : `constructEvent(body, header, secret)` alone
 * Target: p99 under 1 ms excluding `decide`.
 */
import { fixtures } from '../src/testing/index.js';
import { constructEvent, createAuthorizationHandler, signTestPayload } from '../src/webhooks/index.js';

const N = Number(process.env.BENCH_N ?? 3_000);
const WARMUP = Math.min(3_000, N);
const SECRET = 'whsec_bench_0123456789abcdef';

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function summary(label: string, latencies: Float64Array, totalMs: number, cpu?: NodeJS.CpuUsage): string {
  const sorted = Float64Array.from(latencies).sort();
  const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
  const rate = Math.round((latencies.length / totalMs) * 1000);
  const cpuPer = cpu ? `   cpu ${((cpu.user + cpu.system) / latencies.length).toFixed(1)} µs/auth` : '';
  return `${label.padEnd(8)} ${String(rate).padStart(7)} /s   p50 ${us(quantile(sorted, 0.5)).padStart(9)}   p99 ${us(quantile(sorted, 0.99)).padStart(9)}   max ${us(sorted[sorted.length - 1] ?? 0).padStart(10)}${cpuPer}`;
}

async function makeRequests(n: number): Promise<{ body: string; signature: string }[]> {
  const base = fixtures.issuingAuthorization();
  const out: { body: string; signature: string }[] = [];
  const now = Math.floor(Date.now() / 1000);
  for (let i = 0; i < n; i++) {
    const event = {
      id: `evt_bench_${i}`,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: now,
      data: {
        object: {
          ...base,
          id: `iauth_bench_${i}`,
          approved: false,
          pending_request: {
            amount: 1000 + (i % 5000),
            amount_details: { atm_fee: null, cashback_amount: null },
            currency: 'usd',
            is_amount_controllable: i % 2 === 0,
            merchant_amount: 1000 + (i % 5000),
            merchant_currency: 'usd',
            network_risk_score: 10,
          },
        },
      },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type: 'issuing_authorization.request',
    };
    const body = JSON.stringify(event, null, 2);
    out.push({ body, signature: await signTestPayload(body, SECRET, { timestamp: now }) });
  }
  return out;
}

async function main(): Promise<void> {
  const requests = await makeRequests(N + WARMUP);
  let decided = 0;
  let faults = 0;
  const handler = createAuthorizationHandler({
    secret: SECRET,
    decide: (auth) => {
      decided++;
      const amount = auth.pending_request?.amount ?? 0;
      return amount > 4000 && auth.pending_request?.is_amount_controllable ? { approved: true, amount: 4000 } : { approved: amount <= 4000 };
    },
    onError: () => {
      faults++;
    },
  });
  const encoder = new TextEncoder();
  const bytes = requests.map((r) => encoder.encode(r.body));

  const { loadavg } = await import('node:os');
  console.log(
    `cardplane webhooks bench: node ${process.version}, ${N} authorizations (+${WARMUP} warm-up), body ${bytes[0]?.length ?? 0} bytes, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (1/5/15 min) on ${(await import('node:os')).cpus().length} cores`,
  );

  // Warm-up of every path.
  for (let i = 0; i < WARMUP; i++) {
    const r = requests[N + i]!;
    await handler.handle({ method: 'POST', body: bytes[N + i], signature: r.signature });
    await handler(new Request('http://localhost/', { method: 'POST', headers: { 'stripe-signature': r.signature }, body: r.body }));
    await new Response(await new Request('http://localhost/', { method: 'POST', body: r.body }).text()).text();
    await constructEvent(bytes[N + i]!, r.signature, SECRET);
  }

  // core: the framework-free handler (node:http adapter path).
  {
    const lat = new Float64Array(N);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      const res = await handler.handle({ method: 'POST', body: bytes[i], signature: requests[i]!.signature });
      lat[i] = performance.now() - s;
      if (res.status !== 200) throw new Error(`unexpected ${res.status} ${res.body}`);
    }
    console.log(summary('core', lat, performance.now() - t0, process.cpuUsage(c0)));
  }

  // floor: the Fetch API work alone (undici's Request and Response, no handler), same shapes as `fetch`.
  {
    const lat = new Float64Array(N);
    let total = 0;
    const answerHeaders = { 'stripe-version': '2026-10-28.endive', 'content-type': 'application/json' };
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      const req = new Request('http://localhost/webhooks', {
        method: 'POST',
        headers: { 'stripe-signature': requests[i]!.signature, 'content-type': 'application/json' },
        body: bytes[i],
      });
      const raw = new Uint8Array(await req.arrayBuffer());
      const signature = req.headers.get('stripe-signature');
      const res = new Response(raw.length > 0 && signature ? '{"approved":true}' : '{}', { status: 200, headers: answerHeaders });
      const body = await res.text();
      lat[i] = performance.now() - s;
      total += lat[i]!;
      if (!body.startsWith('{"approved"')) throw new Error('unexpected floor answer');
    }
    console.log(`${summary('floor', lat, total)}   (undici Request + Response alone, no handler)`);
  }

  // fetch: from outside, building the Request, calling the handler and reading the Response.
  {
    const lat = new Float64Array(N);
    let total = 0;
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      const req = new Request('http://localhost/webhooks', {
        method: 'POST',
        headers: { 'stripe-signature': requests[i]!.signature, 'content-type': 'application/json' },
        body: bytes[i],
      });
      const res = await handler(req);
      const body = await res.text();
      lat[i] = performance.now() - s;
      total += lat[i]!;
      if (res.status !== 200 || !body.startsWith('{"approved"')) throw new Error(`unexpected ${res.status} ${body}`);
    }
    const cpu = process.cpuUsage(c0);
    console.log(`${summary('fetch', lat, total)}   cpu ${((cpu.user + cpu.system) / N).toFixed(1)} µs/auth (Request built and Response read inside the timing)`);
  }

  // verify + parse only.
  {
    const lat = new Float64Array(N);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const s = performance.now();
      await constructEvent(bytes[i]!, requests[i]!.signature, SECRET);
      lat[i] = performance.now() - s;
    }
    console.log(summary('verify', lat, performance.now() - t0));
  }

  // core, 64 requests in flight (throughput under concurrency, still one core).
  {
    const t0 = performance.now();
    let next = 0;
    const lat = new Float64Array(N);
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < N) {
          const i = next++;
          const s = performance.now();
          await handler.handle({ method: 'POST', body: bytes[i], signature: requests[i]!.signature });
          lat[i] = performance.now() - s;
        }
      }),
    );
    console.log(`${summary('core×64', lat, performance.now() - t0)}   (latency includes queueing behind 63 others)`);
  }

  console.log(`decide called ${decided} times, ${faults} faults`);
  if (faults > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

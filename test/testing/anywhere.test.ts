import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe, RESET_PATH } from '../../src/testing/index.js';
import { startMockServer } from '../../src/testing/server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

describe('cardplane/testing runs anywhere', () => {
  it('cardplane/testing never imports msw (only cardplane/testing/msw does)', async () => {
    const imported: string[] = [];
    const bundle = (entry: string) =>
      build({
        entryPoints: [resolve(ROOT, entry)],
        bundle: true,
        write: false,
        platform: 'neutral',
        logLevel: 'silent',
        plugins: [
          {
            name: 'no-msw',
            setup(b) {
              b.onResolve({ filter: /^msw(\/|$)/ }, (args) => {
                imported.push(`${args.importer} -> ${args.path}`);
                return { path: args.path, external: true };
              });
              b.onResolve({ filter: /^(ky|zod)/ }, (args) => ({ path: args.path, external: true }));
            },
          },
        ],
      });
    await bundle('src/testing/index.ts');
    expect(imported).toEqual([]);
    await bundle('src/testing/msw.ts');
    expect(imported.length).toBeGreaterThan(0);
  });

  it('mock.reset() forgets objects, events, endpoints and keys; POST /_cardplane/reset does the same', async () => {
    const mock = createMockStripe();
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } }, { idempotencyKey: 'same' });
    expect((await cp.events.list()).data).toHaveLength(1);
    mock.reset();
    await expect(cp.issuing.cardholders.retrieve(holder.id)).rejects.toMatchObject({ status: 404 });
    expect((await cp.events.list()).data).toHaveLength(0);
    expect(mock.requests).toHaveLength(2);
    // The key is forgotten: the same key creates a new cardholder.
    const again = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } }, { idempotencyKey: 'same' });
    expect(again.id).not.toBe(holder.id);
    const res = await mock.fetch(`https://api.stripe.com${RESET_PATH}`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await cp.issuing.cardholders.list()).data).toHaveLength(0);
  });

  it('startMockServer serves the same Stripe over node:http to the official SDK (host, port, protocol)', async () => {
    const server = await startMockServer({ port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const stripe = new Stripe('sk_test_mock', { host: '127.0.0.1', port: server.port, protocol: 'http', maxNetworkRetries: 0 });
      const holder = await stripe.issuing.cardholders.create({ name: 'Jenny Rosen', type: 'individual', billing: { address } });
      expect(holder.object).toBe('issuing.cardholder');
      expect((await stripe.issuing.cardholders.retrieve(holder.id)).name).toBe('Jenny Rosen');
      expect(server.mock.store.get(holder.id)).toBeDefined();
      // curl-style Basic auth works too.
      const basic = await fetch(`${server.url}/v1/issuing/cardholders/${holder.id}`, { headers: { authorization: `Basic ${btoa('sk_test_mock:')}` } });
      expect(basic.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('the cardplane-mock command: binds loopback, prints its URL, resets over HTTP, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/bin/cardplane-mock.ts'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const url = line.toString().trim().split('\n')[0]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const stripe = new Stripe('sk_test_mock', { host: '127.0.0.1', port: Number(new URL(url).port), protocol: 'http', maxNetworkRetries: 0 });
      const holder = await stripe.issuing.cardholders.create({ name: 'Jenny Rosen', type: 'individual', billing: { address } });
      expect((await stripe.issuing.cardholders.list()).data.map((h) => h.id)).toEqual([holder.id]);
      expect((await fetch(`${url}${RESET_PATH}`, { method: 'POST' })).status).toBe(200);
      expect((await stripe.issuing.cardholders.list()).data).toEqual([]);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);

  it('cardplane-mock refuses unknown options', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/bin/cardplane-mock.ts'), '--prot', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(err).toContain('unknown option --prot');
  }, 30_000);
});

/**
 * The mock over HTTP: the official `stripe` SDK, pointed at it as at any Stripe host, runs calls of a card
 * program against the same in-memory Stripe; `POST /_cardplane/reset` forgets everything; the
 * `cardplane-mock` command prints its URL and stops on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { startMockServer, type MockServer } from '../../src/testing/server.js';

let server: MockServer;
let stripe: Stripe;
beforeAll(async () => {
  server = await startMockServer({ port: 0 });
  const url = new URL(server.url);
  stripe = new Stripe('sk_test_mockserver', { host: url.hostname, port: Number(url.port), protocol: 'http', maxNetworkRetries: 0 });
});
afterAll(() => server.close());

describe('cardplane/testing over HTTP', () => {
  it('the official SDK creates a cardholder and a card on a connected account, which cardplane then sees', async () => {
    const account = await stripe.accounts.create({ type: 'custom', country: 'US', capabilities: { card_issuing: { requested: true } } });
    const opts = { stripeAccount: account.id };
    const holder = await stripe.issuing.cardholders.create(
      { name: 'Jenny Rosen', type: 'individual', billing: { address: { line1: '1 Main St', city: 'SF', postal_code: '94111', country: 'US' } } },
      opts,
    );
    const card = await stripe.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual' }, opts);
    expect(card.object).toBe('issuing.card');
    expect(card.cardholder.id).toBe(holder.id);
    const cp = new Cardplane({ apiKey: 'sk_test_mockserver', baseUrl: server.url, strict: true, maxRetries: 0 });
    const seen = await cp.issuing.cards.retrieve(card.id, {}, { stripeAccount: account.id });
    expect(seen.id).toBe(card.id);
    // The Connect boundary holds over HTTP too: the platform does not see the account's card.
    await expect(stripe.issuing.cards.retrieve(card.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('refuses an unknown param with Stripe’s error, as the official SDK reports it', async () => {
    await expect(stripe.issuing.cardholders.create({ name: 'X', type: 'individual', foo: 'bar' } as never)).rejects.toMatchObject({
      statusCode: 400,
      code: 'parameter_unknown',
    });
  });

  it('POST /_cardplane/reset forgets every object', async () => {
    const holder = await stripe.issuing.cardholders.create({
      name: 'Reset Me',
      type: 'individual',
      billing: { address: { line1: '1', city: 'SF', postal_code: '94111', country: 'US' } },
    });
    const before = await stripe.issuing.cardholders.list();
    expect(before.data.some((h) => h.id === holder.id)).toBe(true);
    const res = await fetch(`${server.url}/_cardplane/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await stripe.issuing.cardholders.list()).data).toEqual([]);
    expect(server.mock.requests).toHaveLength(1);
  });

  it('cardplane-mock prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/cardplane-mock.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/v1/issuing/cards`, { headers: { authorization: 'Bearer sk_test_bin' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { object: string }).object).toBe('list');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});

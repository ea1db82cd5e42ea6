import { describe, expect, it } from 'vitest';
import { Cardplane, RateLimitError } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';
import { startMockServer } from '../../src/testing/server.js';

const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };
const holder = { name: 'Jenny Rosen', billing: { address } };

describe('cardplane/testing faults on purpose', () => {
  it('fails N times with a status, then behaves: the client retries through it', async () => {
    const mock = createMockStripe();
    const fault = mock.fault({ method: 'POST', path: '/v1/issuing/cardholders', times: 2, status: 500 });
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, maxRetries: 2 });
    const created = await cp.issuing.cardholders.create(holder);
    expect(created.object).toBe('issuing.cardholder');
    expect(fault.hits).toBe(2);
    expect(fault.remaining).toBe(0);
    expect(mock.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    // Only one cardholder: the failed attempts changed nothing.
    expect((await cp.issuing.cardholders.list()).data).toHaveLength(1);
  });

  it("a 429 with Stripe's body reaches a client without retries as RateLimitError; other routes are untouched", async () => {
    const mock = createMockStripe();
    mock.fault({ path: '/v1/issuing/cards/:id', status: 429 });
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, maxRetries: 0 });
    const h = await cp.issuing.cardholders.create(holder);
    const card = await cp.issuing.cards.create({ cardholder: h.id, currency: 'usd', type: 'virtual' });
    await expect(cp.issuing.cards.retrieve(card.id)).rejects.toBeInstanceOf(RateLimitError);
    expect((await cp.issuing.cards.retrieve(card.id)).id).toBe(card.id);
  });

  it('a delay, then the normal answer; remove() takes a fault back', async () => {
    const mock = createMockStripe();
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, maxRetries: 0 });
    const slow = mock.fault({ path: '/v1/issuing/cardholders', method: 'GET', delayMs: 200, times: Infinity });
    let t = Date.now();
    await cp.issuing.cardholders.list();
    expect(Date.now() - t).toBeGreaterThanOrEqual(190);
    slow.remove();
    t = Date.now();
    await cp.issuing.cardholders.list();
    expect(Date.now() - t).toBeLessThan(150);
  });

  it('a dropped connection: fetch rejects in process, the socket closes over HTTP; the retry gets through', async () => {
    const mock = createMockStripe();
    mock.fault({ path: '/v1/issuing/cardholders', method: 'POST', drop: true });
    await expect(mock.fetch('https://api.stripe.com/v1/issuing/cardholders', { method: 'POST', headers: { authorization: 'Bearer sk_test_x' } })).rejects.toThrow(TypeError);

    const server = await startMockServer({ port: 0 });
    try {
      const fault = server.mock.fault({ path: '/v1/issuing/cardholders', method: 'POST', drop: true });
      const post = () =>
        fetch(`${server.url}/v1/issuing/cardholders`, {
          method: 'POST',
          headers: { authorization: 'Bearer sk_test_mock', 'content-type': 'application/x-www-form-urlencoded' },
          body: 'name=Jenny+Rosen&billing[address][line1]=1+Main&billing[address][city]=SF&billing[address][country]=US&billing[address][postal_code]=94111',
        });
      await expect(post()).rejects.toThrow(TypeError);
      expect(fault.hits).toBe(1);
      expect((await post()).status).toBe(200);
      expect(server.mock.store.all('issuing.cardholder')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

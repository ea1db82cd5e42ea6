import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe, type MockStripeOptions } from '../../src/testing/index.js';
import { constructEvent } from '../../src/webhooks/index.js';

// A failed delivery is retried as Stripe does (backoff, a fixed number of retries, signed anew each time);
// `pending_webhooks` falls once the endpoint answers 2xx; a disabled endpoint is not retried.
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

function setup(options: MockStripeOptions = {}) {
  const mock = createMockStripe(options);
  const stripe = new Stripe('sk_test_mock', { httpClient: Stripe.createFetchHttpClient(mock.fetch), maxNetworkRetries: 0 });
  const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
  /** A handler answering the given statuses in turn (the last one from then on). */
  const inbox = (url: string, statuses: number[]): Array<{ body: string; signature: string }> => {
    const got: Array<{ body: string; signature: string }> = [];
    mock.onWebhook(url, async (request) => {
      got.push({ body: await request.text(), signature: request.headers.get('stripe-signature') ?? '' });
      return new Response('{}', { status: statuses[Math.min(got.length - 1, statuses.length - 1)] });
    });
    return got;
  };
  return { mock, stripe, cp, inbox };
}

describe('cardplane/testing webhook retries', () => {
  it('a handler failing twice then answering 200 gets 3 signed deliveries of the same event', async () => {
    const { mock, stripe, cp, inbox } = setup();
    const got = inbox('https://backend.test/hooks', [500, 503, 200]);
    const we = await stripe.webhookEndpoints.create({ url: 'https://backend.test/hooks', enabled_events: ['issuing_cardholder.created'] });
    await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    await mock.settled();
    expect(got).toHaveLength(3);
    const events = await Promise.all(got.map((g) => constructEvent(g.body, g.signature, we.secret!)));
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect(mock.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);
    const event = await stripe.events.retrieve(events[0]!.id);
    expect(event.pending_webhooks).toBe(0);
  });

  it('a handler that always fails stops after the configured attempts; pending_webhooks stays', async () => {
    const { mock, stripe, cp, inbox } = setup({ webhookRetries: { delaysMs: [1, 1] } });
    const got = inbox('https://backend.test/hooks', [500]);
    await stripe.webhookEndpoints.create({ url: 'https://backend.test/hooks', enabled_events: ['issuing_cardholder.created'] });
    await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    await mock.settled();
    expect(got).toHaveLength(3);
    expect(mock.deliveries.map((d) => d.attempt)).toEqual([1, 2, 3]);
    const event = await stripe.events.retrieve(mock.deliveries[0]!.eventId);
    expect(event.pending_webhooks).toBe(1);
  });

  it('a connection error is retried too, and a disabled endpoint is not retried', async () => {
    const { mock, stripe, cp } = setup({ webhookRetries: { delaysMs: [30, 30, 30] } });
    let calls = 0;
    mock.onWebhook('https://backend.test/hooks', () => {
      calls += 1;
      throw new Error('ECONNREFUSED');
    });
    const we = await stripe.webhookEndpoints.create({ url: 'https://backend.test/hooks', enabled_events: ['issuing_cardholder.created'] });
    await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    await new Promise((resolve) => setTimeout(resolve, 45));
    await stripe.webhookEndpoints.update(we.id, { disabled: true });
    await mock.settled();
    expect(calls).toBe(2);
    expect(mock.deliveries.map((d) => [d.attempt, d.status])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});

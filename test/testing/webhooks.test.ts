import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';
import { constructEvent, constructEventNotification } from '../../src/webhooks/index.js';

// Webhook endpoints (v1) and event destinations (v2) of the mock: registered through the official SDK
// (cardplane has no client resource for them), delivered signed, verified by both SDKs.
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

interface Received {
  body: string;
  signature: string;
}

function setup() {
  const mock = createMockStripe();
  const stripe = new Stripe('sk_test_mock', { httpClient: Stripe.createFetchHttpClient(mock.fetch), maxNetworkRetries: 0 });
  const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
  const inbox = (url: string, status = 200): Received[] => {
    const got: Received[] = [];
    mock.onWebhook(url, async (request) => {
      got.push({ body: await request.text(), signature: request.headers.get('stripe-signature') ?? '' });
      return new Response('{}', { status });
    });
    return got;
  };
  return { mock, stripe, cp, inbox };
}

describe('cardplane/testing webhook endpoints', () => {
  it('create answers the whsec_ secret once; list, retrieve, update and delete work like Stripe', async () => {
    const { stripe } = setup();
    const we = await stripe.webhookEndpoints.create({ url: 'https://backend.test/hooks', enabled_events: ['issuing_card.created'], description: 'ops' });
    expect(we.id).toMatch(/^we_/);
    expect(we.secret).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(we.status).toBe('enabled');
    const again = await stripe.webhookEndpoints.retrieve(we.id);
    expect(again.secret).toBeUndefined();
    expect(again.url).toBe('https://backend.test/hooks');
    const updated = await stripe.webhookEndpoints.update(we.id, { enabled_events: ['*'], disabled: true });
    expect(updated).toMatchObject({ enabled_events: ['*'], status: 'disabled' });
    expect((await stripe.webhookEndpoints.list()).data.map((w) => w.id)).toEqual([we.id]);
    expect(await stripe.webhookEndpoints.del(we.id)).toMatchObject({ id: we.id, deleted: true });
    await expect(stripe.webhookEndpoints.retrieve(we.id)).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
    await expect(stripe.webhookEndpoints.create({ url: 'not a url', enabled_events: ['*'] })).rejects.toMatchObject({ statusCode: 400, param: 'url' });
  });

  it('delivers the events of enabled types, signed: verified by cardplane/webhooks and by the official SDK', async () => {
    const { mock, stripe, cp, inbox } = setup();
    const got = inbox('https://backend.test/hooks');
    const other = inbox('https://backend.test/other');
    const we = await stripe.webhookEndpoints.create({ url: 'https://backend.test/hooks', enabled_events: ['issuing_card.created', 'issuing_card.updated'] });
    const disabled = await stripe.webhookEndpoints.create({ url: 'https://backend.test/other', enabled_events: ['*'] });
    await stripe.webhookEndpoints.update(disabled.id, { disabled: true });
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual' });
    await cp.issuing.cards.update(card.id, { status: 'active' });
    await mock.settled();
    expect(other).toEqual([]);
    expect(got).toHaveLength(2);
    const first = await constructEvent(got[0]!.body, got[0]!.signature, we.secret!);
    expect(first.type).toBe('issuing_card.created');
    expect((first.data.object as { id: string }).id).toBe(card.id);
    const second = stripe.webhooks.constructEvent(got[1]!.body, got[1]!.signature, we.secret!);
    expect(second.type).toBe('issuing_card.updated');
    expect(second.data.previous_attributes).toEqual({ status: 'inactive' });
    expect(got[0]!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    // A wrong secret fails with both.
    await expect(constructEvent(got[0]!.body, got[0]!.signature, 'whsec_wrong')).rejects.toThrow();
    expect(() => stripe.webhooks.constructEvent(got[0]!.body, got[0]!.signature, 'whsec_wrong')).toThrow();
    // Delivered events are no longer pending.
    expect((await cp.events.retrieve(first.id)).pending_webhooks).toBe(0);
    expect(mock.deliveries.map((d) => [d.destination, d.type, d.status])).toEqual([
      [we.id, 'issuing_card.created', 200],
      [we.id, 'issuing_card.updated', 200],
    ]);
  });

  it('a connected account gets its own endpoints; a platform endpoint with connect: true gets its events with account', async () => {
    const { mock, stripe, cp, inbox } = setup();
    const acct = await cp.accounts.create({ type: 'custom', country: 'US' });
    const platformOnly = inbox('https://backend.test/platform');
    const connect = inbox('https://backend.test/connect');
    const own = inbox('https://backend.test/own');
    await stripe.webhookEndpoints.create({ url: 'https://backend.test/platform', enabled_events: ['issuing_cardholder.created'] });
    const c = await stripe.webhookEndpoints.create({ url: 'https://backend.test/connect', enabled_events: ['issuing_cardholder.created'], connect: true });
    await stripe.webhookEndpoints.create({ url: 'https://backend.test/own', enabled_events: ['issuing_cardholder.created'] }, { stripeAccount: acct.id });
    await cp.forAccount(acct.id).issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    await mock.settled();
    expect(platformOnly).toHaveLength(0);
    expect(own).toHaveLength(1);
    expect(connect).toHaveLength(1);
    expect((await constructEvent(connect[0]!.body, connect[0]!.signature, c.secret!)).account).toBe(acct.id);
  });

  it('delivers to a real URL over HTTP with fetch; a failing endpoint is recorded and the event stays pending', async () => {
    const { mock, stripe, cp } = setup();
    const bodies: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push({ body, headers: req.headers });
        res.writeHead(bodies.length === 1 ? 200 : 500).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stripe`;
      const we = await stripe.webhookEndpoints.create({ url, enabled_events: ['issuing_cardholder.created'] });
      await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
      await cp.issuing.cardholders.create({ name: 'Ada Quill', billing: { address } });
      await mock.settled();
      // The failed delivery is retried 3 times (the default schedule), then left pending.
      expect(bodies).toHaveLength(5);
      expect(bodies[0]!.headers['content-type']).toContain('application/json');
      const ev = stripe.webhooks.constructEvent(bodies[1]!.body, String(bodies[1]!.headers['stripe-signature']), we.secret!);
      expect(mock.deliveries.map((d) => d.status)).toEqual([200, 500, 500, 500, 500]);
      expect((await cp.events.retrieve(ev.id)).pending_webhooks).toBe(1);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('cardplane/testing event destinations (v2)', () => {
  it('create/retrieve/update/list/disable/enable/ping/del; thin v2 events to a thin destination', async () => {
    const { mock, stripe, cp, inbox } = setup();
    const got = inbox('https://backend.test/thin');
    const dest = await stripe.v2.core.eventDestinations.create({
      name: 'accounts',
      type: 'webhook_endpoint',
      event_payload: 'thin',
      enabled_events: ['v2.core.account[configuration.card_creator].capability_status_updated', 'v2.core.event_destination.ping', 'v1.issuing_card.created'],
      webhook_endpoint: { url: 'https://backend.test/thin' },
      include: ['webhook_endpoint.signing_secret', 'webhook_endpoint.url'],
    });
    const secret = dest.webhook_endpoint!.signing_secret!;
    expect(secret).toMatch(/^whsec_/);
    expect(dest.status).toBe('enabled');
    expect((await stripe.v2.core.eventDestinations.retrieve(dest.id)).webhook_endpoint?.signing_secret).toBeUndefined();
    expect((await stripe.v2.core.eventDestinations.retrieve(dest.id, { include: ['webhook_endpoint.url'] })).webhook_endpoint?.url).toBe('https://backend.test/thin');
    expect((await stripe.v2.core.eventDestinations.update(dest.id, { description: 'd' })).description).toBe('d');
    expect((await stripe.v2.core.eventDestinations.list()).data.map((d) => d.id)).toEqual([dest.id]);

    const acct = await cp.v2.core.accounts.create({
      identity: { country: 'gb', entity_type: 'individual' },
      configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
    });
    await cp.v2.core.accounts.update(acct.id, {
      identity: {
        attestations: { terms_of_service: { account: { date: '2025-07-01T10:00:00.000Z', ip: '203.0.113.9' } } },
        individual: { given_name: 'Ada', surname: 'Quill', date_of_birth: { day: 9, month: 12, year: 1990 } },
      },
    });
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual' });
    await mock.settled();
    expect(got).toHaveLength(2);
    const n1 = await constructEventNotification(got[0]!.body, got[0]!.signature, secret);
    expect(n1.type).toBe('v2.core.account[configuration.card_creator].capability_status_updated');
    expect(n1.related_object?.id).toBe(acct.id);
    expect(JSON.parse(got[0]!.body)).not.toHaveProperty('data');
    const n2 = stripe.parseEventNotification(got[1]!.body, got[1]!.signature, secret);
    expect(n2.type).toBe('v1.issuing_card.created');
    expect((n2 as unknown as { related_object: { id: string; url: string } }).related_object).toEqual({ id: card.id, type: 'issuing.card', url: `/v1/issuing/cards/${card.id}` });
    // The full event behind the thin notification.
    const full = await cp.v2.core.events.retrieve(n1.id);
    expect(full.data).toEqual({ updated_capability: 'commercial.stripe.charge_card' });

    await stripe.v2.core.eventDestinations.disable(dest.id);
    await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual' });
    await mock.settled();
    expect(got).toHaveLength(2);
    await stripe.v2.core.eventDestinations.enable(dest.id);
    const ping = await stripe.v2.core.eventDestinations.ping(dest.id);
    expect(ping.type).toBe('v2.core.event_destination.ping');
    await mock.settled();
    expect(got).toHaveLength(3);
    expect((await constructEventNotification(got[2]!.body, got[2]!.signature, secret)).id).toBe(ping.id);
    await stripe.v2.core.eventDestinations.del(dest.id);
    await expect(stripe.v2.core.eventDestinations.retrieve(dest.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('a snapshot destination gets v1 events of its enabled types', async () => {
    const { mock, stripe, cp, inbox } = setup();
    const got = inbox('https://backend.test/snap');
    const dest = await stripe.v2.core.eventDestinations.create({
      name: 'cards',
      type: 'webhook_endpoint',
      event_payload: 'snapshot',
      enabled_events: ['issuing_cardholder.created'],
      webhook_endpoint: { url: 'https://backend.test/snap' },
      include: ['webhook_endpoint.signing_secret'],
    });
    await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    await mock.settled();
    expect(got).toHaveLength(1);
    expect(stripe.webhooks.constructEvent(got[0]!.body, got[0]!.signature, dest.webhook_endpoint!.signing_secret!).type).toBe('issuing_cardholder.created');
  });
});

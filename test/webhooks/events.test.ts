import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import {
  constructEvent,
  constructEventNotification,
  fetchEvent,
  fetchRelatedObject,
  parseWithoutVerifying,
  signTestPayload,
  WebhookEventError,
  WebhookPayloadTypeError,
  WebhookSignatureMismatchError,
} from '../../src/webhooks/index.js';
import { useMockStripe } from '../helpers/msw.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { documented, HAS_DOCUMENTED, SECRET, snapshotEvent, stripeBody } from './helpers.js';

async function signed(value: unknown): Promise<[string, string]> {
  const body = stripeBody(value);
  return [body, await signTestPayload(body, SECRET)];
}

/** The documented thin event, with the docs' `{{CONNECTED_ACCOUNT}}` placeholder filled and without `data` (a notification). */
function thinNotification(): Record<string, unknown> {
  const full = documented('v2.core.account.capability_status_updated_event');
  const { data: _data, _note, ...note } = full;
  const related = note.related_object as { id: string; type: string; url: string };
  return { ...note, livemode: false, context: 'acct_123', related_object: { ...related, url: related.url.replace('{{CONNECTED_ACCOUNT}}', 'acct_123') } };
}

describe('constructEvent: typed v1 events', () => {
  it.skipIf(!HAS_DOCUMENTED)('an issuing_authorization.request with the documented authorization narrows data.object', async () => {
    const [body, header] = await signed(snapshotEvent('issuing_authorization.request', documented('issuing.authorization')));
    const event = await constructEvent(body, header, SECRET);
    expect(event.type).toBe('issuing_authorization.request');
    if (event.type !== 'issuing_authorization.request') throw new Error('narrowing');
    expect(event.data.object.pending_request?.amount).toBe(700);
    expect(event.data.object.merchant_data.name).toBe('Rocket Rides');
  });

  it.skipIf(!HAS_DOCUMENTED)('Treasury, top-up, balance and account events keep their documented objects', async () => {
    const cases: [string, string][] = [
      ['treasury.received_credit.created', 'treasury.received_credit'],
      ['treasury.outbound_transfer.posted', 'treasury.outbound_transfer'],
      ['treasury.inbound_transfer.succeeded', 'treasury.inbound_transfer'],
      ['treasury.financial_account.features_status_updated', 'treasury.financial_account'],
      ['topup.succeeded', 'topup'],
      ['balance.available', 'balance'],
      ['account.updated', 'account'],
      ['capability.updated', 'capability'],
      ['issuing_dispute.closed', 'issuing.dispute'],
      ['issuing_personalization_design.activated', 'issuing.personalization_design'],
    ];
    for (const [type, fixture] of cases) {
      const [body, header] = await signed(snapshotEvent(type, documented(fixture)));
      const event = await constructEvent(body, header, SECRET);
      expect(event.type).toBe(type);
      expect(event.data.object).toEqual(documented(fixture));
    }
  });

  it('an updated event carries previous_attributes; an unknown type still parses', async () => {
    const [body, header] = await signed(
      snapshotEvent(
        'issuing_card.updated',
        { id: 'ic_1', object: 'issuing.card', status: 'canceled' },
        { data: { object: { id: 'ic_1', object: 'issuing.card', status: 'canceled' }, previous_attributes: { status: 'active' } } },
      ),
    );
    const event = await constructEvent(body, header, SECRET);
    expect(event.data.previous_attributes).toEqual({ status: 'active' });
    const [b2, h2] = await signed(snapshotEvent('issuing_future_thing.created', { id: 'x_1', object: 'issuing.future_thing' }));
    expect((await constructEvent(b2, h2, SECRET)).type).toBe('issuing_future_thing.created');
  });

  it.each<[string, unknown]>([
    ['not JSON', 'not json {'],
    ['a JSON array', [1, 2]],
    ['no object member', { id: 'evt_1', type: 'x', data: { object: {} } }],
    ['no type', { id: 'evt_1', object: 'event', data: { object: {} } }],
    ['no data.object', { id: 'evt_1', object: 'event', type: 'issuing_card.created', data: {} }],
    ['a thin notification', { id: 'evt_1', object: 'v2.core.event', type: 'v2.core.account.created' }],
  ])('an authentic body that is %s → WebhookEventError (after verification)', async (_n, value) => {
    const body = typeof value === 'string' ? value : stripeBody(value);
    const header = await signTestPayload(body, SECRET);
    await expect(constructEvent(body, header, SECRET)).rejects.toBeInstanceOf(WebhookEventError);
    // The same body with a bad signature fails on the signature first.
    await expect(constructEvent(body, header, 'whsec_another_secret')).rejects.toBeInstanceOf(WebhookSignatureMismatchError);
  });
});

describe('v2 thin events', () => {
  it.skipIf(!HAS_DOCUMENTED)('constructEventNotification parses the documented notification; a v1 event is refused', async () => {
    const [body, header] = await signed(thinNotification());
    const note = await constructEventNotification(body, header, SECRET);
    expect(note.object).toBe('v2.core.event');
    expect(note.type).toBe('v2.core.account[configuration.card_creator].capability_status_updated');
    expect(note.related_object?.url).toBe('/v2/core/accounts/acct_123?include=configuration.card_creator');
    const [b2, h2] = await signed(snapshotEvent('issuing_card.created', { id: 'ic_1', object: 'issuing.card' }));
    await expect(constructEventNotification(b2, h2, SECRET)).rejects.toThrow(/constructEvent\(\)/);
  });

  it('parseWithoutVerifying tells the two kinds apart by `object` and still refuses non-payloads', () => {
    const v1 = parseWithoutVerifying(stripeBody(snapshotEvent('topup.created', { id: 'tu_1', object: 'topup' })));
    expect(v1.object).toBe('event');
    const v2 = parseWithoutVerifying(
      JSON.stringify({ id: 'evt_2', object: 'v2.core.event', type: 'v2.core.account.created', created: '2025-01-01T00:00:00.000Z', livemode: false }),
    );
    expect(v2.object).toBe('v2.core.event');
    expect(() => parseWithoutVerifying({} as unknown as string)).toThrow(WebhookPayloadTypeError);
    expect(() => parseWithoutVerifying('{"object":"list"}')).toThrow(WebhookEventError);
  });

  describe('fetching through the client (real HTTP server on 127.0.0.1)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer((req) => {
        if (req.path === '/v2/core/accounts/acct_123') return { body: { id: 'acct_123', object: 'v2.core.account', configuration: { card_creator: {} } } };
        if (req.path === '/v2/core/events/evt_test_321')
          return { body: { ...documented('v2.core.account.capability_status_updated_event'), livemode: false, context: 'acct_123' } };
        return { status: 404, body: { error: { type: 'invalid_request_error', message: 'nope' } } };
      });
    });
    afterAll(() => server.close());

    it.skipIf(!HAS_DOCUMENTED)('fetchRelatedObject GETs related_object.url with Stripe-Context and Stripe-Request-Trigger', async () => {
      const cp = new Cardplane({ apiKey: 'sk_test_webhooks', baseUrl: server.url, maxRetries: 0 });
      const [body, header] = await signed(thinNotification());
      const note = await constructEventNotification(body, header, SECRET);
      if (note.type !== 'v2.core.account[configuration.card_creator].capability_status_updated') throw new Error('narrowing');
      const account = await fetchRelatedObject(cp, note);
      expect(account.id).toBe('acct_123');
      const req = server.requests.at(-1);
      expect(req?.method).toBe('GET');
      expect(req?.path).toBe('/v2/core/accounts/acct_123');
      expect(req?.rawQuery).toBe('include=configuration.card_creator');
      expect(req?.headers['stripe-context']).toBe('acct_123');
      expect(req?.headers['stripe-request-trigger']).toBe('event=evt_test_321');
      expect(req?.headers['stripe-account']).toBeUndefined();
    });

    it.skipIf(!HAS_DOCUMENTED)('fetchEvent GETs /v2/core/events/{id} with the context, typed data', async () => {
      const cp = new Cardplane({ apiKey: 'sk_test_webhooks', baseUrl: server.url, maxRetries: 0, strict: true });
      const [body, header] = await signed(thinNotification());
      const note = await constructEventNotification(body, header, SECRET);
      if (note.type !== 'v2.core.account[configuration.card_creator].capability_status_updated') throw new Error('narrowing');
      const event = await fetchEvent(cp, note);
      expect(event.data?.updated_capability).toBe('commercial.stripe.charge_card');
      const req = server.requests.at(-1);
      expect(req?.path).toBe('/v2/core/events/evt_test_321');
      expect(req?.headers['stripe-context']).toBe('acct_123');
      expect(req?.headers['stripe-version']).toMatch(/preview/);
    });

    it('fetchRelatedObject refuses a notification without related_object', async () => {
      const cp = new Cardplane({ apiKey: 'sk_test_webhooks', baseUrl: server.url, maxRetries: 0 });
      const note = { id: 'evt_p', object: 'v2.core.event', type: 'v2.core.event_destination.ping', created: '2025-01-01T00:00:00Z', livemode: false } as const;
      await expect(fetchRelatedObject(cp, note)).rejects.toBeInstanceOf(WebhookEventError);
      expect(server.requests.some((r) => r.headers['stripe-request-trigger'] === 'event=evt_p')).toBe(false);
    });
  });
});

describe('events resources (mock API through msw)', () => {
  const ctx = useMockStripe({}, { accounts: ['acct_1', 'acct_123', 'acct_2'] });

  it('cp.events.retrieve and list (with a type wildcard)', async () => {
    ctx.mock.store.put(snapshotEvent('issuing_card.created', { id: 'ic_1', object: 'issuing.card' }));
    ctx.mock.store.put(snapshotEvent('issuing_authorization.created', { id: 'iauth_1', object: 'issuing.authorization' }));
    const event = await ctx.cp.events.retrieve('evt_test_issuing_card_created');
    expect(event.type).toBe('issuing_card.created');
    let last = await ctx.last();
    expect(last.method).toBe('GET');
    expect(last.path).toBe('/v1/events/evt_test_issuing_card_created');
    const page = await ctx.cp.events.list({ type: 'issuing_authorization.*', limit: 5 });
    expect(page.data.map((e) => e.type)).toEqual(['issuing_authorization.created']);
    last = await ctx.last();
    expect(Object.fromEntries(last.query)).toEqual({ limit: '5', type: 'issuing_authorization.*' });
  });

  it('cp.events.list refuses an unknown param before sending', async () => {
    await expect(ctx.cp.events.list({ kind: 'x' } as never)).rejects.toThrow(/kind/);
  });

  it('cp.v2.core.events.retrieve and list (object_id filter), acting for an account', async () => {
    const base = { object: 'v2.core.event', created: '2025-06-18T02:08:15.025Z', livemode: false };
    ctx.mock.store.put({ ...base, id: 'evt_v2_1', type: 'v2.core.account.updated', related_object: { id: 'acct_1', type: 'v2.core.account', url: '/v2/core/accounts/acct_1' } });
    ctx.mock.store.put({ ...base, id: 'evt_v2_2', type: 'v2.core.account.updated', related_object: { id: 'acct_2', type: 'v2.core.account', url: '/v2/core/accounts/acct_2' } });
    const event = await ctx.cp.v2.core.events.retrieve('evt_v2_1', {}, { stripeContext: 'acct_1' });
    expect(event.id).toBe('evt_v2_1');
    const last = await ctx.last();
    expect(last.path).toBe('/v2/core/events/evt_v2_1');
    expect(last.headers['stripe-context']).toBe('acct_1');
    const list = await ctx.cp.v2.core.events.list({ object_id: 'acct_2' });
    expect(list.data.map((e) => e.id)).toEqual(['evt_v2_2']);
    expect((await ctx.last()).rawQuery).toBe('object_id=acct_2');
  });

  it('a missing event is a 404 NotFoundError', async () => {
    await expect(ctx.cp.events.retrieve('evt_nope')).rejects.toMatchObject({ status: 404 });
  });
});

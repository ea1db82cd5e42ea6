import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// The mock checks requests as Stripe does, for clients that do not validate before sending (the official
// SDK, curl, other languages): raw HTTP here, so cardplane's own client-side checks are not in the way.
const mock = createMockStripe();
const auth = { authorization: 'Bearer sk_test_mock', 'content-type': 'application/x-www-form-urlencoded' };
const send = async (method: string, path: string, body?: string, headers: Record<string, string> = {}) => {
  const res = await mock.fetch(`https://api.stripe.com${path}`, { method, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { body }) });
  return { status: res.status, body: (await res.json()) as { error?: Record<string, unknown> } & Record<string, unknown> };
};

describe('cardplane/testing checks requests like Stripe', () => {
  it('refuses an unknown param with parameter_unknown and the param in bracket notation', async () => {
    const r = await send(
      'POST',
      '/v1/issuing/cardholders',
      'name=Jenny&type=individual&billing[address][line1]=1 Main&billing[address][city]=SF&billing[address][country]=US&billing[address][postal_code]=94111&foo=bar',
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'invalid_request_error', code: 'parameter_unknown', param: 'foo' });
    const nested = await send('POST', '/v1/issuing/cardholders', 'name=Jenny&type=individual&billing[address][planet]=mars');
    expect(nested.body.error).toMatchObject({ code: 'parameter_unknown', param: 'billing[address][planet]' });
  });

  it('refuses a missing required param with parameter_missing', async () => {
    const r = await send('POST', '/v1/issuing/cardholders', 'type=individual');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'parameter_missing', param: 'billing', message: 'Missing required param: billing.' });
  });

  it('refuses a value outside an enum, naming the param, and stores nothing', async () => {
    const before = mock.store.all('issuing.cardholder').length;
    const r = await send(
      'POST',
      '/v1/issuing/cardholders',
      'name=Jenny&type=individual&billing[address][line1]=1 Main&billing[address][city]=SF&billing[address][country]=US&billing[address][postal_code]=94111&status=bogus',
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ type: 'invalid_request_error', param: 'status' });
    expect(String(r.body.error?.message)).toContain('active');
    expect(mock.store.all('issuing.cardholder').length).toBe(before);
  });

  it('refuses a non-integer amount', async () => {
    const r = await send('POST', '/v1/topups', 'amount=ten&currency=usd');
    expect(r.body.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'amount' });
  });

  it('keeps text as text: a digit-only description comes back as the string it was', async () => {
    const r = await send('POST', '/v1/topups', 'amount=2024&currency=usd&description=2024&metadata[n]=7');
    expect(r.status).toBe(200);
    expect(r.body.amount).toBe(2024);
    expect(r.body.description).toBe('2024');
    expect(r.body.metadata).toEqual({ n: '7' });
    // And a strict cardplane client takes the answer.
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
    const tu = await cp.topups.create({ amount: 2024, currency: 'usd', description: '2024' });
    expect(tu.description).toBe('2024');
  });

  it('checks v2 JSON bodies: an unknown field gets invalid_fields', async () => {
    const r = await send('POST', '/v2/core/accounts', JSON.stringify({ display_name: 'Acme', colour: 'red' }), {
      'content-type': 'application/json',
      'stripe-version': '2025-12-15.preview',
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'invalid_fields', param: 'colour' });
  });

  it('checks list query params too', async () => {
    const r = await send('GET', '/v1/issuing/cards?status=bogus');
    expect(r.body.error).toMatchObject({ param: 'status' });
    const ok = await send('GET', '/v1/issuing/cards?limit=2');
    expect(ok.status).toBe(200);
  });
});

describe('cardplane/testing checks the key and the version like Stripe', () => {
  const call = (key: string, path = '/v1/issuing/cards', headers: Record<string, string> = {}) =>
    mock.fetch(`https://api.stripe.com${path}`, { headers: { authorization: `Bearer ${key}`, ...headers } });

  it('refuses what is not a secret or restricted key, without echoing it whole', async () => {
    for (const key of ['pk_test_abcdefghijklmnop', 'whsec_abcdefghijklmnop', 'nonsense']) {
      const res = await call(key);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain(key);
    }
    expect((await call('rk_test_abc')).status).toBe(200);
  });

  it('refuses a live key on test helpers', async () => {
    const res = await mock.fetch('https://api.stripe.com/v1/test_helpers/issuing/authorizations', {
      method: 'POST',
      headers: { authorization: 'Bearer sk_live_abc', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'card=ic_1&amount=1',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('test mode');
  });

  it('refuses a malformed Stripe-Version', async () => {
    const res = await call('sk_test_mock', '/v1/issuing/cards', { 'stripe-version': 'latest' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Invalid Stripe API version: latest');
    expect((await call('sk_test_mock', '/v1/issuing/cards', { 'stripe-version': '2025-12-15.preview' })).status).toBe(200);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type IssuingCard, type IssuingCardholder } from '../../../src/index.js';
import { IssuingCardSchema } from '../../../src/schemas/index.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_123'] });

const address = { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' };

async function holder(stripeAccount?: string): Promise<IssuingCardholder> {
  return t.cp.issuing.cardholders.create({ name: 'Jenny Rosen', email: 'jenny@example.com', billing: { address } }, stripeAccount ? { stripeAccount } : undefined);
}

describe('issuing.cards', () => {
  it('creates a virtual card: exact form body in order, headers, embedded cardholder and typed result', async () => {
    const ch = await holder('acct_123');
    const card = await t.cp.issuing.cards.create(
      {
        cardholder: ch.id,
        financial_account: 'fa_123',
        currency: 'usd',
        type: 'virtual',
        status: 'active',
        spending_controls: {
          allowed_categories: ['grocery_stores_supermarkets', 'eating_places_restaurants'],
          blocked_categories: ['betting_casino_gambling'],
          blocked_merchant_countries: ['KP'],
          allowed_card_presences: ['not_present'],
          spending_limits: [
            { amount: 5000, interval: 'monthly' },
            { amount: 1000, interval: 'per_authorization', categories: ['fast_food_restaurants'] },
          ],
        },
        metadata: { ref: 'A1' },
      },
      { stripeAccount: 'acct_123' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/cards');
    expect(wire.form).toEqual([
      ['cardholder', ch.id],
      ['financial_account', 'fa_123'],
      ['currency', 'usd'],
      ['type', 'virtual'],
      ['status', 'active'],
      ['spending_controls[allowed_categories][0]', 'grocery_stores_supermarkets'],
      ['spending_controls[allowed_categories][1]', 'eating_places_restaurants'],
      ['spending_controls[blocked_categories][0]', 'betting_casino_gambling'],
      ['spending_controls[blocked_merchant_countries][0]', 'KP'],
      ['spending_controls[allowed_card_presences][0]', 'not_present'],
      ['spending_controls[spending_limits][0][amount]', '5000'],
      ['spending_controls[spending_limits][0][interval]', 'monthly'],
      ['spending_controls[spending_limits][1][amount]', '1000'],
      ['spending_controls[spending_limits][1][interval]', 'per_authorization'],
      ['spending_controls[spending_limits][1][categories][0]', 'fast_food_restaurants'],
      ['metadata[ref]', 'A1'],
    ]);
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);

    expectTypeOf(card).toEqualTypeOf<IssuingCard>();
    expect(card.id).toMatch(/^ic_/);
    expect(card.object).toBe('issuing.card');
    expect(card.cardholder).toEqual(ch);
    expect(card.currency).toBe('usd');
    expect(card.type).toBe('virtual');
    expect(card.status).toBe('active');
    expect(card.financial_account).toBe('fa_123');
    expect(card.last4).toMatch(/^\d{4}$/);
    expect(card.exp_month).toBeGreaterThanOrEqual(1);
    expect(card.exp_year).toBeGreaterThan(new Date().getUTCFullYear());
    expect(card.number).toBeUndefined();
    expect(card.cvc).toBeUndefined();
    expect(card.metadata).toEqual({ ref: 'A1' });
    expect(card.spending_controls).toEqual({
      allowed_categories: ['grocery_stores_supermarkets', 'eating_places_restaurants'],
      blocked_categories: ['betting_casino_gambling'],
      allowed_merchant_countries: null,
      blocked_merchant_countries: ['KP'],
      allowed_card_presences: ['not_present'],
      blocked_card_presences: null,
      spending_limits: [
        { amount: 5000, interval: 'monthly', categories: null },
        { amount: 1000, interval: 'per_authorization', categories: ['fast_food_restaurants'] },
      ],
      spending_limits_currency: null,
    });
  });

  it('creates a physical card with shipping, replacement and lifecycle controls', async () => {
    const ch = await holder();
    const old = await t.cp.issuing.cards.create({ cardholder: ch.id, currency: 'usd', type: 'virtual' });
    const card = await t.cp.issuing.cards.create({
      cardholder: ch.id,
      currency: 'usd',
      type: 'physical',
      shipping: { name: 'Jenny Rosen', address, service: 'express', type: 'individual', address_validation: { mode: 'normalization_only' } },
      replacement_for: old.id,
      replacement_reason: 'lost',
      second_line: 'Acme Corp',
      exp_month: 8,
      exp_year: 2031,
      lifecycle_controls: { cancel_after: { payment_count: 1 } },
      pin: { encrypted_number: 'ENCRYPTED' },
    });
    expect((await t.last()).form).toEqual([
      ['cardholder', ch.id],
      ['currency', 'usd'],
      ['type', 'physical'],
      ['shipping[name]', 'Jenny Rosen'],
      ['shipping[address][line1]', '1 Main St'],
      ['shipping[address][city]', 'San Francisco'],
      ['shipping[address][state]', 'CA'],
      ['shipping[address][postal_code]', '94111'],
      ['shipping[address][country]', 'US'],
      ['shipping[service]', 'express'],
      ['shipping[type]', 'individual'],
      ['shipping[address_validation][mode]', 'normalization_only'],
      ['replacement_for', old.id],
      ['replacement_reason', 'lost'],
      ['second_line', 'Acme Corp'],
      ['exp_month', '8'],
      ['exp_year', '2031'],
      ['lifecycle_controls[cancel_after][payment_count]', '1'],
      ['pin[encrypted_number]', 'ENCRYPTED'],
    ]);
    expect(card.type).toBe('physical');
    expect(card.status).toBe('inactive');
    expect(card.exp_month).toBe(8);
    expect(card.exp_year).toBe(2031);
    expect(card.shipping?.name).toBe('Jenny Rosen');
    expect(card.shipping?.address).toEqual({ ...address, line2: null });
    expect(card.shipping?.service).toBe('express');
    expect(card.shipping?.address_validation?.mode).toBe('normalization_only');
    expect(card.replacement_for).toBe(old.id);
    expect(card.replacement_reason).toBe('lost');
    expect(card.second_line).toBe('Acme Corp');
    expect(card.lifecycle_controls).toEqual({ cancel_after: { payment_count: 1 } });
    expect((await t.cp.issuing.cards.retrieve(old.id)).replaced_by).toBe(card.id);
  });

  it('answers 404 invalid_request_error when the cardholder does not exist', async () => {
    const err = await t.cp.issuing.cards.create({ cardholder: 'ich_missing', currency: 'usd', type: 'virtual' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as NotFoundError).status).toBe(404);
    expect((err as NotFoundError).type).toBe('invalid_request_error');
    expect((err as NotFoundError).param).toBe('cardholder');
    expect((err as NotFoundError).message).toContain("No such cardholder: 'ich_missing'");
    expect(t.mock.store.all('issuing.card')).toEqual([]);
  });

  it('retrieves with expand[0]=number&expand[1]=cvc in the query, without Idempotency-Key', async () => {
    const ch = await holder('acct_123');
    const created = await t.cp.issuing.cards.create({ cardholder: ch.id, currency: 'usd', type: 'virtual' }, { stripeAccount: 'acct_123' });
    const card = await t.cp.forAccount('acct_123').issuing.cards.retrieve(created.id, { expand: ['number', 'cvc'] });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/cards/${created.id}`);
    expect(wire.query).toEqual([
      ['expand[0]', 'number'],
      ['expand[1]', 'cvc'],
    ]);
    expect(wire.body).toBe('');
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(card.number).toMatch(/^\d{16}$/);
    expect(card.number?.slice(-4)).toBe(created.last4);
    expect(card.cvc).toMatch(/^\d{3}$/);
    const plain = await t.cp.forAccount('acct_123').issuing.cards.retrieve(created.id);
    // The card lives under acct_123: the platform (a forgotten stripeAccount) does not see it.
    await expect(t.cp.issuing.cards.retrieve(created.id)).rejects.toMatchObject({ status: 404, code: 'resource_missing' });
    expect(plain.number).toBeUndefined();
    expect(plain).toEqual(created);
  });

  it('updates status, cancellation reason, spending controls and metadata; the card shows the current cardholder', async () => {
    const ch = await holder();
    const created = await t.cp.issuing.cards.create({
      cardholder: ch.id,
      currency: 'usd',
      type: 'virtual',
      status: 'active',
      metadata: { a: '1' },
      spending_controls: { blocked_categories: ['betting_casino_gambling'] },
    });
    await t.cp.issuing.cardholders.update(ch.id, { email: 'new@example.com' });
    const card = await t.cp.issuing.cards.update(created.id, {
      status: 'canceled',
      cancellation_reason: 'stolen',
      spending_controls: { spending_limits: [{ amount: 20000, interval: 'all_time' }] },
      metadata: { b: '2' },
    });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/issuing/cards/${created.id}`);
    expect(wire.form).toEqual([
      ['status', 'canceled'],
      ['cancellation_reason', 'stolen'],
      ['spending_controls[spending_limits][0][amount]', '20000'],
      ['spending_controls[spending_limits][0][interval]', 'all_time'],
      ['metadata[b]', '2'],
    ]);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(card.status).toBe('canceled');
    expect(card.cancellation_reason).toBe('stolen');
    expect(card.spending_controls.blocked_categories).toEqual(['betting_casino_gambling']);
    expect(card.spending_controls.spending_limits).toEqual([{ amount: 20000, interval: 'all_time', categories: null }]);
    expect(card.metadata).toEqual({ a: '1', b: '2' });
    expect(card.cardholder.email).toBe('new@example.com');

    // The status union is closed: `===` narrows it to the literal.
    if (card.status === 'canceled') expectTypeOf(card.status).toEqualTypeOf<'canceled'>();
  });

  it('lists with filters (cardholder, status, type, last4, exp) and pages with for await', async () => {
    const a = await holder();
    const b = await holder();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const card = await t.cp.issuing.cards.create({
        cardholder: i < 3 ? a.id : b.id,
        currency: 'usd',
        type: i === 4 ? 'physical' : 'virtual',
        status: i === 1 ? 'inactive' : 'active',
        exp_month: 12,
        exp_year: 2030 + i,
      });
      ids.push(card.id);
    }
    const page = await t.cp.issuing.cards.list({ cardholder: a.id, status: 'active', type: 'virtual', limit: 3 });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/issuing/cards');
    expect(wire.query).toEqual([
      ['cardholder', a.id],
      ['status', 'active'],
      ['type', 'virtual'],
      ['limit', '3'],
    ]);
    expect(page.data.map((c) => c.id)).toEqual([ids[2], ids[0]]);
    expect(page.data.every((c) => c.cardholder.id === a.id)).toBe(true);

    expect((await t.cp.issuing.cards.list({ type: 'physical' })).data.map((c) => c.id)).toEqual([ids[4]]);
    expect((await t.cp.issuing.cards.list({ exp_year: 2033, exp_month: 12 })).data.map((c) => c.id)).toEqual([ids[3]]);
    const third = await t.cp.issuing.cards.retrieve(ids[2] ?? '');
    expect((await t.cp.issuing.cards.list({ last4: third.last4 })).data.map((c) => c.id)).toContain(ids[2]);

    const seen: string[] = [];
    for await (const card of t.cp.issuing.cards.list({ limit: 2 })) {
      expectTypeOf(card).toEqualTypeOf<IssuingCard>();
      seen.push(card.id);
    }
    expect(seen).toEqual([...ids].reverse());
    const queries = (await t.requests()).slice(-3).map((r) => r.rawQuery);
    expect(queries).toEqual(['limit=2', `limit=2&starting_after=${ids[3]}`, `limit=2&starting_after=${ids[1]}`]);
  });

  describe('validation (no request sent)', () => {
    it('requires currency and type', async () => {
      // @ts-expect-error currency is required
      const err = await t.cp.issuing.cards.create({ cardholder: 'ich_123', type: 'virtual' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).field).toBe('currency');
      // @ts-expect-error type is required
      const err2 = await t.cp.issuing.cards.create({ cardholder: 'ich_123', currency: 'usd' }).catch((e: unknown) => e);
      expect((err2 as CardplaneValidationError).field).toBe('type');
      expect(t.mock.requests).toHaveLength(0);
    });

    it('rejects bad spending controls and enum values naming the path', async () => {
      const base = { cardholder: 'ich_123', currency: 'usd', type: 'virtual' } as const;
      const cases: [unknown, string][] = [
        [{ ...base, spending_controls: { blocked_categories: ['gambling'] } }, 'spending_controls.blocked_categories.0'],
        [{ ...base, spending_controls: { allowed_categories: ['bakeries', 'bakery'] } }, 'spending_controls.allowed_categories.1'],
        [{ ...base, spending_controls: { spending_limits: [{ amount: 5000, interval: 'fortnightly' }] } }, 'spending_controls.spending_limits.0.interval'],
        [{ ...base, spending_controls: { spending_limits: [{ amount: -1, interval: 'daily' }] } }, 'spending_controls.spending_limits.0.amount'],
        [{ ...base, spending_controls: { spending_limits: [{ amount: 5000, interval: 'daily', categories: ['nope'] }] } }, 'spending_controls.spending_limits.0.categories.0'],
        [{ ...base, spending_controls: { spending_limits_currency: 'usd' } }, 'spending_controls.spending_limits_currency'],
        [{ ...base, spending_controls: { allowed_card_presences: ['remote'] } }, 'spending_controls.allowed_card_presences.0'],
        [{ ...base, type: 'metal' }, 'type'],
        [{ ...base, status: 'canceled' }, 'status'],
        [{ ...base, replacement_reason: 'fulfillment_error' }, 'replacement_reason'],
        [{ ...base, shipping: { name: 'J', address: { ...address, line1: undefined } } }, 'shipping.address.line1'],
        [{ ...base, colour: 'red' }, 'colour'],
      ];
      for (const [params, field] of cases) {
        const err = await t.cp.issuing.cards.create(params as never).catch((e: unknown) => e);
        expect(err, field).toBeInstanceOf(CardplaneValidationError);
        expect((err as CardplaneValidationError).field, field).toBe(field);
      }
      const upd = await t.cp.issuing.cards.update('ic_123', { cancellation_reason: 'design_rejected' } as never).catch((e: unknown) => e);
      expect((upd as CardplaneValidationError).field).toBe('cancellation_reason');
      expect(t.mock.requests).toHaveLength(0);
    });
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented issuing.card object', () => {
    const parsed = IssuingCardSchema.parse(documented('issuing.card'));
    expect(parsed.object).toBe('issuing.card');
    expect(parsed.cardholder.object).toBe('issuing.cardholder');
    expect(parsed.shipping?.type).toBe('bulk');
  });
});

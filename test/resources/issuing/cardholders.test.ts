import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, NotFoundError, type IssuingCardholder } from '../../../src/index.js';
import { IssuingCardholderSchema } from '../../../src/schemas/index.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_123'] });

const address = { line1: '1 Main St', line2: 'Suite 4', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' };

describe('issuing.cardholders', () => {
  it('creates an individual cardholder on a connected account: exact form body, headers and typed result', async () => {
    const ch = await t.cp.issuing.cardholders.create(
      {
        name: 'Jenny Rosen',
        type: 'individual',
        email: 'jenny+1@example.com',
        phone_number: '+18008675309',
        billing: { address },
        individual: {
          first_name: 'Jenny',
          last_name: 'Rosen',
          dob: { day: 1, month: 2, year: 1990 },
          card_issuing: { user_terms_acceptance: { date: 1750000000, ip: '203.0.113.7', user_agent: 'Mozilla/5.0' } },
        },
        preferred_locales: ['en', 'fr'],
        spending_controls: {
          blocked_categories: ['betting_casino_gambling'],
          spending_limits: [{ amount: 100000, interval: 'monthly' }],
          spending_limits_currency: 'usd',
        },
        status: 'active',
        metadata: { ref: 'A1' },
      },
      { stripeAccount: 'acct_123' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/cardholders');
    expect(wire.form).toEqual([
      ['name', 'Jenny Rosen'],
      ['type', 'individual'],
      ['email', 'jenny+1@example.com'],
      ['phone_number', '+18008675309'],
      ['billing[address][line1]', '1 Main St'],
      ['billing[address][line2]', 'Suite 4'],
      ['billing[address][city]', 'San Francisco'],
      ['billing[address][state]', 'CA'],
      ['billing[address][postal_code]', '94111'],
      ['billing[address][country]', 'US'],
      ['individual[first_name]', 'Jenny'],
      ['individual[last_name]', 'Rosen'],
      ['individual[dob][day]', '1'],
      ['individual[dob][month]', '2'],
      ['individual[dob][year]', '1990'],
      ['individual[card_issuing][user_terms_acceptance][date]', '1750000000'],
      ['individual[card_issuing][user_terms_acceptance][ip]', '203.0.113.7'],
      ['individual[card_issuing][user_terms_acceptance][user_agent]', 'Mozilla/5.0'],
      ['preferred_locales[0]', 'en'],
      ['preferred_locales[1]', 'fr'],
      ['spending_controls[blocked_categories][0]', 'betting_casino_gambling'],
      ['spending_controls[spending_limits][0][amount]', '100000'],
      ['spending_controls[spending_limits][0][interval]', 'monthly'],
      ['spending_controls[spending_limits_currency]', 'usd'],
      ['status', 'active'],
      ['metadata[ref]', 'A1'],
    ]);
    expect(wire.body).toContain('email=jenny%2B1%40example.com');
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(wire.headers['content-type']).toContain('application/x-www-form-urlencoded');

    expectTypeOf(ch).toEqualTypeOf<IssuingCardholder>();
    expect(ch.id).toMatch(/^ich_/);
    expect(ch.object).toBe('issuing.cardholder');
    expect(ch.name).toBe('Jenny Rosen');
    expect(ch.email).toBe('jenny+1@example.com');
    expect(ch.billing.address).toEqual({ ...address });
    expect(ch.individual?.dob).toEqual({ day: 1, month: 2, year: 1990 });
    expect(ch.individual?.card_issuing?.user_terms_acceptance).toEqual({ date: 1750000000, ip: '203.0.113.7', user_agent: 'Mozilla/5.0' });
    expect(ch.preferred_locales).toEqual(['en', 'fr']);
    expect(ch.spending_controls?.blocked_categories).toEqual(['betting_casino_gambling']);
    expect(ch.spending_controls?.spending_limits).toEqual([{ amount: 100000, interval: 'monthly', categories: null }]);
    expect(ch.spending_controls?.spending_limits_currency).toBe('usd');
    expect(ch.metadata).toEqual({ ref: 'A1' });
    expect(ch.status).toBe('active');
  });

  it('creates a company cardholder with a tax id', async () => {
    const ch = await t.cp.issuing.cardholders.create({ name: 'Acme Corp', type: 'company', billing: { address }, company: { tax_id: '000000000' } });
    expect((await t.last()).form).toEqual([
      ['name', 'Acme Corp'],
      ['type', 'company'],
      ['billing[address][line1]', '1 Main St'],
      ['billing[address][line2]', 'Suite 4'],
      ['billing[address][city]', 'San Francisco'],
      ['billing[address][state]', 'CA'],
      ['billing[address][postal_code]', '94111'],
      ['billing[address][country]', 'US'],
      ['company[tax_id]', '000000000'],
    ]);
    expect(ch.type).toBe('company');
    expect(ch.company).toEqual({ tax_id_provided: true });
    expect(ch.individual).toBeNull();
  });

  it('retrieves with GET, no body and no Idempotency-Key, through forAccount', async () => {
    const created = await t.cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } }, { stripeAccount: 'acct_123' });
    const acme = t.cp.forAccount('acct_123');
    const ch = await acme.issuing.cardholders.retrieve(created.id);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/cardholders/${created.id}`);
    expect(wire.rawQuery).toBe('');
    expect(wire.body).toBe('');
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(ch).toEqual(created);
  });

  it('answers 404 for an unknown cardholder as a NotFoundError', async () => {
    const err = await t.cp.issuing.cardholders.retrieve('ich_missing').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).status).toBe(404);
    expect((err as NotFoundError).code).toBe('resource_missing');
  });

  it('updates: only the given fields change, metadata merges, spending controls are replaced per field', async () => {
    const created = await t.cp.issuing.cardholders.create({
      name: 'Jenny Rosen',
      billing: { address },
      metadata: { a: '1', b: '2' },
      spending_controls: { allowed_categories: ['grocery_stores_supermarkets'] },
    });
    const ch = await t.cp.issuing.cardholders.update(created.id, {
      status: 'inactive',
      metadata: { b: '', c: 3 },
      spending_controls: { spending_limits: [{ amount: 2500, interval: 'daily', categories: ['fast_food_restaurants'] }] },
    });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/issuing/cardholders/${created.id}`);
    expect(wire.form).toEqual([
      ['status', 'inactive'],
      ['metadata[b]', ''],
      ['metadata[c]', '3'],
      ['spending_controls[spending_limits][0][amount]', '2500'],
      ['spending_controls[spending_limits][0][interval]', 'daily'],
      ['spending_controls[spending_limits][0][categories][0]', 'fast_food_restaurants'],
    ]);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(ch.status).toBe('inactive');
    expect(ch.name).toBe('Jenny Rosen');
    expect(ch.metadata).toEqual({ a: '1', c: '3' });
    expect(ch.spending_controls?.allowed_categories).toEqual(['grocery_stores_supermarkets']);
    expect(ch.spending_controls?.spending_limits).toEqual([{ amount: 2500, interval: 'daily', categories: ['fast_food_restaurants'] }]);
  });

  it('lists with filters in the query and iterates every page with for await', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const ch = await t.cp.issuing.cardholders.create({ name: `Holder ${i}`, billing: { address }, status: i % 2 === 0 ? 'active' : 'inactive', email: `h${i}@example.com` });
      ids.push(ch.id);
    }
    const page = await t.cp.issuing.cardholders.list({ status: 'inactive', type: 'individual', created: { gte: 1 }, limit: 10 });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/issuing/cardholders');
    expect(wire.query).toEqual([
      ['status', 'inactive'],
      ['type', 'individual'],
      ['created[gte]', '1'],
      ['limit', '10'],
    ]);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(page.data.map((c) => c.id)).toEqual([ids[3], ids[1]]);

    const byEmail = await t.cp.issuing.cardholders.list({ email: 'h2@example.com' });
    expect(byEmail.data.map((c) => c.id)).toEqual([ids[2]]);

    const seen: string[] = [];
    for await (const ch of t.cp.issuing.cardholders.list({ limit: 2 })) {
      expectTypeOf(ch).toEqualTypeOf<IssuingCardholder>();
      seen.push(ch.id);
    }
    expect(seen).toEqual([...ids].reverse());
    const requests = await t.requests();
    const pages = requests.slice(-3);
    expect(pages.map((r) => r.rawQuery)).toEqual(['limit=2', `limit=2&starting_after=${ids[3]}`, `limit=2&starting_after=${ids[1]}`]);
  });

  describe('validation (no request sent)', () => {
    it('requires name and billing.address on create', async () => {
      // @ts-expect-error name is required
      const err = await t.cp.issuing.cardholders.create({ billing: { address } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).field).toBe('name');
      // @ts-expect-error billing.address.line1 is required
      const err2 = await t.cp.issuing.cardholders.create({ name: 'X', billing: { address: { city: 'Paris', postal_code: '75001', country: 'FR' } } }).catch((e: unknown) => e);
      expect((err2 as CardplaneValidationError).field).toBe('billing.address.line1');
      expect(t.mock.requests).toHaveLength(0);
    });

    it('rejects a wrong category, interval, amount and unknown keys naming the path', async () => {
      const cases: [unknown, string][] = [
        [{ spending_controls: { blocked_categories: ['casinos'] } }, 'spending_controls.blocked_categories.0'],
        [{ spending_controls: { spending_limits: [{ amount: 100, interval: 'hourly' }] } }, 'spending_controls.spending_limits.0.interval'],
        [{ spending_controls: { spending_limits: [{ amount: 10.5, interval: 'daily' }] } }, 'spending_controls.spending_limits.0.amount'],
        [{ status: 'blocked' }, 'status'],
        [{ spending_controls: { spending_limits: [{ amount: -1, interval: 'daily' }] } }, 'spending_controls.spending_limits.0.amount'],
        [{ name: 'Renamed' }, 'name'],
      ];
      for (const [params, field] of cases) {
        const err = await t.cp.issuing.cardholders.update('ich_123', params as never).catch((e: unknown) => e);
        expect(err, field).toBeInstanceOf(CardplaneValidationError);
        expect((err as CardplaneValidationError).field).toBe(field);
      }
      expect(t.mock.requests).toHaveLength(0);
    });
  });

  it('returns objects that pass the schema', async () => {
    const ch = await t.cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    expect(() => IssuingCardholderSchema.parse(ch)).not.toThrow();
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented issuing.cardholder object', () => {
    const parsed = IssuingCardholderSchema.parse(documented('issuing.cardholder'));
    expect(parsed.object).toBe('issuing.cardholder');
    expect(parsed.spending_controls?.spending_limits).toEqual([]);
  });
});

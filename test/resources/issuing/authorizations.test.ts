import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cardplane } from '../../../src/index.js';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type IssuingAuthorization, type IssuingCard } from '../../../src/index.js';
import { IssuingAuthorizationSchema } from '../../../src/schemas/index.js';
import type { IssuingCardCreateParams } from '../../../src/index.js';
import { issuingAuthorization } from '../../../src/testing/fixtures/issuing-spend.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_spend'] });

async function activeCard(extra: Partial<IssuingCardCreateParams> = {}, cp: Cardplane = t.cp): Promise<IssuingCard> {
  // Stripe declines purchases the Issuing balance does not cover: fund it first, as a program does.
  await cp.topups.create({ amount: 1_000_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({
    name: 'Grace Hopper',
    billing: { address: { line1: '1 Navy Way', city: 'Arlington', state: 'VA', postal_code: '22202', country: 'US' } },
  });
  return cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active', ...extra });
}

const purchase = (card: string, amount: number, category: 'fast_food_restaurants' | 'betting_casino_gambling' | 'book_stores' = 'fast_food_restaurants') =>
  t.cp.testHelpers.issuing.authorizations.create({ card, amount, currency: 'usd', merchant_data: { category, name: 'Shop', country: 'US' } });

describe('issuing.authorizations', () => {
  it('retrieves an authorization made by a simulated purchase: wire and typed result with the full card', async () => {
    const spender = t.cp.forAccount('acct_spend');
    const card = await activeCard({}, spender);
    const created = await spender.testHelpers.issuing.authorizations.create({
      card: card.id,
      amount: 1250,
      currency: 'usd',
      merchant_data: { category: 'fast_food_restaurants', name: 'Shop', country: 'US' },
    });
    const auth = await t.cp.forAccount('acct_spend').issuing.authorizations.retrieve(created.id);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/authorizations/${created.id}`);
    expect(wire.rawQuery).toBe('');
    expect(wire.headers['stripe-account']).toBe('acct_spend');
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expectTypeOf(auth).toEqualTypeOf<IssuingAuthorization>();
    expect(auth).toMatchObject({
      id: created.id,
      object: 'issuing.authorization',
      amount: 1250,
      currency: 'usd',
      merchant_amount: 1250,
      merchant_currency: 'usd',
      approved: true,
      status: 'pending',
      pending_request: null,
      cardholder: card.cardholder.id,
      transactions: [],
    });
    expect(auth.card.id).toBe(card.id);
    expect(auth.card.cardholder.name).toBe('Grace Hopper');
    expect(auth.merchant_data).toMatchObject({ category: 'fast_food_restaurants', category_code: '5814', name: 'Shop', country: 'US' });
    expect(auth.request_history).toHaveLength(1);
    expect(auth.request_history[0]).toMatchObject({ amount: 1250, approved: true, reason: 'card_active', currency: 'usd' });
    expect(auth.request_history[0]?.authorization_code).toMatch(/^\d{6}$/);
    expect(Number.isInteger(auth.amount)).toBe(true);
  });

  it('updates metadata: form body, idempotency key, result', async () => {
    const card = await activeCard();
    const created = await purchase(card.id, 500);
    const auth = await t.cp.issuing.authorizations.update(created.id, { metadata: { order: '42', note: '' } }, { idempotencyKey: 'upd-1' });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/issuing/authorizations/${created.id}`);
    expect(wire.form).toEqual([
      ['metadata[order]', '42'],
      ['metadata[note]', ''],
    ]);
    expect(wire.headers['idempotency-key']).toBe('upd-1');
    expect(auth.metadata).toEqual({ order: '42' });
  });

  it('lists with card, status and created filters and pages with for await across pages', async () => {
    const card = await activeCard();
    const other = await activeCard();
    for (const amount of [100, 200, 300, 400, 500]) await purchase(card.id, amount);
    await purchase(other.id, 999);
    const before = (await t.requests()).length;
    const amounts: number[] = [];
    for await (const auth of t.cp.issuing.authorizations.list({ card: card.id, status: 'pending', created: { gte: 1_700_000_000 }, limit: 2 })) {
      expectTypeOf(auth).toEqualTypeOf<IssuingAuthorization>();
      amounts.push(auth.amount);
    }
    expect(amounts).toEqual([500, 400, 300, 200, 100]);
    const pages = (await t.requests()).slice(before);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.method).toBe('GET');
    expect(pages[0]?.path).toBe('/v1/issuing/authorizations');
    expect(pages[0]?.query).toEqual([
      ['card', card.id],
      ['status', 'pending'],
      ['created[gte]', '1700000000'],
      ['limit', '2'],
    ]);
    expect(pages[1]?.query.at(-1)?.[0]).toBe('starting_after');
    const byHolder = await t.cp.issuing.authorizations.list({ cardholder: other.cardholder.id });
    expect(byHolder.data.map((a) => a.amount)).toEqual([999]);
    const closed = await t.cp.issuing.authorizations.list({ status: 'closed' });
    expect(closed.data).toEqual([]);
  });

  it('approves a pending request (deprecated endpoint): amount when controllable, history reason webhook_approved', async () => {
    const card = await activeCard();
    const stored = t.mock.store.put({
      ...issuingAuthorization(t.mock.store.get(card.id)),
      id: 'iauth_pending_1',
      amount: 0,
      merchant_amount: 0,
      approved: false,
      request_history: [],
      pending_request: {
        amount: 700,
        amount_details: null,
        currency: 'usd',
        is_amount_controllable: true,
        merchant_amount: 700,
        merchant_currency: 'usd',
        network_risk_score: 12,
      },
    });
    const auth = await t.cp.issuing.authorizations.approve(String(stored.id), { amount: 500, metadata: { rule: 'travel' } });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/issuing/authorizations/iauth_pending_1/approve');
    expect(wire.form).toEqual([
      ['amount', '500'],
      ['metadata[rule]', 'travel'],
    ]);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(auth).toMatchObject({ approved: true, amount: 500, pending_request: null, metadata: { rule: 'travel' } });
    expect(auth.request_history.at(-1)).toMatchObject({ approved: true, reason: 'webhook_approved', amount: 500, network_risk_score: 12 });
    await expect(t.cp.issuing.authorizations.approve('iauth_pending_1')).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('declines a pending request (deprecated endpoint)', async () => {
    const card = await activeCard();
    t.mock.store.put({
      ...issuingAuthorization(t.mock.store.get(card.id)),
      id: 'iauth_pending_2',
      amount: 0,
      approved: false,
      request_history: [],
      pending_request: {
        amount: 300,
        amount_details: null,
        currency: 'usd',
        is_amount_controllable: false,
        merchant_amount: 300,
        merchant_currency: 'usd',
        network_risk_score: null,
      },
    });
    const auth = await t.cp.issuing.authorizations.decline('iauth_pending_2', { metadata: { why: 'velocity' } });
    expect((await t.last()).path).toBe('/v1/issuing/authorizations/iauth_pending_2/decline');
    expect(auth).toMatchObject({ approved: false, status: 'closed', pending_request: null });
    expect(auth.request_history.at(-1)).toMatchObject({ approved: false, reason: 'webhook_declined', authorization_code: null });
  });

  it('simulated purchases are declined by card status and spending controls, with the matching reason', async () => {
    const inactive = await activeCard({ status: 'inactive' });
    const a1 = await purchase(inactive.id, 100);
    expect(a1).toMatchObject({ approved: false, status: 'closed' });
    expect(a1.request_history[0]?.reason).toBe('card_inactive');

    const controlled = await activeCard({
      spending_controls: {
        blocked_categories: ['betting_casino_gambling'],
        spending_limits: [{ amount: 2000, interval: 'per_authorization', categories: ['fast_food_restaurants'] }],
      },
    });
    expect((await purchase(controlled.id, 100, 'betting_casino_gambling')).request_history[0]?.reason).toBe('spending_controls');
    expect((await purchase(controlled.id, 2500)).request_history[0]).toMatchObject({ approved: false, reason: 'spending_controls' });
    expect((await purchase(controlled.id, 2000)).request_history[0]).toMatchObject({ approved: true, reason: 'card_active' });
    expect((await purchase(controlled.id, 2500, 'book_stores')).approved).toBe(true);

    const canceled = await activeCard();
    await t.cp.issuing.cards.update(canceled.id, { status: 'canceled', cancellation_reason: 'lost' });
    expect((await purchase(canceled.id, 100)).request_history[0]?.reason).toBe('card_canceled');
  });

  it('validation errors name the field and send nothing', async () => {
    const sent = (await t.requests()).length;
    const bad = await t.cp.issuing.authorizations.list({ status: 'approved' as never }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(CardplaneValidationError);
    expect((bad as CardplaneValidationError).field).toBe('status');
    const unknown = await t.cp.issuing.authorizations.update('iauth_1', { note: 'x' } as never).catch((e: unknown) => e);
    expect((unknown as CardplaneValidationError).field).toBe('note');
    const amount = await t.cp.issuing.authorizations.approve('iauth_1', { amount: 12.5 }).catch((e: unknown) => e);
    expect((amount as CardplaneValidationError).field).toBe('amount');
    const id = await t.cp.issuing.authorizations.retrieve('').catch((e: unknown) => e);
    expect((id as CardplaneValidationError).field).toBe('authorization');
    expect((await t.requests()).length).toBe(sent);
  });

  it('answers 404 for an unknown authorization', async () => {
    await expect(t.cp.issuing.authorizations.retrieve('iauth_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented authorization object (strict parse)', () => {
    const parsed = IssuingAuthorizationSchema.parse(documented('issuing.authorization'));
    expect(parsed.pending_request?.amount).toBe(700);
    expect(parsed.verification_data.three_d_secure?.result).toBe('authenticated');
  });

  it('our authorization fixture matches the schema', () => {
    expect(IssuingAuthorizationSchema.safeParse(issuingAuthorization()).success).toBe(true);
  });
});

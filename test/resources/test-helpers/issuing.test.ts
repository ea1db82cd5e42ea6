import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  Cardplane,
  CardplaneConfigurationError,
  CardplaneValidationError,
  InvalidRequestError,
  NotFoundError,
  type IssuingAuthorization,
  type IssuingCard,
  type IssuingCardCreateParams,
  type IssuingPersonalizationDesign,
  type IssuingTransaction,
} from '../../../src/index.js';
import { MOCK_BASE, useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_ship', 'acct_sim'] });

async function card(extra: Partial<IssuingCardCreateParams> = {}, cp: Cardplane = t.cp): Promise<IssuingCard> {
  // Stripe declines purchases the Issuing balance does not cover: fund it first, as a program does.
  await cp.topups.create({ amount: 1_000_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({
    name: 'Katherine Johnson',
    billing: { address: { line1: '2 Langley Rd', city: 'Hampton', state: 'VA', postal_code: '23681', country: 'US' } },
  });
  return cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active', ...extra });
}

const sim = () => t.cp.testHelpers.issuing;

describe('testHelpers.issuing.authorizations', () => {
  it('create: ordered form pairs incl. merchant_data[category], Stripe-Account, Idempotency-Key, typed result', async () => {
    const c = await card({}, t.cp.forAccount('acct_sim'));
    const auth = await t.cp.forAccount('acct_sim').testHelpers.issuing.authorizations.create(
      {
        card: c.id,
        amount: 1250,
        currency: 'usd',
        merchant_data: { category: 'eating_places_restaurants', name: 'Noodle Bar', city: 'Austin', country: 'US', network_id: '900100', postal_code: '78701' },
        is_amount_controllable: true,
        authorization_method: 'chip',
        amount_details: { atm_fee: 0, cashback_amount: 0 },
        verification_data: { cvc_check: 'mismatch', three_d_secure: { result: 'authenticated' } },
        wallet: 'apple_pay',
      },
      { idempotencyKey: 'sim-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/test_helpers/issuing/authorizations');
    expect(wire.form).toEqual([
      ['card', c.id],
      ['amount', '1250'],
      ['currency', 'usd'],
      ['merchant_data[category]', 'eating_places_restaurants'],
      ['merchant_data[name]', 'Noodle Bar'],
      ['merchant_data[city]', 'Austin'],
      ['merchant_data[country]', 'US'],
      ['merchant_data[network_id]', '900100'],
      ['merchant_data[postal_code]', '78701'],
      ['is_amount_controllable', 'true'],
      ['authorization_method', 'chip'],
      ['amount_details[atm_fee]', '0'],
      ['amount_details[cashback_amount]', '0'],
      ['verification_data[cvc_check]', 'mismatch'],
      ['verification_data[three_d_secure][result]', 'authenticated'],
      ['wallet', 'apple_pay'],
    ]);
    expect(wire.headers['stripe-account']).toBe('acct_sim');
    expect(wire.headers['idempotency-key']).toBe('sim-1');
    expect(wire.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expectTypeOf(auth).toEqualTypeOf<IssuingAuthorization>();
    expect(auth).toMatchObject({
      object: 'issuing.authorization',
      amount: 1250,
      approved: true,
      status: 'pending',
      authorization_method: 'chip',
      card_presence: 'present',
      wallet: 'apple_pay',
      amount_details: { atm_fee: 0, cashback_amount: 0 },
    });
    expect(auth.merchant_data).toEqual({
      category: 'eating_places_restaurants',
      category_code: '5812',
      city: 'Austin',
      country: 'US',
      name: 'Noodle Bar',
      network_id: '900100',
      postal_code: '78701',
      state: null,
      tax_id: null,
      terminal_id: null,
      url: null,
    });
    expect(auth.verification_data.cvc_check).toBe('mismatch');
    expect(auth.verification_data.three_d_secure).toEqual({ result: 'authenticated' });
  });

  it('create answers 404 naming card for an unknown card', async () => {
    const err = await sim()
      .authorizations.create({ card: 'ic_nope', amount: 100 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).param).toBe('card');
  });

  it('full flow: card → test authorization → capture → transaction list (capture amount negative)', async () => {
    const c = await card();
    const auth = await sim().authorizations.create({ card: c.id, amount: 4200, merchant_data: { category: 'book_stores', name: 'Paper Trail' } });
    const captured = await sim().authorizations.capture(auth.id, {
      capture_amount: 4000,
      close_authorization: true,
      purchase_details: { reference: 'ORDER-7', receipt: [{ description: 'Novel', quantity: '2', total: 4000, unit_cost: 2000 }] },
    });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/test_helpers/issuing/authorizations/${auth.id}/capture`);
    expect(wire.form).toEqual([
      ['capture_amount', '4000'],
      ['close_authorization', 'true'],
      ['purchase_details[reference]', 'ORDER-7'],
      ['purchase_details[receipt][0][description]', 'Novel'],
      ['purchase_details[receipt][0][quantity]', '2'],
      ['purchase_details[receipt][0][total]', '4000'],
      ['purchase_details[receipt][0][unit_cost]', '2000'],
    ]);
    expect(captured.status).toBe('closed');
    expect(captured.transactions).toHaveLength(1);
    const txn = captured.transactions[0] as IssuingTransaction;
    expect(txn).toMatchObject({
      object: 'issuing.transaction',
      type: 'capture',
      amount: -4000,
      merchant_amount: -4000,
      authorization: auth.id,
      card: c.id,
      cardholder: c.cardholder.id,
    });
    expect(txn.merchant_data.name).toBe('Paper Trail');
    expect(txn.purchase_details?.reference).toBe('ORDER-7');

    const list = await t.cp.issuing.transactions.list({ card: c.id, type: 'capture' });
    expect(list.data.map((x) => x.id)).toEqual([txn.id]);
    expect((await t.cp.issuing.authorizations.retrieve(auth.id)).status).toBe('closed');
    await expect(sim().authorizations.capture(auth.id)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('capture without closing keeps the authorization pending', async () => {
    const c = await card();
    const auth = await sim().authorizations.create({ card: c.id, amount: 1000 });
    const after = await sim().authorizations.capture(auth.id, { capture_amount: 300, close_authorization: false });
    expect(after.status).toBe('pending');
    expect(after.transactions.map((x) => x.amount)).toEqual([-300]);
  });

  it('increment, reverse, finalizeAmount and expire update the authorization', async () => {
    const c = await card({ spending_controls: { spending_limits: [{ amount: 1500, interval: 'per_authorization' }] } });
    const auth = await sim().authorizations.create({ card: c.id, amount: 1000 });

    const inc = await sim().authorizations.increment(auth.id, { increment_amount: 200, is_amount_controllable: false });
    expect((await t.last()).form).toEqual([
      ['increment_amount', '200'],
      ['is_amount_controllable', 'false'],
    ]);
    expect(inc.amount).toBe(1200);
    expect(inc.request_history.at(-1)).toMatchObject({ amount: 200, approved: true });
    const over = await sim().authorizations.increment(auth.id, { increment_amount: 400 });
    expect(over.amount).toBe(1200);
    expect(over.request_history.at(-1)).toMatchObject({ amount: 400, approved: false, reason: 'spending_controls' });

    const rev = await sim().authorizations.reverse(auth.id, { reverse_amount: 200 });
    expect((await t.last()).path).toBe(`/v1/test_helpers/issuing/authorizations/${auth.id}/reverse`);
    expect(rev).toMatchObject({ amount: 1000, status: 'pending' });
    await expect(sim().authorizations.reverse(auth.id, { reverse_amount: 5000 })).rejects.toBeInstanceOf(InvalidRequestError);

    const fin = await sim().authorizations.finalizeAmount(auth.id, {
      final_amount: 875,
      fuel: { type: 'diesel', unit: 'liter', quantity_decimal: '12.5', unit_cost_decimal: '70' },
    });
    expect((await t.last()).form).toEqual([
      ['final_amount', '875'],
      ['fuel[type]', 'diesel'],
      ['fuel[unit]', 'liter'],
      ['fuel[quantity_decimal]', '12.5'],
      ['fuel[unit_cost_decimal]', '70'],
    ]);
    expect(fin.amount).toBe(875);
    expect(fin.fuel).toMatchObject({ type: 'diesel', unit: 'liter', quantity_decimal: '12.5' });

    const exp = await sim().authorizations.expire(auth.id);
    expect((await t.last()).path).toBe(`/v1/test_helpers/issuing/authorizations/${auth.id}/expire`);
    expect(exp.status).toBe('expired');

    const other = await sim().authorizations.create({ card: c.id, amount: 600 });
    const full = await sim().authorizations.reverse(other.id);
    expect(full).toMatchObject({ amount: 0, status: 'reversed' });
  });

  it('respond answers a pending fraud challenge', async () => {
    const c = await card();
    const auth = await sim().authorizations.create({ card: c.id, amount: 100 });
    const stored = t.mock.store.get(auth.id);
    if (!stored) throw new Error('not stored');
    stored.fraud_challenges = [{ channel: 'sms', status: 'pending', undeliverable_reason: null }];
    const res = await sim().authorizations.respond(auth.id, { confirmed: true });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/test_helpers/issuing/authorizations/${auth.id}/fraud_challenges/respond`);
    expect(wire.form).toEqual([['confirmed', 'true']]);
    expect(res.verified_by_fraud_challenge).toBe(true);
    expect(res.fraud_challenges?.[0]?.status).toBe('verified');
    await expect(sim().authorizations.respond(auth.id, { confirmed: false })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('validation errors name the field (closed merchant category, required params) and send nothing', async () => {
    const before = (await t.requests()).length;
    const cat = await sim()
      .authorizations.create({ card: 'ic_1', merchant_data: { category: 'fast_food' as never } })
      .catch((e: unknown) => e);
    expect(cat).toBeInstanceOf(CardplaneValidationError);
    expect((cat as CardplaneValidationError).field).toBe('merchant_data.category');
    const card = await sim()
      .authorizations.create({ amount: 100 } as never)
      .catch((e: unknown) => e);
    expect((card as CardplaneValidationError).field).toBe('card');
    const neg = await sim()
      .authorizations.create({ card: 'ic_1', amount: -5 })
      .catch((e: unknown) => e);
    expect((neg as CardplaneValidationError).field).toBe('amount');
    const inc = await sim()
      .authorizations.increment('iauth_1', {} as never)
      .catch((e: unknown) => e);
    expect((inc as CardplaneValidationError).field).toBe('increment_amount');
    const fin = await sim()
      .authorizations.finalizeAmount('iauth_1', { final_amount: 1, fuel: { unit: 'gallon' as never } })
      .catch((e: unknown) => e);
    expect((fin as CardplaneValidationError).field).toBe('fuel.unit');
    expect((await t.requests()).length).toBe(before);
  });

  it('refuses every test helper with a live key before sending anything', async () => {
    const live = new Cardplane({ apiKey: 'sk_live_cardplane_not_a_real_key', baseUrl: MOCK_BASE, maxRetries: 0 });
    const before = (await t.requests()).length;
    const calls: Array<Promise<unknown>> = [
      live.testHelpers.issuing.authorizations.create({ card: 'ic_1', amount: 100 }),
      live.testHelpers.issuing.authorizations.capture('iauth_1'),
      live.testHelpers.issuing.cards.shipCard('ic_1'),
      live.testHelpers.issuing.personalizationDesigns.activate('ipcd_1'),
      live.testHelpers.issuing.transactions.createForceCapture({ card: 'ic_1', amount: 100 }),
    ];
    for (const call of calls) {
      const err = await call.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CardplaneConfigurationError);
      expect(String((err as Error).message)).not.toContain('sk_live_cardplane_not_a_real_key');
    }
    expect((await t.requests()).length).toBe(before);
  });
});

describe('testHelpers.issuing.cards', () => {
  it('moves shipping.status of a physical card through submit, ship, deliver, return, fail', async () => {
    const c = await card(
      {
        type: 'physical',
        shipping: { name: 'Katherine Johnson', address: { line1: '2 Langley Rd', city: 'Hampton', state: 'VA', postal_code: '23681', country: 'US' } },
      },
      t.cp.forAccount('acct_ship'),
    );
    const steps = [
      ['submitCard', 'submit', 'submitted'],
      ['shipCard', 'ship', 'shipped'],
      ['deliverCard', 'deliver', 'delivered'],
      ['returnCard', 'return', 'returned'],
      ['failCard', 'fail', 'failure'],
    ] as const;
    for (const [method, segment, status] of steps) {
      const out = await t.cp.testHelpers.issuing.cards[method](c.id, {}, { stripeAccount: 'acct_ship' });
      expectTypeOf(out).toEqualTypeOf<IssuingCard>();
      const wire = await t.last();
      expect(wire.method).toBe('POST');
      expect(wire.path).toBe(`/v1/test_helpers/issuing/cards/${c.id}/shipping/${segment}`);
      expect(wire.form).toEqual([]);
      expect(wire.headers['stripe-account']).toBe('acct_ship');
      expect(out.shipping?.status).toBe(status);
    }
    expect((await t.cp.forAccount('acct_ship').issuing.cards.retrieve(c.id)).shipping?.tracking_number).toMatch(/^\d+$/);
  });

  it('answers 400 invalid_request_error for a virtual card, 404 for an unknown one', async () => {
    const c = await card();
    const err = await t.cp.testHelpers.issuing.cards.shipCard(c.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).status).toBe(400);
    expect((err as InvalidRequestError).type).toBe('invalid_request_error');
    await expect(t.cp.testHelpers.issuing.cards.deliverCard('ic_missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('testHelpers.issuing.personalizationDesigns', () => {
  it('activates, deactivates and rejects with reasons', async () => {
    const design = await t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_cardplane_standard', name: 'Ops card' });
    expect(design.status).toBe('review');
    const active = await t.cp.testHelpers.issuing.personalizationDesigns.activate(design.id);
    expect((await t.last()).path).toBe(`/v1/test_helpers/issuing/personalization_designs/${design.id}/activate`);
    expectTypeOf(active).toEqualTypeOf<IssuingPersonalizationDesign>();
    expect(active.status).toBe('active');
    expect((await t.cp.testHelpers.issuing.personalizationDesigns.deactivate(design.id)).status).toBe('inactive');
    const rejected = await t.cp.testHelpers.issuing.personalizationDesigns.reject(design.id, {
      rejection_reasons: { card_logo: ['network_name', 'promotional_material'], carrier_text: ['other'] },
    });
    expect((await t.last()).form).toEqual([
      ['rejection_reasons[card_logo][0]', 'network_name'],
      ['rejection_reasons[card_logo][1]', 'promotional_material'],
      ['rejection_reasons[carrier_text][0]', 'other'],
    ]);
    expect(rejected.status).toBe('rejected');
    expect(rejected.rejection_reasons).toEqual({ card_logo: ['network_name', 'promotional_material'], carrier_text: ['other'] });
    const bad = await t.cp.testHelpers.issuing.personalizationDesigns.reject(design.id, { rejection_reasons: { card_logo: ['blurry' as never] } }).catch((e: unknown) => e);
    expect((bad as CardplaneValidationError).field).toBe('rejection_reasons.card_logo.0');
  });
});

describe('testHelpers.issuing.transactions', () => {
  it('createForceCapture and createUnlinkedRefund make unlinked transactions with Stripe signs', async () => {
    const c = await card();
    const capture = await t.cp.testHelpers.issuing.transactions.createForceCapture({
      card: c.id,
      amount: 900,
      currency: 'usd',
      merchant_data: { category: 'taxicabs_limousines', name: 'Night Cab' },
    });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/test_helpers/issuing/transactions/create_force_capture');
    expect(wire.form).toEqual([
      ['card', c.id],
      ['amount', '900'],
      ['currency', 'usd'],
      ['merchant_data[category]', 'taxicabs_limousines'],
      ['merchant_data[name]', 'Night Cab'],
    ]);
    expectTypeOf(capture).toEqualTypeOf<IssuingTransaction>();
    expect(capture).toMatchObject({ type: 'capture', amount: -900, authorization: null, card: c.id });
    expect(capture.merchant_data.category_code).toBe('4121');

    const refund = await t.cp.testHelpers.issuing.transactions.createUnlinkedRefund({ card: c.id, amount: 300 });
    expect((await t.last()).path).toBe('/v1/test_helpers/issuing/transactions/create_unlinked_refund');
    expect(refund).toMatchObject({ type: 'refund', amount: 300, authorization: null, currency: 'usd' });
    await expect(t.cp.testHelpers.issuing.transactions.createForceCapture({ card: 'ic_missing', amount: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refund creates a positive refund transaction linked to the authorization', async () => {
    const c = await card();
    const auth = await t.cp.testHelpers.issuing.authorizations.create({ card: c.id, amount: 2000 });
    const captured = await t.cp.testHelpers.issuing.authorizations.capture(auth.id);
    const txn = captured.transactions[0] as IssuingTransaction;
    expect(txn.amount).toBe(-2000);
    const refund = await t.cp.testHelpers.issuing.transactions.refund(txn.id, { refund_amount: 500 });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/test_helpers/issuing/transactions/${txn.id}/refund`);
    expect(wire.form).toEqual([['refund_amount', '500']]);
    expect(refund).toMatchObject({ type: 'refund', amount: 500, authorization: auth.id });
    expect((await t.cp.issuing.authorizations.retrieve(auth.id)).transactions.map((x) => x.amount)).toEqual([-2000, 500]);
    expect((await t.cp.issuing.transactions.list({ type: 'refund' })).data.map((x) => x.id)).toEqual([refund.id]);
    await expect(t.cp.testHelpers.issuing.transactions.refund(refund.id)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(t.cp.testHelpers.issuing.transactions.refund(txn.id, { refund_amount: 9999 })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

import { describe, expect, expectTypeOf, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { CardplaneValidationError, InvalidRequestError } from '../../../src/index.js';
import { TreasuryFinancialAccountFeaturesSchema as FinancialAccountFeaturesSchema, TreasuryFinancialAccountSchema as FinancialAccountSchema } from '../../../src/schemas/index.js';
import {
  type TreasuryFinancialAccountFeaturesCardIssuingStatus as FeatureStatus,
  type TreasuryFinancialAccount as FinancialAccount,
  type TreasuryFinancialAccountPendingFeature as FinancialAccountFeature,
} from '../../../src/index.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_treasury_1'] });
const stripeAccount = 'acct_treasury_1';

describe('treasury.financialAccounts', () => {
  it('creates an account: ordered form pairs, Stripe-Account, Idempotency-Key; requested features start pending', async () => {
    const fa = await t.cp.treasury.financialAccounts.create(
      {
        supported_currencies: ['usd'],
        features: { card_issuing: { requested: true }, financial_addresses: { aba: { requested: true } }, outbound_payments: { ach: { requested: true } } },
        platform_restrictions: { inbound_flows: 'unrestricted', outbound_flows: 'restricted' },
        nickname: 'Operating',
        metadata: { team: 'ops' },
      },
      { stripeAccount },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/treasury/financial_accounts');
    expect(wire.form).toEqual([
      ['supported_currencies[0]', 'usd'],
      ['features[card_issuing][requested]', 'true'],
      ['features[financial_addresses][aba][requested]', 'true'],
      ['features[outbound_payments][ach][requested]', 'true'],
      ['platform_restrictions[inbound_flows]', 'unrestricted'],
      ['platform_restrictions[outbound_flows]', 'restricted'],
      ['nickname', 'Operating'],
      ['metadata[team]', 'ops'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(wire.headers['content-type']).toContain('application/x-www-form-urlencoded');

    expect(fa.object).toBe('treasury.financial_account');
    expect(fa.id).toMatch(/^fa_/);
    expect(fa.pending_features).toEqual(['card_issuing', 'financial_addresses.aba', 'outbound_payments.ach']);
    expect(fa.active_features).toEqual([]);
    expect(fa.platform_restrictions).toEqual({ inbound_flows: 'unrestricted', outbound_flows: 'restricted' });
    expect(fa.balance.cash).toEqual({ usd: 0 });
    expect(fa.nickname).toBe('Operating');
    expect(fa.metadata).toEqual({ team: 'ops' });
    expectTypeOf(fa).toEqualTypeOf<FinancialAccount>();
    expectTypeOf<NonNullable<typeof fa.pending_features>[number]>().toEqualTypeOf<FinancialAccountFeature>();

    const features = await t.cp.treasury.financialAccounts.retrieveFeatures(fa.id, {}, { stripeAccount });
    const get = await t.last();
    expect(get.method).toBe('GET');
    expect(get.path).toBe(`/v1/treasury/financial_accounts/${fa.id}/features`);
    expect(get.rawQuery).toBe('');
    expect(get.headers['idempotency-key']).toBeUndefined();
    expect(features.object).toBe('treasury.financial_account_features');
    expect(features.card_issuing).toEqual({ requested: true, status: 'pending', status_details: [{ code: 'activating', resolution: null }] });
    expect(features.outbound_payments?.ach?.status).toBe('pending');
    expect(features.deposit_insurance).toBeUndefined();
    expectTypeOf(features.card_issuing!.status).toEqualTypeOf<FeatureStatus>();
  });

  it('updateFeatures sends top-level feature pairs and activates them; the account lists them as active', async () => {
    const fa = await t.cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } });
    const features = await t.cp.treasury.financialAccounts.updateFeatures(fa.id, {
      card_issuing: { requested: true },
      financial_addresses: { aba: { requested: true } },
      outbound_transfers: { us_domestic_wire: { requested: true } },
    });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/treasury/financial_accounts/${fa.id}/features`);
    expect(wire.form).toEqual([
      ['card_issuing[requested]', 'true'],
      ['financial_addresses[aba][requested]', 'true'],
      ['outbound_transfers[us_domestic_wire][requested]', 'true'],
    ]);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(features.card_issuing?.status).toBe('active');
    expect(features.outbound_transfers?.us_domestic_wire).toEqual({ requested: true, status: 'active', status_details: [] });

    const again = await t.cp.treasury.financialAccounts.retrieve(fa.id);
    expect((await t.last()).path).toBe(`/v1/treasury/financial_accounts/${fa.id}`);
    expect(again.active_features).toEqual(['card_issuing', 'financial_addresses.aba', 'outbound_transfers.us_domestic_wire']);
    expect(again.pending_features).toEqual([]);
    expect(again.financial_addresses[0]?.type).toBe('aba');
    expect(again.financial_addresses[0]?.aba?.routing_number).toBe('0000000001');

    const removed = await t.cp.treasury.financialAccounts.updateFeatures(fa.id, { card_issuing: { requested: false } });
    expect((await t.last()).form).toEqual([['card_issuing[requested]', 'false']]);
    expect(removed.card_issuing).toBeUndefined();
  });

  it('update sends features, platform_restrictions, forwarding_settings, nickname and metadata in order', async () => {
    const fa = await t.cp.forAccount(stripeAccount).treasury.financialAccounts.create({ supported_currencies: ['usd'] });
    const updated = await t.cp.forAccount(stripeAccount).treasury.financialAccounts.update(fa.id, {
      features: { intra_stripe_flows: { requested: true } },
      platform_restrictions: { outbound_flows: 'restricted' },
      forwarding_settings: { type: 'financial_account', financial_account: 'fa_other' },
      nickname: '',
      metadata: { a: '1' },
    });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/treasury/financial_accounts/${fa.id}`);
    expect(wire.form).toEqual([
      ['features[intra_stripe_flows][requested]', 'true'],
      ['platform_restrictions[outbound_flows]', 'restricted'],
      ['forwarding_settings[type]', 'financial_account'],
      ['forwarding_settings[financial_account]', 'fa_other'],
      ['nickname', ''],
      ['metadata[a]', '1'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(updated.pending_features).toEqual(['intra_stripe_flows']);
    expect(updated.platform_restrictions?.outbound_flows).toBe('restricted');
    expect(updated.nickname).toBeNull();
  });

  it('lists with for await over more than one page, filtering by status in the query', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.cp.treasury.financialAccounts.create({ supported_currencies: ['usd'] })).id);
    const seen: string[] = [];
    for await (const fa of t.cp.treasury.financialAccounts.list({ status: 'open', limit: 2 })) seen.push(fa.id);
    expect(seen).toEqual([...ids].reverse());
    const gets = (await t.requests()).filter((r) => r.method === 'GET');
    expect(gets).toHaveLength(2);
    expect(gets[0]?.query).toEqual([
      ['status', 'open'],
      ['limit', '2'],
    ]);
    expect(gets[1]?.query).toEqual([
      ['status', 'open'],
      ['limit', '2'],
      ['starting_after', ids[1]],
    ]);
  });

  it('closes an account with a zero balance: status closed and every feature restricted', async () => {
    const fa = await t.cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } });
    const closed = await t.cp.treasury.financialAccounts.close(fa.id, { forwarding_settings: { type: 'payment_method', payment_method: 'pm_123' } });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/treasury/financial_accounts/${fa.id}/close`);
    expect(wire.form).toEqual([
      ['forwarding_settings[type]', 'payment_method'],
      ['forwarding_settings[payment_method]', 'pm_123'],
    ]);
    expect(closed.status).toBe('closed');
    expect(closed.status_details.closed?.reasons).toEqual(['closed_by_platform']);
    expect(closed.restricted_features).toEqual(['card_issuing']);
    const features = await t.cp.treasury.financialAccounts.retrieveFeatures(fa.id);
    expect(features.card_issuing?.status_details).toEqual([{ code: 'financial_account_closed', resolution: null }]);
    await expect(t.cp.treasury.financialAccounts.close(fa.id)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('refuses to close an account holding money', async () => {
    const fa = await t.cp.treasury.financialAccounts.create({ supported_currencies: ['usd'] });
    await t.cp.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, amount: 100, currency: 'usd', network: 'ach' });
    const err = await t.cp.treasury.financialAccounts.close(fa.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).status).toBe(400);
  });

  it('validates params before sending: the field is named and nothing goes out', async () => {
    const fa = t.cp.treasury.financialAccounts;
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error supported_currencies is required
      [() => fa.create({}), 'supported_currencies'],
      // @ts-expect-error requested must be a boolean
      [() => fa.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: 'yes' } } }), 'features.card_issuing.requested'],
      // @ts-expect-error unknown feature
      [() => fa.updateFeatures('fa_1', { treasury: { access: { requested: true } } }), 'treasury'],
      // @ts-expect-error closed enum
      [() => fa.update('fa_1', { platform_restrictions: { outbound_flows: 'blocked' } }), 'platform_restrictions.outbound_flows'],
      // @ts-expect-error closed enum
      [() => fa.list({ status: 'pending' }), 'status'],
      [() => fa.retrieve(''), 'financial_account'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented financial account and features objects (strict parse)', () => {
    expect(() => FinancialAccountSchema.parse(documented('treasury.financial_account'))).not.toThrow();
    expect(() => FinancialAccountFeaturesSchema.parse(documented('treasury.financial_account_features'))).not.toThrow();
  });
});

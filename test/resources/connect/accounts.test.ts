import { describe, expect, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { API_VERSIONS, CardplaneValidationError, accountCapabilityStatus, isCardIssuingActive, type AccountUpdateParams } from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

const custom = {
  country: 'US',
  email: 'finance@rocket.example',
  controller: {
    fees: { payer: 'application' },
    losses: { payments: 'application' },
    requirement_collection: 'application',
    stripe_dashboard: { type: 'none' },
  },
} as const;

describe('accounts (v1)', () => {
  it('create encodes a form body and returns the account', async () => {
    const acct = await t.cp.accounts.create({ ...custom, capabilities: { transfers: { requested: true } }, metadata: { crm: 42 } });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/accounts');
    expect(wire.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(wire.headers['stripe-version']).toBe(API_VERSIONS.v1);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(wire.form).toEqual([
      ['country', 'US'],
      ['email', 'finance@rocket.example'],
      ['controller[fees][payer]', 'application'],
      ['controller[losses][payments]', 'application'],
      ['controller[requirement_collection]', 'application'],
      ['controller[stripe_dashboard][type]', 'none'],
      ['capabilities[transfers][requested]', 'true'],
      ['metadata[crm]', '42'],
    ]);
    expect(acct.object).toBe('account');
    expect(acct.controller?.stripe_dashboard?.type).toBe('none');
    expect(acct.capabilities?.transfers).toBe('inactive');
    expect(acct.metadata).toEqual({ crm: '42' });
  });

  it('retrieve sends GET /v1/accounts/{id}', async () => {
    const { id } = await t.cp.accounts.create(custom);
    const acct = await t.cp.accounts.retrieve(id);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/accounts/${id}`);
    expect(wire.rawQuery).toBe('');
    expect(acct.id).toBe(id);
  });

  it('update requests card_issuing and records the Issuing terms acceptance (the documented API onboarding)', async () => {
    const { id } = await t.cp.accounts.create(custom);
    const first = await t.cp.accounts.update(id, { capabilities: { card_issuing: { requested: true } } });
    expect((await t.last()).form).toEqual([['capabilities[card_issuing][requested]', 'true']]);
    expect(accountCapabilityStatus(first, 'card_issuing')).toBe('inactive');
    expect(first.requirements?.currently_due).toEqual(['business_type', 'settings.card_issuing.tos_acceptance.date', 'settings.card_issuing.tos_acceptance.ip']);
    expect(first.requirements?.disabled_reason).toBe('requirements.past_due');

    const params: AccountUpdateParams = {
      business_type: 'company',
      business_profile: {
        mcc: '5999',
        url: 'https://rocket.example',
        estimated_worker_count: 100,
        annual_revenue: { amount: 1000000, currency: 'usd', fiscal_year_end: '2023-12-31' },
      },
      company: { name: 'Rocket Rides', tax_id: '11-3456789', address: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
      settings: { card_issuing: { tos_acceptance: { ip: '192.168.123.132', date: 1696634647 } } },
    };
    const acct = await t.cp.forAccount(id).accounts.update(id, params);
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/accounts/${id}`);
    expect(wire.headers['stripe-account']).toBe(id);
    expect(wire.headers['stripe-context']).toBeUndefined();
    expect(wire.form).toEqual([
      ['business_type', 'company'],
      ['business_profile[mcc]', '5999'],
      ['business_profile[url]', 'https://rocket.example'],
      ['business_profile[estimated_worker_count]', '100'],
      ['business_profile[annual_revenue][amount]', '1000000'],
      ['business_profile[annual_revenue][currency]', 'usd'],
      ['business_profile[annual_revenue][fiscal_year_end]', '2023-12-31'],
      ['company[name]', 'Rocket Rides'],
      ['company[tax_id]', '11-3456789'],
      ['company[address][line1]', '123 Main St'],
      ['company[address][city]', 'San Francisco'],
      ['company[address][state]', 'CA'],
      ['company[address][postal_code]', '94111'],
      ['company[address][country]', 'US'],
      ['settings[card_issuing][tos_acceptance][ip]', '192.168.123.132'],
      ['settings[card_issuing][tos_acceptance][date]', '1696634647'],
    ]);
    expect(isCardIssuingActive(acct)).toBe(true);
    expect(acct.settings?.card_issuing?.tos_acceptance).toEqual({ date: 1696634647, ip: '192.168.123.132' });
    expect(acct.business_profile?.mcc).toBe('5999');
    expect(acct.company?.tax_id_provided).toBe(true);
    expect(acct.requirements?.currently_due).toEqual([]);
    expect(acct.requirements?.disabled_reason).toBeNull();
  });

  it('update records the Treasury terms and the account terms', async () => {
    const { id } = await t.cp.accounts.create({ ...custom, business_type: 'individual', capabilities: { treasury: { requested: true }, transfers: { requested: true } } });
    const acct = await t.cp.accounts.update(id, {
      settings: { treasury: { tos_acceptance: { date: 1700000000, ip: '198.51.100.4', user_agent: 'curl/8' } } },
      tos_acceptance: { date: 1700000000, ip: '198.51.100.4' },
    });
    expect((await t.last()).form).toEqual([
      ['settings[treasury][tos_acceptance][date]', '1700000000'],
      ['settings[treasury][tos_acceptance][ip]', '198.51.100.4'],
      ['settings[treasury][tos_acceptance][user_agent]', 'curl/8'],
      ['tos_acceptance[date]', '1700000000'],
      ['tos_acceptance[ip]', '198.51.100.4'],
    ]);
    expect(acct.capabilities).toMatchObject({ treasury: 'active', transfers: 'active' });
  });

  it('list walks every page with for await (has_more / starting_after)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await t.cp.accounts.create({ ...custom, email: `a${i}@rocket.example` })).id);
    const seen: string[] = [];
    for await (const a of t.cp.accounts.list({ limit: 2 })) seen.push(a.id);
    expect(seen).toEqual([...ids].reverse());
    const gets = (await t.requests()).filter((w) => w.method === 'GET');
    expect(gets.map((w) => w.query)).toEqual([
      [['limit', '2']],
      [
        ['limit', '2'],
        ['starting_after', ids[3]],
      ],
      [
        ['limit', '2'],
        ['starting_after', ids[1]],
      ],
    ]);
  });

  it('del sends DELETE and the account is gone', async () => {
    const { id } = await t.cp.accounts.create(custom);
    const deleted = await t.cp.accounts.del(id);
    const wire = await t.last();
    expect(wire.method).toBe('DELETE');
    expect(wire.path).toBe(`/v1/accounts/${id}`);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(deleted).toEqual({ id, object: 'account', deleted: true });
    await expect(t.cp.accounts.retrieve(id)).rejects.toMatchObject({ status: 404 });
  });

  it('rejects a wrong enum value and an unknown key before sending', async () => {
    const err = await t.cp.accounts.update('acct_1', { business_type: 'sole_trader' } as unknown as AccountUpdateParams).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('business_type');
    const err2 = await t.cp.accounts.update('acct_1', { settings: { card_issuing: { tos: {} } } } as unknown as AccountUpdateParams).catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('settings.card_issuing.tos');
    expect(t.mock.requests).toHaveLength(0);
  });
});

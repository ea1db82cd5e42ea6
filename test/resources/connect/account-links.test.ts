import { describe, expect, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { API_VERSIONS, CardplaneValidationError, type AccountLinkCreateParams, type V2CoreAccountLinkCreateParams } from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

describe('accountLinks (v1)', () => {
  it('create sends the documented form and returns an account_link', async () => {
    const { id } = await t.cp.accounts.create({ country: 'US' });
    const link = await t.cp.accountLinks.create({
      account: id,
      refresh_url: 'https://example.com/reauth',
      return_url: 'https://example.com/return',
      type: 'account_onboarding',
      collection_options: { fields: 'eventually_due', future_requirements: 'include' },
    });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/account_links');
    expect(wire.form).toEqual([
      ['account', id],
      ['refresh_url', 'https://example.com/reauth'],
      ['return_url', 'https://example.com/return'],
      ['type', 'account_onboarding'],
      ['collection_options[fields]', 'eventually_due'],
      ['collection_options[future_requirements]', 'include'],
    ]);
    expect(link.object).toBe('account_link');
    expect(link.expires_at).toBeGreaterThan(link.created);
    expect(link.url).toContain(id);
  });

  it('a missing required type fails with CardplaneValidationError naming it, and nothing is sent', async () => {
    const err = await t.cp.accountLinks.create({ account: 'acct_1' } as AccountLinkCreateParams).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('type');
    const err2 = await t.cp.accountLinks.create({ account: 'acct_1', type: 'onboarding' } as unknown as AccountLinkCreateParams).catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('type');
    expect(t.mock.requests).toHaveLength(0);
  });
});

describe('v2.core.accountLinks', () => {
  it('create sends a JSON use_case and returns a v2.core.account_link', async () => {
    const { id } = await t.cp.v2.core.accounts.create({ display_name: 'Acme', configuration: { recipient: { capabilities: { cards: { requested: true } } } } });
    const params: V2CoreAccountLinkCreateParams = {
      account: id,
      use_case: {
        type: 'account_onboarding',
        account_onboarding: {
          configurations: ['recipient'],
          refresh_url: 'https://example.com/reauth',
          return_url: 'https://example.com/done',
          collection_options: { fields: 'eventually_due' },
        },
      },
    };
    const link = await t.cp.forAccount(id).v2.core.accountLinks.create(params);
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v2/core/account_links');
    expect(wire.json).toEqual(params);
    expect(wire.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
    expect(wire.headers['stripe-context']).toBe(id);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(link.object).toBe('v2.core.account_link');
    expect(link.account).toBe(id);
    expect(Date.parse(link.expires_at)).toBeGreaterThan(Date.parse(link.created));
    expect(link.use_case.account_onboarding?.return_url).toBe('https://example.com/done');
  });

  it('a missing account and a wrong use_case type fail before sending', async () => {
    const err = await t.cp.v2.core.accountLinks
      .create({ use_case: { type: 'account_update', account_update: { refresh_url: 'https://example.com/r' } } } as V2CoreAccountLinkCreateParams)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('account');
    const err2 = await t.cp.v2.core.accountLinks
      .create({ account: 'acct_1', use_case: { type: 'account_setup' } } as unknown as V2CoreAccountLinkCreateParams)
      .catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('use_case.type');
    expect(t.mock.requests).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Cardplane, isCapabilityActive } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

function setup() {
  const mock = createMockStripe();
  return { mock, cp: new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true }) };
}

describe('cardplane/testing: one account for v1 and v2', () => {
  it("the seed guide's API onboarding (accounts.update, createPerson) on a v2-created account activates its capability", async () => {
    const { cp } = setup();
    const acct = await cp.v2.core.accounts.create({
      identity: { country: 'us', entity_type: 'company' },
      configuration: { card_creator: { capabilities: { commercial: { celtic: { charge_card: { requested: true } } } } } },
      include: ['configuration.card_creator', 'requirements'],
    });
    expect(isCapabilityActive(acct, 'card_creator', 'commercial.celtic.charge_card')).toBe(false);
    const v1 = await cp.accounts.retrieve(acct.id);
    expect(v1).toMatchObject({ id: acct.id, object: 'account', business_type: 'company', country: 'US' });
    expect(v1.capabilities).toEqual({ card_issuing: 'inactive' });

    const updated = await cp.accounts.update(acct.id, {
      business_type: 'company',
      business_profile: { mcc: '5999', url: 'https://www.wesellsocks.com' },
      company: { name: 'Rocket Rides', tax_id: '11-3456789', address: { line1: '123 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } },
      settings: { card_issuing: { tos_acceptance: { ip: '192.168.123.132', date: 1_696_634_647 } } },
    });
    expect(updated.business_profile?.mcc).toBe('5999');
    expect(updated.company?.name).toBe('Rocket Rides');
    let v2 = await cp.v2.core.accounts.retrieve(acct.id, { include: ['configuration.card_creator', 'requirements', 'identity'] });
    expect(v2.identity?.business_details?.registered_name).toBe('Rocket Rides');
    expect(v2.requirements?.entries?.map((e) => e.description)).toEqual(['identity.attestations.persons_provided.executives']);

    const person = await cp.accounts.createPerson(acct.id, {
      first_name: 'Jenny',
      last_name: 'Rosen',
      dob: { day: 12, month: 11, year: 1978 },
      relationship: { representative: true, owner: true, percent_ownership: 0.75 },
    });
    expect(person.account).toBe(acct.id);
    v2 = await cp.v2.core.accounts.retrieve(acct.id, { include: ['configuration.card_creator', 'requirements'] });
    expect(v2.requirements?.entries).toEqual([]);
    expect(isCapabilityActive(v2, 'card_creator', 'commercial.celtic.charge_card')).toBe(true);
    expect((await cp.accounts.retrieve(acct.id)).capabilities).toEqual({ card_issuing: 'active' });
    expect((await cp.accounts.listPersons(acct.id)).data.map((p) => p.id)).toEqual([person.id]);
  });
});

describe('cardplane/testing: cards on a financial account spend its cash', () => {
  it('holds and declines against balance.cash; restricted outbound flows decline', async () => {
    const { cp: platform } = setup();
    const acct = await platform.accounts.create({ type: 'custom', country: 'US' });
    const cp = platform.forAccount(acct.id);
    const fa = await cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } });
    await cp.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, network: 'ach', amount: 3_000, currency: 'usd' });
    const cash = async () => (await cp.treasury.financialAccounts.retrieve(fa.id)).balance.cash.usd;
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active', financial_account: fa.id });
    const buy = (amount: number) => cp.testHelpers.issuing.authorizations.create({ card: card.id, amount, currency: 'usd' });

    const a = await buy(1_200);
    expect(a.approved).toBe(true);
    expect(await cash()).toBe(1_800);
    const big = await buy(999_999);
    expect(big.approved).toBe(false);
    expect(big.request_history[0]?.reason).toBe('insufficient_funds');
    expect(await cash()).toBe(1_800);
    await cp.testHelpers.issuing.authorizations.reverse(a.id);
    expect(await cash()).toBe(3_000);
    // The Issuing balance is not touched by a card on a financial account.
    expect(((await cp.balance.retrieve()).issuing?.available ?? []).reduce((sum, r) => sum + r.amount, 0)).toBe(0);

    await cp.treasury.financialAccounts.update(fa.id, { platform_restrictions: { outbound_flows: 'restricted' } });
    const refused = await buy(100);
    expect(refused.approved).toBe(false);
    expect(refused.request_history[0]?.reason).toBe('not_allowed');
    expect(await cash()).toBe(3_000);
  });
});

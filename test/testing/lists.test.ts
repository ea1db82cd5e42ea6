import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe, fixtures } from '../../src/testing/index.js';

// Every list of the mock filters with one rule (ids of expanded objects, values compared as text, ranges
// on `created`), refuses a missing required filter with parameter_missing, and filters before it pages.
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

function setup() {
  const mock = createMockStripe();
  return { mock, cp: new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch }) };
}

describe('cardplane/testing lists', () => {
  it('compares as text and by id: a numeric query matches a stored number, an id matches an expanded object', async () => {
    const { cp } = setup();
    const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
    const other = await cp.issuing.cardholders.create({ name: 'Max Mustermann', billing: { address } });
    const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', exp_year: 2031, exp_month: 4 });
    await cp.issuing.cards.create({ cardholder: other.id, currency: 'usd', type: 'virtual', exp_year: 2032, exp_month: 4 });
    // `card.cardholder` is stored expanded: the filter compares its id.
    expect((await cp.issuing.cards.list({ cardholder: holder.id })).data.map((c) => c.id)).toEqual([card.id]);
    expect((await cp.issuing.cards.list({ exp_year: 2031 })).data.map((c) => c.id)).toEqual([card.id]);
    expect((await cp.issuing.cards.list({ last4: card.last4, exp_month: 4 })).data.map((c) => c.id)).toContain(card.id);
    const auth = await cp.testHelpers.issuing.authorizations.create({ card: card.id, amount: 0, currency: 'usd' });
    expect((await cp.issuing.authorizations.list({ card: card.id })).data.map((a) => a.id)).toEqual([auth.id]);
    expect((await cp.issuing.authorizations.list({ cardholder: other.id })).data).toEqual([]);
  });

  it('range filters on created, in every list (crud resources included)', async () => {
    const { cp } = setup();
    const topup = await cp.topups.create({ amount: 100, currency: 'usd', destination_balance: 'issuing' });
    expect((await cp.topups.list({ created: { gte: topup.created } })).data.map((t) => t.id)).toEqual([topup.id]);
    expect((await cp.topups.list({ created: { lt: topup.created } })).data).toEqual([]);
    expect((await cp.balanceTransactions.list({ created: { gt: topup.created - 1 }, type: 'topup' })).data).toHaveLength(1);
    expect((await cp.balanceTransactions.list({ created: topup.created + 3600 })).data).toEqual([]);
  });

  it('refuses a missing required filter with parameter_missing', async () => {
    const { mock } = setup();
    const get = (path: string) => mock.fetch(`https://api.stripe.com${path}`, { headers: { authorization: 'Bearer sk_test_mock' } });
    for (const [path, param] of [
      ['/v1/treasury/transactions', 'financial_account'],
      ['/v1/treasury/received_credits', 'financial_account'],
      ['/v1/issuing/tokens', 'card'],
    ] as const) {
      const res = await get(path);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject({ code: 'parameter_missing', param });
    }
  });

  it('filters before paging: a page of received credits holds only matching ones', async () => {
    const { mock, cp } = setup();
    const fa = await cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: {} });
    const base = fixtures.treasuryReceivedCredit();
    const credit = (id: string, source_flow_type: string) => ({
      ...base,
      id,
      financial_account: fa.id,
      linked_flows: { ...(base.linked_flows as object), source_flow_type },
    });
    mock.store.put(credit('rc_old_payment', 'outbound_payment'));
    mock.store.put(credit('rc_other_1', 'other'));
    mock.store.put(credit('rc_other_2', 'other'));
    const first = await cp.treasury.receivedCredits.list({ financial_account: fa.id, limit: 1, linked_flows: { source_flow_type: 'outbound_payment' } });
    expect(first.data.map((c) => c.id)).toEqual(['rc_old_payment']);
    expect(first.has_more).toBe(false);
  });

  it('filters persons by relationship and balance transactions by payout (mock payouts are never automatic)', async () => {
    const { cp } = setup();
    const acct = await cp.accounts.create({ type: 'custom', country: 'US', business_type: 'company' });
    const rep = await cp.accounts.createPerson(acct.id, { first_name: 'Jenny', last_name: 'Rosen', relationship: { representative: true } });
    await cp.accounts.createPerson(acct.id, { first_name: 'Max', last_name: 'Mustermann', relationship: { director: true } });
    expect((await cp.accounts.listPersons(acct.id, { relationship: { representative: true } })).data.map((p) => p.id)).toEqual([rep.id]);
    await cp.topups.create({ amount: 100, currency: 'usd' });
    expect((await cp.balanceTransactions.list({ payout: 'po_any' })).data).toEqual([]);
  });
});

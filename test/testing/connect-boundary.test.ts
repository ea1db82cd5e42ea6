import { describe, expect, it } from 'vitest';
import { Cardplane, NotFoundError } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// Objects live under the account of the call that made them, as on Stripe: the classic Connect bug, a
// forgotten `stripeAccount`, must fail in tests instead of passing.
const mock = createMockStripe();
const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
// The connected accounts exist: the mock refuses a Stripe-Account it does not know.
const acctA = (await cp.accounts.create({ type: 'custom', country: 'US' })).id;
const acctOther = (await cp.accounts.create({ type: 'custom', country: 'US' })).id;
const holder = (c: Cardplane) => c.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address: { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' } } });

describe('cardplane/testing keeps the Connect boundary', () => {
  it('a card made for acct_a is invisible to acct_other and to the platform', async () => {
    const a = cp.forAccount(acctA);
    const card = await a.issuing.cards.create({ cardholder: (await holder(a)).id, currency: 'usd', type: 'virtual' });
    expect((await a.issuing.cards.retrieve(card.id)).id).toBe(card.id);
    await expect(cp.forAccount(acctOther).issuing.cards.retrieve(card.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(cp.issuing.cards.retrieve(card.id)).rejects.toMatchObject({ status: 404, code: 'resource_missing' });
    expect((await cp.issuing.cards.list()).data.map((c) => c.id)).not.toContain(card.id);
    expect((await a.issuing.cards.list()).data.map((c) => c.id)).toContain(card.id);
    // Updates across the boundary fail the same way, and change nothing.
    await expect(cp.issuing.cards.update(card.id, { status: 'canceled' })).rejects.toBeInstanceOf(NotFoundError);
    expect((await a.issuing.cards.retrieve(card.id)).status).not.toBe('canceled');
  });

  it('a cardholder of the platform cannot be used by a connected account', async () => {
    const ch = await holder(cp);
    await expect(cp.forAccount(acctA).issuing.cards.create({ cardholder: ch.id, currency: 'usd', type: 'virtual' })).rejects.toMatchObject({ status: 404 });
  });

  it('an account sees itself; the platform sees the accounts it made', async () => {
    const acct = await cp.accounts.create({ type: 'custom', country: 'US' });
    expect((await cp.accounts.retrieve(acct.id)).id).toBe(acct.id);
    expect((await cp.forAccount(acct.id).accounts.retrieve(acct.id)).id).toBe(acct.id);
    await expect(cp.forAccount(acctOther).accounts.retrieve(acct.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('an account that was never created is refused: 403 account_invalid', async () => {
    const err = await cp
      .forAccount('acct_never_created')
      .issuing.cards.list()
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 403, code: 'account_invalid' });
    await expect(cp.v2.core.accounts.retrieve(acctA, {}, { stripeContext: 'acct_never_created' })).rejects.toMatchObject({ status: 403, code: 'account_invalid' });
    const deleted = await cp.accounts.create({ type: 'custom', country: 'US' });
    await cp.accounts.del(deleted.id);
    await expect(cp.forAccount(deleted.id).issuing.cards.list()).rejects.toMatchObject({ status: 403 });
  });

  it('objects a test seeds through mock.store directly are visible from every account', async () => {
    mock.store.put({ id: 'ic_seeded', object: 'issuing.card' });
    expect(mock.store.forAccount('acct_z').get('ic_seeded')).toBeDefined();
    expect(mock.store.forAccount(undefined).get('ic_seeded')).toBeDefined();
  });
});

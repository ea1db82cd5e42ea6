import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// Money in the mock: an authorization holds funds from the Issuing balance and is declined with
// insufficient_funds when the balance does not cover it; captures, reversals, expiries and refunds move it.
const mock = createMockStripe();
const platform = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
const cp = platform.forAccount((await platform.accounts.create({ type: 'custom', country: 'US' })).id);
const sim = cp.testHelpers.issuing;
const available = async (): Promise<number> => (await cp.balance.retrieve()).issuing?.available.find((r) => r.currency === 'usd')?.amount ?? 0;

async function fundedCard(): Promise<string> {
  await cp.topups.create({ amount: 3_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address: { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' } } });
  return (await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' })).id;
}
const buy = (card: string, amount: number) => sim.authorizations.create({ card, amount, currency: 'usd', merchant_data: { category: 'book_stores' } });

describe('cardplane/testing moves money', () => {
  it('holds, declines what the balance does not cover, and settles captures, reversals, expiries and refunds', async () => {
    const card = await fundedCard();
    expect(await available()).toBe(3_000);

    const a = await buy(card, 1_200);
    expect(a.approved).toBe(true);
    expect(await available()).toBe(1_800);

    const b = await buy(card, 3_500);
    expect(b.approved).toBe(false);
    expect(b.request_history[0]?.reason).toBe('insufficient_funds');
    expect(await available()).toBe(1_800);

    // Capturing less than was held gives back the rest once the authorization closes.
    await sim.authorizations.capture(a.id, { capture_amount: 1_000 });
    expect(await available()).toBe(2_000);

    const c = await buy(card, 500);
    await sim.authorizations.reverse(c.id, { reverse_amount: 200 });
    expect(await available()).toBe(1_700);
    await sim.authorizations.expire(c.id);
    expect(await available()).toBe(2_000);

    const d = await buy(card, 2_000);
    expect(d.approved).toBe(true);
    expect(await available()).toBe(0);
    expect((await buy(card, 1)).request_history[0]?.reason).toBe('insufficient_funds');
    const captured = await sim.authorizations.capture(d.id);
    const txn = (await cp.issuing.transactions.list({ card })).data.find(
      (t) => t.authorization === captured.id || (typeof t.authorization === 'object' && t.authorization?.id === captured.id),
    );
    expect(txn).toBeDefined();
    await sim.transactions.refund(txn!.id, { refund_amount: 750 });
    expect(await available()).toBe(750);

    // A force capture spends without an authorization.
    await sim.transactions.createForceCapture({ card, amount: 250, currency: 'usd' });
    expect(await available()).toBe(500);
  });

  it('an increment holds only the added amount, and is declined when the balance cannot cover it', async () => {
    const card = await fundedCard();
    const start = await available();
    const a = await sim.authorizations.create({ card, amount: 1_000, currency: 'usd', is_amount_controllable: true, merchant_data: { category: 'book_stores' } });
    const up = await sim.authorizations.increment(a.id, { increment_amount: 500 });
    expect(up.amount).toBe(1_500);
    expect(await available()).toBe(start - 1_500);
    const tooMuch = await sim.authorizations.increment(a.id, { increment_amount: start });
    expect(tooMuch.request_history.at(-1)).toMatchObject({ approved: false, reason: 'insufficient_funds' });
    expect(await available()).toBe(start - 1_500);
  });
});

import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

// A submitted dispute is decided in test mode by its evidence's explanation: `winning_evidence` wins and
// the money comes back, `losing_evidence` loses; the closing events are written.
const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

async function capturedSpend(amount: number) {
  const mock = createMockStripe();
  const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
  await cp.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
  const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' });
  const auth = await cp.testHelpers.issuing.authorizations.create({ card: card.id, amount, currency: 'usd' });
  await cp.testHelpers.issuing.authorizations.capture(auth.id);
  const txn = (await cp.issuing.transactions.list({ card: card.id })).data[0]!;
  const available = async (): Promise<number> => (await cp.balance.retrieve()).issuing?.available.find((r) => r.currency === 'usd')?.amount ?? 0;
  return { cp, txn, available };
}

describe('cardplane/testing dispute outcomes', () => {
  it('winning_evidence: won, the amount credited back with a balance transaction, closed and funds_reinstated written', async () => {
    const { cp, txn, available } = await capturedSpend(1_500);
    expect(await available()).toBe(3_500);
    const dispute = await cp.issuing.disputes.create({
      transaction: txn.id,
      evidence: { reason: 'fraudulent', fraudulent: { explanation: 'winning_evidence' } },
    });
    const submitted = await cp.issuing.disputes.submit(dispute.id);
    expect(submitted.status).toBe('won');
    expect(await available()).toBe(5_000);
    const bts = (await cp.balanceTransactions.list({ type: 'issuing_dispute' })).data;
    expect(bts).toHaveLength(1);
    expect(bts[0]).toMatchObject({ amount: 1_500, source: dispute.id, type: 'issuing_dispute' });
    const types = (await cp.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['issuing_dispute.submitted', 'issuing_dispute.closed', 'issuing_dispute.funds_reinstated']));
  });

  it('losing_evidence: lost, no money back, closed written without funds_reinstated', async () => {
    const { cp, txn, available } = await capturedSpend(1_500);
    const dispute = await cp.issuing.disputes.create({
      transaction: txn.id,
      evidence: { reason: 'fraudulent', fraudulent: { explanation: 'losing_evidence' } },
    });
    const submitted = await cp.issuing.disputes.submit(dispute.id);
    expect(submitted.status).toBe('lost');
    expect(await available()).toBe(3_500);
    const types = (await cp.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toContain('issuing_dispute.closed');
    expect(types).not.toContain('issuing_dispute.funds_reinstated');
  });

  it('any other explanation stays submitted', async () => {
    const { cp, txn } = await capturedSpend(700);
    const dispute = await cp.issuing.disputes.create({ transaction: txn.id, evidence: { reason: 'other', other: { explanation: 'Never arrived' } } });
    expect((await cp.issuing.disputes.submit(dispute.id)).status).toBe('submitted');
  });
});

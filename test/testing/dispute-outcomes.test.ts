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

const mockWithCard = async () => {
  const mock = createMockStripe();
  const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch });
  await cp.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
  const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' });
  const available = async (): Promise<number> => (await cp.balance.retrieve()).issuing?.available.find((r) => r.currency === 'usd')?.amount ?? 0;
  return { mock, cp, card, available };
};

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

  it('a won dispute of an Issuing-balance card writes no Treasury object (its dispute has treasury null)', async () => {
    const { cp, txn } = await capturedSpend(1_500);
    const dispute = await cp.issuing.disputes.create({ transaction: txn.id, evidence: { reason: 'fraudulent', fraudulent: { explanation: 'winning_evidence' } } });
    expect(dispute.treasury).toBeNull();
    expect((await cp.issuing.disputes.submit(dispute.id)).treasury).toBeNull();
  });
});

describe('cardplane/testing fraud challenges', () => {
  it('a rejected challenge closes the authorization, releases its Issuing balance hold, writes issuing_authorization.updated', async () => {
    const { mock, cp, card, available } = await mockWithCard();
    const auth = await cp.testHelpers.issuing.authorizations.create({ card: card.id, amount: 1_200, currency: 'usd' });
    expect(await available()).toBe(3_800);
    mock.store.get(auth.id)!.fraud_challenges = [{ channel: 'sms', status: 'pending', undeliverable_reason: null }];
    const before = new Set(mock.store.all('event').map((e) => e.id));
    const res = await cp.testHelpers.issuing.authorizations.respond(auth.id, { confirmed: false });
    expect(res).toMatchObject({ approved: false, status: 'closed', verified_by_fraud_challenge: false });
    expect(res.fraud_challenges?.[0]?.status).toBe('rejected');
    expect(await available()).toBe(5_000);
    const written = mock.store.all('event').filter((e) => !before.has(e.id));
    expect(written.map((e) => e.type)).toContain('issuing_authorization.updated');
  });

  it('a confirmed challenge keeps the hold', async () => {
    const { mock, cp, card, available } = await mockWithCard();
    const auth = await cp.testHelpers.issuing.authorizations.create({ card: card.id, amount: 1_200, currency: 'usd' });
    mock.store.get(auth.id)!.fraud_challenges = [{ channel: 'sms', status: 'pending', undeliverable_reason: null }];
    const res = await cp.testHelpers.issuing.authorizations.respond(auth.id, { confirmed: true });
    expect(res).toMatchObject({ approved: true, status: 'pending', verified_by_fraud_challenge: true });
    expect(await available()).toBe(3_800);
  });
});

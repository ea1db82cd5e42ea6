import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cardplane } from '../../../src/index.js';
import { CardplaneValidationError, NotFoundError, type IssuingCard, type IssuingTransaction } from '../../../src/index.js';
import { IssuingTransactionSchema } from '../../../src/schemas/index.js';
import { issuingTransaction } from '../../../src/testing/fixtures/issuing-spend.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_txn'] });

async function activeCard(cp: Cardplane = t.cp): Promise<IssuingCard> {
  // Stripe declines purchases the Issuing balance does not cover: fund it first, as a program does.
  await cp.topups.create({ amount: 1_000_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({
    name: 'Dorothy Vaughan',
    billing: { address: { line1: '3 Mercury Ct', city: 'Hampton', state: 'VA', postal_code: '23666', country: 'US' } },
  });
  return cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' });
}

async function spend(card: string, amount: number, cp: Cardplane = t.cp): Promise<IssuingTransaction> {
  const auth = await cp.testHelpers.issuing.authorizations.create({ card, amount, merchant_data: { category: 'grocery_stores_supermarkets' } });
  const captured = await cp.testHelpers.issuing.authorizations.capture(auth.id);
  return captured.transactions[0] as IssuingTransaction;
}

describe('issuing.transactions', () => {
  it('retrieves a capture: negative amount, linked authorization, typed result', async () => {
    const card = await activeCard(t.cp.forAccount('acct_txn'));
    const txn = await spend(card.id, 3150, t.cp.forAccount('acct_txn'));
    const got = await t.cp.forAccount('acct_txn').issuing.transactions.retrieve(txn.id, { expand: ['purchase_details'] });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/transactions/${txn.id}`);
    expect(wire.query).toEqual([['expand[0]', 'purchase_details']]);
    expect(wire.headers['stripe-account']).toBe('acct_txn');
    expectTypeOf(got).toEqualTypeOf<IssuingTransaction>();
    expect(got).toMatchObject({ object: 'issuing.transaction', type: 'capture', amount: -3150, merchant_amount: -3150, currency: 'usd', card: card.id });
    expect(got.authorization).toMatch(/^iauth_/);
    expect(got.merchant_data.category_code).toBe('5411');
    expect(got.network_data?.processing_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('updates metadata', async () => {
    const card = await activeCard();
    const txn = await spend(card.id, 100);
    const got = await t.cp.issuing.transactions.update(txn.id, { metadata: { receipt: 'r_1' } });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.form).toEqual([['metadata[receipt]', 'r_1']]);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(got.metadata).toEqual({ receipt: 'r_1' });
  });

  it('lists by card, cardholder, type and created, paging with for await', async () => {
    const card = await activeCard();
    const other = await activeCard();
    for (const amount of [10, 20, 30]) await spend(card.id, amount);
    await spend(other.id, 99);
    await t.cp.testHelpers.issuing.transactions.createUnlinkedRefund({ card: card.id, amount: 5 });
    const before = (await t.requests()).length;
    const seen: number[] = [];
    for await (const txn of t.cp.issuing.transactions.list({ card: card.id, type: 'capture', created: { lte: 4_000_000_000 }, limit: 2 })) seen.push(txn.amount);
    expect(seen).toEqual([-30, -20, -10]);
    const pages = (await t.requests()).slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.query).toEqual([
      ['card', card.id],
      ['type', 'capture'],
      ['created[lte]', '4000000000'],
      ['limit', '2'],
    ]);
    expect((await t.cp.issuing.transactions.list({ cardholder: other.cardholder.id })).data.map((x) => x.amount)).toEqual([-99]);
    expect((await t.cp.issuing.transactions.list({ card: card.id, type: 'refund' })).data.map((x) => x.amount)).toEqual([5]);
    expect((await t.cp.issuing.transactions.list({ created: 1 })).data).toEqual([]);
  });

  it('validation errors name the field; unknown ids answer 404', async () => {
    const err = await t.cp.issuing.transactions.list({ type: 'authorization' as never }).catch((e: unknown) => e);
    expect((err as CardplaneValidationError).field).toBe('type');
    const lim = await t.cp.issuing.transactions.list({ limit: 500 }).catch((e: unknown) => e);
    expect((lim as CardplaneValidationError).field).toBe('limit');
    await expect(t.cp.issuing.transactions.retrieve('ipi_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented transaction object (strict parse); captures are negative', () => {
    const parsed = IssuingTransactionSchema.parse(documented('issuing.transaction'));
    expect(parsed.type).toBe('capture');
    expect(parsed.amount).toBeLessThan(0);
  });

  it('our transaction fixture matches the schema', () => {
    expect(IssuingTransactionSchema.safeParse(issuingTransaction()).success).toBe(true);
  });
});

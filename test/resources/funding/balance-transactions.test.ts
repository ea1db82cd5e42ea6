import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, NotFoundError, type BalanceTransaction, type BalanceTransactionType } from '../../../src/index.js';
import { BalanceTransactionSchema } from '../../../src/schemas/index.js';
import { fundingBalanceTransaction } from '../../../src/testing/fixtures/funding.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_ledger_1', 'acct_x'] });
const stripeAccount = 'acct_ledger_1';

describe('balanceTransactions', () => {
  it('records one per top-up, transfer, payout and reversal, on the calling account; retrieves one', async () => {
    const acme = t.cp.forAccount(stripeAccount);
    const tu = await acme.topups.create({ amount: 20_000, currency: 'usd', destination_balance: 'issuing', description: 'fund cards' });
    const po = await acme.payouts.create({ amount: 4_000, currency: 'usd', source_balance: 'issuing' });
    const tr = await t.cp.transfers.create({ amount: 1_500, currency: 'usd', destination: stripeAccount });
    const rev = await t.cp.transfers.createReversal(tr.id, { amount: 500 });

    const txn = await acme.balanceTransactions.retrieve(String(tu.balance_transaction));
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/balance_transactions/${String(tu.balance_transaction)}`);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expectTypeOf(txn).toEqualTypeOf<BalanceTransaction>();
    expectTypeOf(txn.type).toEqualTypeOf<BalanceTransactionType>();
    expect(txn).toMatchObject({ object: 'balance_transaction', amount: 20_000, net: 20_000, fee: 0, type: 'topup', source: tu.id, balance_type: 'issuing', currency: 'usd' });

    const ours = await acme.balanceTransactions.list();
    expect(ours.data.map((x) => [x.type, x.amount, x.source])).toEqual([
      ['payout', -4_000, po.id],
      ['topup', 20_000, tu.id],
    ]);
    expect(ours.data[0]?.balance_type).toBe('issuing');
    const platform = await t.cp.balanceTransactions.list();
    expect(platform.data.map((x) => [x.type, x.amount, x.source])).toEqual([
      ['transfer_refund', 500, rev.id],
      ['transfer', -1_500, tr.id],
    ]);
    expect(platform.data[1]?.id).toBe(tr.balance_transaction);
    // Another account's transaction is not found on this one.
    await expect(t.cp.balanceTransactions.retrieve(String(tu.balance_transaction))).rejects.toBeInstanceOf(NotFoundError);
  });

  it('filters by type, source, currency and created in the query and pages with for await', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(String((await t.cp.topups.create({ amount: 100 + i, currency: 'usd' })).balance_transaction));
    const eur = await t.cp.topups.create({ amount: 7, currency: 'eur' });
    await t.cp.transfers.create({ amount: 1, currency: 'usd', destination: 'acct_x' });

    const seen: string[] = [];
    for await (const x of t.cp.balanceTransactions.list({ type: 'topup', currency: 'usd', created: { gte: 1_700_000_000 }, limit: 2 })) seen.push(x.id);
    expect(seen).toEqual([...ids].reverse());
    const wire = await t.last();
    expect(wire.path).toBe('/v1/balance_transactions');
    expect(wire.query).toEqual([
      ['type', 'topup'],
      ['currency', 'usd'],
      ['created[gte]', '1700000000'],
      ['limit', '2'],
      ['starting_after', ids[1]],
    ]);

    const bySource = await t.cp.balanceTransactions.list({ source: eur.id });
    expect((await t.last()).rawQuery).toBe(`source=${eur.id}`);
    expect(bySource.data.map((x) => x.id)).toEqual([eur.balance_transaction]);
    expect((await t.cp.balanceTransactions.list({ created: { lt: 1_700_000_000 } })).data).toEqual([]);
    expect((await t.cp.balanceTransactions.list({ payout: 'po_1' })).data).toEqual([]);
    expect((await t.last()).rawQuery).toBe('payout=po_1');
  });

  it('validates params before sending', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error not a list filter
      [() => t.cp.balanceTransactions.list({ status: 'available' }), 'status'],
      [() => t.cp.balanceTransactions.list({ limit: 101 }), 'limit'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });

  it('our fixture is in the schema shape', () => {
    expect(BalanceTransactionSchema.safeParse(fundingBalanceTransaction()).success).toBe(true);
  });
});

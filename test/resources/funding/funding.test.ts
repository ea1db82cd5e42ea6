import { describe, expect, expectTypeOf, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { CardplaneValidationError, InvalidRequestError } from '../../../src/index.js';
import { fundingPayout, fundingTopup } from '../../../src/testing/fixtures/funding.js';
import { type BalanceIssuing, type BalanceIssuingAvailable as BalanceAmount, type TopupStatus } from '../../../src/index.js';
import { BalanceSchema, PayoutSchema, TopupSchema, TransferSchema } from '../../../src/schemas/index.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_dest_1', 'acct_funding_1', 'acct_issuing_payout', 'acct_other'] });
const stripeAccount = 'acct_funding_1';

describe('balance', () => {
  it('retrieves the balance with a typed Issuing balance: GET, no body, no Idempotency-Key', async () => {
    const b = await t.cp.balance.retrieve({}, { stripeAccount });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/balance');
    expect(wire.rawQuery).toBe('');
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(b.object).toBe('balance');
    expect(b.issuing?.available).toEqual([{ amount: 0, currency: 'usd' }]);
    expectTypeOf(b.issuing).toEqualTypeOf<BalanceIssuing | undefined>();
    expectTypeOf<BalanceIssuing['available']>().toEqualTypeOf<BalanceAmount[]>();
    expectTypeOf<BalanceAmount>().toEqualTypeOf<{
      amount: number;
      currency: string;
      source_types?: { bank_account?: number | undefined; card?: number | undefined; fpx?: number | undefined } | undefined;
    }>();
  });
});

describe('topups', () => {
  it("creates a top-up on a connected account: ordered pairs, and it funds that account's Issuing balance", async () => {
    const acme = t.cp.forAccount(stripeAccount);
    const tu = await acme.topups.create(
      {
        amount: 20_000,
        currency: 'usd',
        description: 'Issuing funding, week 23',
        destination_balance: 'issuing',
        source: 'src_bank_1',
        statement_descriptor: 'Top-up',
        transfer_group: 'wk23',
        metadata: { week: 23 },
      },
      { idempotencyKey: 'tu-wk23' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/topups');
    expect(wire.form).toEqual([
      ['amount', '20000'],
      ['currency', 'usd'],
      ['description', 'Issuing funding, week 23'],
      ['destination_balance', 'issuing'],
      ['source', 'src_bank_1'],
      ['statement_descriptor', 'Top-up'],
      ['transfer_group', 'wk23'],
      ['metadata[week]', '23'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toBe('tu-wk23');
    expect(tu).toMatchObject({ object: 'topup', status: 'succeeded', amount: 20_000, transfer_group: 'wk23', metadata: { week: '23' } });
    expect(tu.source?.id).toBe('src_bank_1');
    expectTypeOf(tu.status).toEqualTypeOf<TopupStatus>();

    await acme.topups.create({ amount: 5_000, currency: 'usd', destination_balance: 'issuing' });
    const b = await acme.balance.retrieve();
    expect(b.issuing?.available).toEqual([{ amount: 25_000, currency: 'usd' }]);
    // Without destination_balance a top-up credits the payments balance, not the one cards spend from.
    await acme.topups.create({ amount: 700, currency: 'usd' });
    const after = await acme.balance.retrieve();
    expect(after.issuing?.available).toEqual([{ amount: 25_000, currency: 'usd' }]);
    expect(after.available).toEqual([expect.objectContaining({ amount: 700, currency: 'usd' })]);
    await expect(acme.topups.create({ amount: 1, currency: 'usd', destination_balance: 'savings' as 'issuing' })).rejects.toMatchObject({ field: 'destination_balance' });
    const platform = await t.cp.balance.retrieve();
    expect(platform.issuing?.available).toEqual([{ amount: 0, currency: 'usd' }]);
  });

  it('retrieves, updates, lists (two pages) and cancels only pending top-ups', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.cp.topups.create({ amount: 1_000 + i, currency: 'usd' })).id);
    expect((await t.cp.topups.retrieve(ids[0]!)).amount).toBe(1_000);
    expect((await t.last()).path).toBe(`/v1/topups/${ids[0]}`);
    const updated = await t.cp.topups.update(ids[0]!, { description: 'renamed', metadata: { a: 'b' } });
    expect((await t.last()).form).toEqual([
      ['description', 'renamed'],
      ['metadata[a]', 'b'],
    ]);
    expect(updated.description).toBe('renamed');
    const seen: string[] = [];
    for await (const tu of t.cp.topups.list({ status: 'succeeded', limit: 2 })) seen.push(tu.id);
    expect(seen).toEqual([...ids].reverse());
    expect((await t.last()).query).toEqual([
      ['status', 'succeeded'],
      ['limit', '2'],
      ['starting_after', ids[1]],
    ]);
    const err = await t.cp.topups.cancel(ids[0]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    t.mock.store.put({ ...fundingTopup(), id: 'tu_pending_1' });
    const canceled = await t.cp.topups.cancel('tu_pending_1');
    expect((await t.last()).path).toBe('/v1/topups/tu_pending_1/cancel');
    expect(canceled.status).toBe('canceled');
  });
});

describe('transfers', () => {
  it('creates a transfer to a connected account, retrieves, updates and lists by destination', async () => {
    const tr = await t.cp.transfers.create({
      amount: 10_000,
      currency: 'usd',
      destination: 'acct_dest_1',
      source_transaction: 'ch_1',
      transfer_group: 'ORDER_95',
      description: 'Card program float',
      metadata: { program: 'fleet' },
    });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/transfers');
    expect(wire.form).toEqual([
      ['amount', '10000'],
      ['currency', 'usd'],
      ['destination', 'acct_dest_1'],
      ['source_transaction', 'ch_1'],
      ['transfer_group', 'ORDER_95'],
      ['description', 'Card program float'],
      ['metadata[program]', 'fleet'],
    ]);
    expect(wire.headers['stripe-account']).toBeUndefined();
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(tr).toMatchObject({ object: 'transfer', destination: 'acct_dest_1', amount: 10_000, source_transaction: 'ch_1', reversed: false });
    expect(tr.reversals.url).toBe(`/v1/transfers/${tr.id}/reversals`);
    expect((await t.cp.transfers.retrieve(tr.id)).id).toBe(tr.id);
    expect((await t.cp.transfers.update(tr.id, { description: 'float' })).description).toBe('float');
    await t.cp.transfers.create({ amount: 1, currency: 'usd', destination: 'acct_other' });
    const page = await t.cp.transfers.list({ destination: 'acct_dest_1', transfer_group: 'ORDER_95' });
    expect((await t.last()).rawQuery).toBe('destination=acct_dest_1&transfer_group=ORDER_95');
    expect(page.data.map((x) => x.id)).toEqual([tr.id]);
  });
});

describe('payouts', () => {
  it('creates a payout with method and statement descriptor, retrieves, lists and cancels while pending', async () => {
    const acme = t.cp.forAccount(stripeAccount);
    const po = await acme.payouts.create({
      amount: 5_000,
      currency: 'usd',
      destination: 'ba_1',
      method: 'instant',
      source_type: 'card',
      statement_descriptor: 'ACME PAYOUT',
      metadata: { run: '7' },
    });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/payouts');
    expect(wire.form).toEqual([
      ['amount', '5000'],
      ['currency', 'usd'],
      ['destination', 'ba_1'],
      ['method', 'instant'],
      ['source_type', 'card'],
      ['statement_descriptor', 'ACME PAYOUT'],
      ['metadata[run]', '7'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(po).toMatchObject({ object: 'payout', status: 'pending', method: 'instant', destination: 'ba_1', statement_descriptor: 'ACME PAYOUT' });
    expect((await acme.payouts.retrieve(po.id)).id).toBe(po.id);
    expect((await acme.payouts.update(po.id, { metadata: { run: '8' } })).metadata).toEqual({ run: '8' });
    const second = await acme.payouts.create({ amount: 1, currency: 'usd' });
    const seen: string[] = [];
    for await (const p of acme.payouts.list({ status: 'pending', limit: 1 })) seen.push(p.id);
    expect(seen).toEqual([second.id, po.id]);
    const canceled = await acme.payouts.cancel(po.id);
    expect((await t.last()).path).toBe(`/v1/payouts/${po.id}/cancel`);
    expect(canceled.status).toBe('canceled');
    await expect(acme.payouts.cancel(po.id)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('pays out from the Issuing balance with source_balance=issuing', async () => {
    const acme = t.cp.forAccount('acct_issuing_payout');
    await acme.topups.create({ amount: 10_000, currency: 'usd', destination_balance: 'issuing', description: 'fund cards' });
    const po = await acme.payouts.create({ amount: 4_000, currency: 'usd', source_balance: 'issuing' });
    expect((await t.last()).form).toEqual([
      ['amount', '4000'],
      ['currency', 'usd'],
      ['source_balance', 'issuing'],
    ]);
    expect(po.object).toBe('payout');
    const balance = await acme.balance.retrieve();
    expect(balance.issuing?.available).toEqual([expect.objectContaining({ amount: 6_000, currency: 'usd' })]);
    await expect(acme.payouts.create({ amount: 7_000, currency: 'usd', source_balance: 'issuing' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(acme.payouts.create({ amount: 1, currency: 'usd', source_balance: 'savings' as 'issuing' })).rejects.toMatchObject({ field: 'source_balance' });
  });

  it('reverses only a paid payout', async () => {
    t.mock.store.put({ ...fundingPayout(), id: 'po_paid_1', status: 'paid' });
    const rev = await t.cp.payouts.reverse('po_paid_1', { metadata: { why: 'wrong account' } });
    expect((await t.last()).path).toBe('/v1/payouts/po_paid_1/reverse');
    expect(rev.original_payout).toBe('po_paid_1');
    await expect(t.cp.payouts.reverse(rev.id)).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe('funding validation', () => {
  it('names the field and sends nothing', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error amount is required
      [() => t.cp.topups.create({ currency: 'usd' }), 'amount'],
      // @ts-expect-error destination is required
      [() => t.cp.transfers.create({ amount: 1, currency: 'usd' }), 'destination'],
      // @ts-expect-error closed enum
      [() => t.cp.payouts.create({ amount: 1, currency: 'usd', method: 'express' }), 'method'],
      [() => t.cp.payouts.create({ amount: -1, currency: 'usd' }), 'amount'],
      // @ts-expect-error closed enum
      [() => t.cp.topups.list({ status: 'reversed' }), 'status'],
      // @ts-expect-error not a param of balance.retrieve
      [() => t.cp.balance.retrieve({ currency: 'usd' }), 'currency'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented balance, topup, transfer and payout objects (strict parse)', () => {
    expect(() => BalanceSchema.parse(documented('balance'))).not.toThrow();
    expect(() => TopupSchema.parse(documented('topup'))).not.toThrow();
    expect(() => TransferSchema.parse(documented('transfer'))).not.toThrow();
    expect(() => PayoutSchema.parse(documented('payout'))).not.toThrow();
  });
});

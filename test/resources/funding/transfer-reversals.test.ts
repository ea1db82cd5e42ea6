import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type TransferReversal } from '../../../src/index.js';
import { TransferReversalSchema } from '../../../src/schemas/index.js';
import { fundingTransferReversal } from '../../../src/testing/fixtures/funding.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

describe('transfers: reversals', () => {
  it('creates a partial then a full reversal: wire, typed result, amount_reversed, reversed and the embedded list', async () => {
    const tr = await t.cp.transfers.create({ amount: 10_000, currency: 'usd', destination: 'acct_dest_1' });
    const first = await t.cp.transfers.createReversal(
      tr.id,
      { amount: 2_500, description: 'Unused card float', refund_application_fee: true, metadata: { reason: 'float' } },
      { idempotencyKey: 'trr-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/transfers/${tr.id}/reversals`);
    expect(wire.form).toEqual([
      ['amount', '2500'],
      ['description', 'Unused card float'],
      ['refund_application_fee', 'true'],
      ['metadata[reason]', 'float'],
    ]);
    expect(wire.headers['idempotency-key']).toBe('trr-1');
    expectTypeOf(first).toEqualTypeOf<TransferReversal>();
    expect(first).toMatchObject({ object: 'transfer_reversal', amount: 2_500, currency: 'usd', transfer: tr.id, metadata: { reason: 'float' } });
    expect(first.id).toMatch(/^trr_/);

    let after = await t.cp.transfers.retrieve(tr.id);
    expect(after).toMatchObject({ amount_reversed: 2_500, reversed: false });
    expect(after.reversals.data.map((r) => r.id)).toEqual([first.id]);
    expectTypeOf(after.reversals.data).toEqualTypeOf<TransferReversal[]>();

    // No amount: the whole remaining amount.
    const rest = await t.cp.transfers.createReversal(tr.id);
    expect((await t.last()).form).toEqual([]);
    expect(rest.amount).toBe(7_500);
    after = await t.cp.transfers.retrieve(tr.id);
    expect(after).toMatchObject({ amount_reversed: 10_000, reversed: true });
    expect(after.reversals.data.map((r) => r.id)).toEqual([rest.id, first.id]);
  });

  it('refuses to reverse more than remains (400 invalid_request_error) and changes nothing', async () => {
    const tr = await t.cp.transfers.create({ amount: 1_000, currency: 'usd', destination: 'acct_dest_1' });
    await t.cp.transfers.createReversal(tr.id, { amount: 600 });
    const err = await t.cp.transfers.createReversal(tr.id, { amount: 401 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).status).toBe(400);
    expect((err as InvalidRequestError).param).toBe('amount');
    const after = await t.cp.transfers.retrieve(tr.id);
    expect(after).toMatchObject({ amount_reversed: 600, reversed: false });
    await t.cp.transfers.createReversal(tr.id, { amount: 400 });
    await expect(t.cp.transfers.createReversal(tr.id)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(t.cp.transfers.createReversal('tr_missing', { amount: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists reversals across pages with for await, retrieves and updates one', async () => {
    const tr = await t.cp.transfers.create({ amount: 300, currency: 'usd', destination: 'acct_dest_1' });
    const other = await t.cp.transfers.create({ amount: 300, currency: 'usd', destination: 'acct_dest_1' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.cp.transfers.createReversal(tr.id, { amount: 100 })).id);
    await t.cp.transfers.createReversal(other.id, { amount: 50 });

    const seen: string[] = [];
    for await (const r of t.cp.transfers.listReversals(tr.id, { limit: 2 })) seen.push(r.id);
    expect(seen).toEqual([...ids].reverse());
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/transfers/${tr.id}/reversals`);
    expect(wire.query).toEqual([
      ['limit', '2'],
      ['starting_after', ids[1]],
    ]);

    const one = await t.cp.transfers.retrieveReversal(tr.id, ids[0]!);
    expect((await t.last()).path).toBe(`/v1/transfers/${tr.id}/reversals/${ids[0]}`);
    expect((await t.last()).headers['idempotency-key']).toBeUndefined();
    expect(one.amount).toBe(100);
    await expect(t.cp.transfers.retrieveReversal(other.id, ids[0]!)).rejects.toBeInstanceOf(NotFoundError);

    const updated = await t.cp.transfers.updateReversal(tr.id, ids[0]!, { metadata: { ticket: 'T-9' } });
    const up = await t.last();
    expect(up.method).toBe('POST');
    expect(up.path).toBe(`/v1/transfers/${tr.id}/reversals/${ids[0]}`);
    expect(up.form).toEqual([['metadata[ticket]', 'T-9']]);
    expect(updated.metadata).toEqual({ ticket: 'T-9' });
    const embedded = (await t.cp.transfers.retrieve(tr.id)).reversals.data.find((r) => r.id === ids[0]);
    expect(embedded?.metadata).toEqual({ ticket: 'T-9' });
  });

  it('validates params before sending', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => t.cp.transfers.createReversal('tr_1', { amount: -1 }), 'amount'],
      // @ts-expect-error not a param of createReversal
      [() => t.cp.transfers.createReversal('tr_1', { currency: 'usd' }), 'currency'],
      // @ts-expect-error updateReversal takes metadata only
      [() => t.cp.transfers.updateReversal('tr_1', 'trr_1', { description: 'x' }), 'description'],
      [() => t.cp.transfers.retrieveReversal('tr_1', ''), 'reversal'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });

  it('our reversal fixture is in the schema shape', () => {
    expect(TransferReversalSchema.safeParse(fundingTransferReversal()).success).toBe(true);
  });
});

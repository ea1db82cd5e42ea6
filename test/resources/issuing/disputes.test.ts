import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Cardplane } from '../../../src/index.js';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type IssuingDispute, type IssuingTransaction } from '../../../src/index.js';
import { IssuingDisputeSchema } from '../../../src/schemas/index.js';
import { issuingDispute } from '../../../src/testing/fixtures/issuing-spend.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_disp'] });

async function captured(amount = 2500, cp: Cardplane = t.cp): Promise<IssuingTransaction> {
  // Stripe declines purchases the Issuing balance does not cover: fund it first, as a program does.
  await cp.topups.create({ amount: 1_000_000, currency: 'usd', destination_balance: 'issuing' });
  const holder = await cp.issuing.cardholders.create({
    name: 'Mary Jackson',
    billing: { address: { line1: '4 Wind Tunnel Dr', city: 'Hampton', state: 'VA', postal_code: '23665', country: 'US' } },
  });
  const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' });
  return cp.testHelpers.issuing.transactions.createForceCapture({ card: card.id, amount, currency: 'usd' });
}

describe('issuing.disputes', () => {
  it('creates a dispute with evidence typed by reason: ordered form pairs, headers, typed result', async () => {
    const txn = await captured(2500, t.cp.forAccount('acct_disp'));
    const dispute = await t.cp.forAccount('acct_disp').issuing.disputes.create(
      {
        transaction: txn.id,
        amount: 2000,
        evidence: {
          reason: 'not_received',
          not_received: { expected_at: 1767225600, explanation: 'Never arrived', product_description: 'Desk lamp', product_type: 'merchandise' },
        },
        metadata: { case: 'C-1' },
      },
      { idempotencyKey: 'disp-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/disputes');
    expect(wire.form).toEqual([
      ['transaction', txn.id],
      ['amount', '2000'],
      ['evidence[reason]', 'not_received'],
      ['evidence[not_received][expected_at]', '1767225600'],
      ['evidence[not_received][explanation]', 'Never arrived'],
      ['evidence[not_received][product_description]', 'Desk lamp'],
      ['evidence[not_received][product_type]', 'merchandise'],
      ['metadata[case]', 'C-1'],
    ]);
    expect(wire.headers['stripe-account']).toBe('acct_disp');
    expect(wire.headers['idempotency-key']).toBe('disp-1');
    expectTypeOf(dispute).toEqualTypeOf<IssuingDispute>();
    expect(dispute).toMatchObject({ object: 'issuing.dispute', amount: 2000, currency: 'usd', status: 'unsubmitted', transaction: txn.id, metadata: { case: 'C-1' } });
    expect(dispute.evidence.reason).toBe('not_received');
    expect(dispute.evidence.not_received).toEqual({
      additional_documentation: null,
      expected_at: 1767225600,
      explanation: 'Never arrived',
      product_description: 'Desk lamp',
      product_type: 'merchandise',
    });
    expect((await t.cp.forAccount('acct_disp').issuing.transactions.retrieve(txn.id)).dispute).toBe(dispute.id);
  });

  it('defaults the amount to the whole transaction; 404 for an unknown transaction', async () => {
    const txn = await captured(1800);
    const d = await t.cp.issuing.disputes.create({ transaction: txn.id, evidence: { reason: 'fraudulent', fraudulent: { explanation: 'Card stolen' } } });
    expect(d.amount).toBe(1800);
    expect(d.evidence.fraudulent).toEqual({ additional_documentation: null, explanation: 'Card stolen' });
    const err = await t.cp.issuing.disputes.create({ transaction: 'ipi_missing' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).param).toBe('transaction');
  });

  it('retrieves, updates evidence (switching reason), submits; a submitted dispute cannot change', async () => {
    const txn = await captured();
    const d = await t.cp.issuing.disputes.create({ transaction: txn.id });
    const got = await t.cp.issuing.disputes.retrieve(d.id);
    expect((await t.last()).path).toBe(`/v1/issuing/disputes/${d.id}`);
    expect(got.id).toBe(d.id);
    const updated = await t.cp.issuing.disputes.update(d.id, {
      amount: 1000,
      evidence: { reason: 'canceled', canceled: { canceled_at: 1767000000, cancellation_policy_provided: true, return_status: 'successful' } },
    });
    expect((await t.last()).form).toEqual([
      ['amount', '1000'],
      ['evidence[reason]', 'canceled'],
      ['evidence[canceled][canceled_at]', '1767000000'],
      ['evidence[canceled][cancellation_policy_provided]', 'true'],
      ['evidence[canceled][return_status]', 'successful'],
    ]);
    expect(updated.amount).toBe(1000);
    expect(updated.evidence.reason).toBe('canceled');
    expect(updated.evidence.canceled).toMatchObject({ canceled_at: 1767000000, cancellation_policy_provided: true, return_status: 'successful', explanation: null });

    const submitted = await t.cp.issuing.disputes.submit(d.id, { metadata: { by: 'ops' } });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/issuing/disputes/${d.id}/submit`);
    expect(wire.form).toEqual([['metadata[by]', 'ops']]);
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(submitted.status).toBe('submitted');
    await expect(t.cp.issuing.disputes.submit(d.id)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(t.cp.issuing.disputes.update(d.id, { amount: 5 })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('lists by status and transaction, paging with for await', async () => {
    const txns: IssuingTransaction[] = [];
    for (let i = 0; i < 3; i++) txns.push(await captured(100 + i));
    const disputes: IssuingDispute[] = [];
    for (const txn of txns) disputes.push(await t.cp.issuing.disputes.create({ transaction: txn.id }));
    await t.cp.issuing.disputes.submit(disputes[0]?.id ?? '');
    const before = (await t.requests()).length;
    const ids: string[] = [];
    for await (const d of t.cp.issuing.disputes.list({ status: 'unsubmitted', limit: 1 })) ids.push(d.id);
    expect(ids).toEqual([disputes[2]?.id, disputes[1]?.id]);
    const pages = (await t.requests()).slice(before);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.query).toEqual([
      ['status', 'unsubmitted'],
      ['limit', '1'],
    ]);
    const byTxn = await t.cp.issuing.disputes.list({ transaction: txns[0]?.id ?? '' });
    expect(byTxn.data.map((d) => d.status)).toEqual(['submitted']);
  });

  it('validation: evidence of another reason, unknown reason and bad types name the field', async () => {
    const before = (await t.requests()).length;
    const mismatch = await t.cp.issuing.disputes
      .create({ transaction: 'ipi_1', evidence: { reason: 'fraudulent', not_received: { explanation: 'x' }, colour: 'red' } as never })
      .catch((e: unknown) => e);
    expect(mismatch).toBeInstanceOf(CardplaneValidationError);
    expect((mismatch as CardplaneValidationError).field).toBe('evidence.colour');
    const reason = await t.cp.issuing.disputes.create({ transaction: 'ipi_1', evidence: { reason: 'unhappy' } as never }).catch((e: unknown) => e);
    expect((reason as CardplaneValidationError).field).toBe('evidence.reason');
    const pt = await t.cp.issuing.disputes.create({ transaction: 'ipi_1', evidence: { reason: 'other', other: { product_type: 'goods' as never } } }).catch((e: unknown) => e);
    expect((pt as CardplaneValidationError).field).toBe('evidence.other.product_type');
    const st = await t.cp.issuing.disputes.list({ status: 'open' as never }).catch((e: unknown) => e);
    expect((st as CardplaneValidationError).field).toBe('status');
    expect((await t.requests()).length).toBe(before);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented dispute object (strict parse)', () => {
    const parsed = IssuingDisputeSchema.parse(documented('issuing.dispute'));
    expect(parsed.evidence.reason).toBe('fraudulent');
  });

  it('our dispute fixture matches the schema', () => {
    expect(IssuingDisputeSchema.safeParse(issuingDispute()).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { Cardplane, CardplaneConfigurationError, CardplaneValidationError, InvalidRequestError } from '../../../src/index.js';
import { MOCK_BASE, useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_sim_1'] });
const stripeAccount = 'acct_sim_1';

async function account(cash: number): Promise<string> {
  const fa = await t.cp.treasury.financialAccounts.create({ supported_currencies: ['usd'] }, { stripeAccount });
  if (cash > 0) await t.cp.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, amount: cash, currency: 'usd', network: 'ach' }, { stripeAccount });
  return fa.id;
}

async function balance(fa: string): Promise<[number, number, number]> {
  const b = (await t.cp.treasury.financialAccounts.retrieve(fa, {}, { stripeAccount })).balance;
  return [b.cash.usd ?? 0, b.inbound_pending.usd ?? 0, b.outbound_pending.usd ?? 0];
}

describe('testHelpers.treasury', () => {
  it('receivedCredits.create: wire, a succeeded received credit and a posted treasury transaction', async () => {
    const fa = await account(0);
    const rc = await t.cp.testHelpers.treasury.receivedCredits.create(
      {
        financial_account: fa,
        amount: 30_000,
        currency: 'usd',
        network: 'us_domestic_wire',
        description: 'Customer wire',
        initiating_payment_method_details: { type: 'us_bank_account', us_bank_account: { account_holder_name: 'Globex', routing_number: '110000000' } },
      },
      { stripeAccount },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/test_helpers/treasury/received_credits');
    expect(wire.form).toEqual([
      ['financial_account', fa],
      ['amount', '30000'],
      ['currency', 'usd'],
      ['network', 'us_domestic_wire'],
      ['description', 'Customer wire'],
      ['initiating_payment_method_details[type]', 'us_bank_account'],
      ['initiating_payment_method_details[us_bank_account][account_holder_name]', 'Globex'],
      ['initiating_payment_method_details[us_bank_account][routing_number]', '110000000'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(rc).toMatchObject({ object: 'treasury.received_credit', status: 'succeeded', network: 'us_domestic_wire', amount: 30_000, financial_account: fa });
    const trxn = await t.cp.treasury.transactions.retrieve(String(rc.transaction), {}, { stripeAccount });
    expect(trxn).toMatchObject({ flow: rc.id, flow_type: 'received_credit', status: 'posted', amount: 30_000 });
    expect(await balance(fa)).toEqual([30_000, 0, 0]);
  });

  it('receivedDebits.create: takes cash out, or fails with insufficient_funds', async () => {
    const fa = await account(1_000);
    const rd = await t.cp.testHelpers.treasury.receivedDebits.create({ financial_account: fa, amount: 400, currency: 'usd', network: 'ach' }, { stripeAccount });
    expect((await t.last()).path).toBe('/v1/test_helpers/treasury/received_debits');
    expect(rd).toMatchObject({ object: 'treasury.received_debit', status: 'succeeded', failure_code: null });
    const trxn = await t.cp.treasury.transactions.retrieve(String(rd.transaction), {}, { stripeAccount });
    expect(trxn).toMatchObject({ flow_type: 'received_debit', amount: -400, status: 'posted' });
    const failed = await t.cp.testHelpers.treasury.receivedDebits.create({ financial_account: fa, amount: 5_000, currency: 'usd', network: 'ach' }, { stripeAccount });
    expect(failed).toMatchObject({ status: 'failed', failure_code: 'insufficient_funds', transaction: null });
    expect(await balance(fa)).toEqual([600, 0, 0]);
  });

  it('outbound transfer: update tracking, post, then return with returned_details and a second transaction', async () => {
    const fa = await account(10_000);
    const sim = t.cp.forAccount(stripeAccount).testHelpers.treasury.outboundTransfers;
    const obt = await t.cp.treasury.outboundTransfers.create({ financial_account: fa, amount: 4_000, currency: 'usd', destination_payment_method: 'pm_1' }, { stripeAccount });
    const tracked = await sim.update(obt.id, { tracking_details: { type: 'ach', ach: { trace_id: 'TRACE123' } } });
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/test_helpers/treasury/outbound_transfers/${obt.id}`);
    expect(wire.form).toEqual([
      ['tracking_details[type]', 'ach'],
      ['tracking_details[ach][trace_id]', 'TRACE123'],
    ]);
    expect(tracked.tracking_details).toEqual({ type: 'ach', ach: { trace_id: 'TRACE123' } });
    expect(tracked.cancelable).toBe(false);

    const posted = await sim.post(obt.id);
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_transfers/${obt.id}/post`);
    expect(posted.status).toBe('posted');
    expect(posted.status_transitions.posted_at).toEqual(expect.any(Number));
    expect(await balance(fa)).toEqual([6_000, 0, 0]);

    const returned = await sim.returnOutboundTransfer(obt.id, { returned_details: { code: 'account_closed' } });
    const ret = await t.last();
    expect(ret.path).toBe(`/v1/test_helpers/treasury/outbound_transfers/${obt.id}/return`);
    expect(ret.form).toEqual([['returned_details[code]', 'account_closed']]);
    expect(returned.status).toBe('returned');
    expect(returned.returned_details?.code).toBe('account_closed');
    expect(returned.returned_details?.transaction).not.toBe(obt.transaction);
    expect(returned.status_transitions.returned_at).toEqual(expect.any(Number));
    expect(await balance(fa)).toEqual([10_000, 0, 0]);
    const back = await t.cp.treasury.transactions.retrieve(String(returned.returned_details?.transaction), {}, { stripeAccount });
    expect(back).toMatchObject({ amount: 4_000, flow: obt.id, status: 'posted' });

    const err = await sim.post(obt.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).status).toBe(400);
  });

  it('outbound transfer: fail releases the hold and voids the transaction; cancel after fail is refused', async () => {
    const fa = await account(10_000);
    const obt = await t.cp.treasury.outboundTransfers.create({ financial_account: fa, amount: 4_000, currency: 'usd', destination_payment_method: 'pm_1' }, { stripeAccount });
    const failed = await t.cp.testHelpers.treasury.outboundTransfers.fail(obt.id, {}, { stripeAccount });
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_transfers/${obt.id}/fail`);
    expect(failed.status).toBe('failed');
    expect((await t.cp.treasury.transactions.retrieve(String(obt.transaction), {}, { stripeAccount })).status).toBe('void');
    expect(await balance(fa)).toEqual([10_000, 0, 0]);
    await expect(t.cp.treasury.outboundTransfers.cancel(obt.id, {}, { stripeAccount })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('outbound payment: update (wire tracking), post, fail and return', async () => {
    const fa = await account(10_000);
    const sim = t.cp.testHelpers.treasury.outboundPayments;
    const create = () =>
      t.cp.treasury.outboundPayments.create(
        { financial_account: fa, amount: 1_000, currency: 'usd', destination_payment_method_data: { type: 'financial_account', financial_account: 'fa_x' } },
        { stripeAccount },
      );
    const a = await create();
    const tracked = await sim.update(a.id, { tracking_details: { type: 'us_domestic_wire', us_domestic_wire: { imad: 'IMAD1' } } }, { stripeAccount });
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_payments/${a.id}`);
    expect(tracked.tracking_details).toEqual({ type: 'us_domestic_wire', us_domestic_wire: { chips: null, imad: 'IMAD1', omad: null } });
    expect((await sim.post(a.id, {}, { stripeAccount })).status).toBe('posted');
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_payments/${a.id}/post`);
    const b = await create();
    expect((await sim.fail(b.id, {}, { stripeAccount })).status).toBe('failed');
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_payments/${b.id}/fail`);
    const c = await create();
    const returned = await sim.returnOutboundPayment(c.id, {}, { stripeAccount });
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/outbound_payments/${c.id}/return`);
    expect(returned.status).toBe('returned');
    expect(returned.returned_details?.code).toBe('declined');
    expect(await balance(fa)).toEqual([9_000, 0, 0]);
  });

  it('inbound transfer: succeed, return (a linked received debit), and fail with a code', async () => {
    const fa = await account(0);
    const sim = t.cp.forAccount(stripeAccount).testHelpers.treasury.inboundTransfers;
    const create = () => t.cp.treasury.inboundTransfers.create({ financial_account: fa, amount: 7_000, currency: 'usd', origin_payment_method: 'pm_bank' }, { stripeAccount });
    const a = await create();
    const ok = await sim.succeed(a.id);
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/inbound_transfers/${a.id}/succeed`);
    expect(ok.status).toBe('succeeded');
    expect(ok.status_transitions.succeeded_at).toEqual(expect.any(Number));
    expect(await balance(fa)).toEqual([7_000, 0, 0]);
    const returned = await sim.returnInboundTransfer(a.id);
    expect((await t.last()).path).toBe(`/v1/test_helpers/treasury/inbound_transfers/${a.id}/return`);
    expect(returned.returned).toBe(true);
    const rdId = returned.linked_flows.received_debit;
    expect(rdId).toMatch(/^rd_/);
    const rd = await t.cp.treasury.receivedDebits.retrieve(String(rdId), {}, { stripeAccount });
    expect(rd.linked_flows.inbound_transfer).toBe(a.id);
    expect(await balance(fa)).toEqual([0, 0, 0]);

    const b = await create();
    const failed = await sim.fail(b.id, { failure_details: { code: 'account_closed' } });
    expect((await t.last()).form).toEqual([['failure_details[code]', 'account_closed']]);
    expect(failed.status).toBe('failed');
    expect(failed.failure_details?.code).toBe('account_closed');
    expect(await balance(fa)).toEqual([0, 0, 0]);
    await expect(sim.returnInboundTransfer(b.id)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('validates before sending: bad network enum, bad return code, missing tracking_details', async () => {
    const sim = t.cp.testHelpers.treasury;
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error received debits only travel over ach
      [() => sim.receivedDebits.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', network: 'rtp' }), 'network'],
      // @ts-expect-error not a network
      [() => sim.receivedCredits.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', network: 'swift' }), 'network'],
      // @ts-expect-error not a returned code
      [() => sim.outboundTransfers.returnOutboundTransfer('obt_1', { returned_details: { code: 'lost' } }), 'returned_details.code'],
      // @ts-expect-error tracking_details is required
      [() => sim.outboundPayments.update('obp_1', {}), 'tracking_details'],
      [() => sim.inboundTransfers.succeed(''), 'inbound_transfer'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });

  it('refuses every Treasury test helper with a live key, sending nothing', async () => {
    const live = new Cardplane({ apiKey: 'sk_live_cardplane_never_sent', baseUrl: MOCK_BASE, maxRetries: 0 });
    const sim = live.testHelpers.treasury;
    const calls: (() => Promise<unknown>)[] = [
      () => sim.receivedCredits.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', network: 'ach' }),
      () => sim.receivedDebits.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', network: 'ach' }),
      () => sim.inboundTransfers.succeed('ibt_1'),
      () => sim.inboundTransfers.fail('ibt_1'),
      () => sim.inboundTransfers.returnInboundTransfer('ibt_1'),
      () => sim.outboundTransfers.post('obt_1'),
      () => sim.outboundTransfers.fail('obt_1'),
      () => sim.outboundTransfers.returnOutboundTransfer('obt_1'),
      () => sim.outboundTransfers.update('obt_1', { tracking_details: { type: 'ach', ach: { trace_id: 'x' } } }),
      () => sim.outboundPayments.post('obp_1'),
      () => sim.outboundPayments.fail('obp_1'),
      () => sim.outboundPayments.returnOutboundPayment('obp_1'),
      () => sim.outboundPayments.update('obp_1', { tracking_details: { type: 'ach', ach: { trace_id: 'x' } } }),
    ];
    for (const call of calls) {
      const err = await call().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CardplaneConfigurationError);
      expect(String((err as Error).message)).not.toContain('sk_live_cardplane_never_sent');
    }
    expect(t.mock.requests).toHaveLength(0);
  });
});

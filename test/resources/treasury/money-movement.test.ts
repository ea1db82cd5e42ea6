import { describe, expect, expectTypeOf, it } from 'vitest';
import { UUID_V4 } from '../../core/uuid.js';
import { CardplaneValidationError, InvalidRequestError, NotFoundError } from '../../../src/index.js';
import type {
  TreasuryInboundTransferStatus as InboundTransferStatus,
  TreasuryOutboundTransferStatus as OutboundStatus,
  TreasuryOutboundTransferReturnedDetailsCode as ReturnedCode,
  TreasuryTransactionEntryType,
  TreasuryTransactionStatus,
} from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_treasury_2'] });
const stripeAccount = 'acct_treasury_2';

/** A financial account of the connected account holding `cash` (funded by a simulated received credit). */
async function fundedAccount(cash = 100_000): Promise<string> {
  const acme = t.cp.forAccount(stripeAccount);
  const fa = await acme.treasury.financialAccounts.create({ supported_currencies: ['usd'] });
  if (cash > 0) await acme.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, amount: cash, currency: 'usd', network: 'ach' });
  return fa.id;
}

async function cashOf(fa: string): Promise<{ cash: number; inbound: number; outbound: number }> {
  const { balance } = await t.cp.treasury.financialAccounts.retrieve(fa, {}, { stripeAccount });
  return { cash: balance.cash.usd ?? 0, inbound: balance.inbound_pending.usd ?? 0, outbound: balance.outbound_pending.usd ?? 0 };
}

describe('treasury.outboundTransfers', () => {
  it('creates a transfer: ordered form pairs incl. network option, headers, processing status and balance hold', async () => {
    const fa = await fundedAccount();
    const obt = await t.cp.treasury.outboundTransfers.create(
      {
        financial_account: fa,
        amount: 12_500,
        currency: 'usd',
        destination_payment_method: 'pm_bank_1',
        destination_payment_method_options: { us_bank_account: { network: 'us_domestic_wire' } },
        description: 'Sweep',
        statement_descriptor: 'sweep',
        metadata: { ref: 'S-1' },
      },
      { stripeAccount, idempotencyKey: 'obt-key-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/treasury/outbound_transfers');
    expect(wire.form).toEqual([
      ['financial_account', fa],
      ['amount', '12500'],
      ['currency', 'usd'],
      ['destination_payment_method', 'pm_bank_1'],
      ['destination_payment_method_options[us_bank_account][network]', 'us_domestic_wire'],
      ['description', 'Sweep'],
      ['statement_descriptor', 'sweep'],
      ['metadata[ref]', 'S-1'],
    ]);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toBe('obt-key-1');
    expect(obt.status).toBe('processing');
    expect(obt.cancelable).toBe(true);
    expect(obt.status_transitions).toEqual({ canceled_at: null, failed_at: null, posted_at: null, returned_at: null });
    expect(obt.destination_payment_method_details.us_bank_account?.network).toBe('us_domestic_wire');
    expectTypeOf(obt.status).toEqualTypeOf<OutboundStatus>();
    expect(await cashOf(fa)).toEqual({ cash: 87_500, inbound: 0, outbound: 12_500 });

    const trxn = await t.cp.treasury.transactions.retrieve(String(obt.transaction), {}, { stripeAccount });
    expect((await t.last()).path).toBe(`/v1/treasury/transactions/${String(obt.transaction)}`);
    expect(trxn).toMatchObject({ amount: -12_500, flow: obt.id, flow_type: 'outbound_transfer', status: 'open' });
    expect(trxn.balance_impact).toEqual({ cash: -12_500, inbound_pending: 0, outbound_pending: 12_500 });
  });

  it('retrieves, cancels while processing, and refuses a second cancel with 400 invalid_request_error', async () => {
    const fa = await fundedAccount();
    const acme = t.cp.forAccount(stripeAccount);
    const obt = await acme.treasury.outboundTransfers.create({ financial_account: fa, amount: 1_000, currency: 'usd', destination_payment_method: 'pm_bank_1' });
    const got = await acme.treasury.outboundTransfers.retrieve(obt.id);
    expect((await t.last()).path).toBe(`/v1/treasury/outbound_transfers/${obt.id}`);
    expect(got.id).toBe(obt.id);
    const canceled = await acme.treasury.outboundTransfers.cancel(obt.id);
    const wire = await t.last();
    expect(wire.path).toBe(`/v1/treasury/outbound_transfers/${obt.id}/cancel`);
    expect(wire.body).toBe('');
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(canceled.status).toBe('canceled');
    expect(canceled.status_transitions.canceled_at).toEqual(expect.any(Number));
    expect(await cashOf(fa)).toEqual({ cash: 100_000, inbound: 0, outbound: 0 });
    const err = await acme.treasury.outboundTransfers.cancel(obt.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).status).toBe(400);
    expect((err as InvalidRequestError).type).toBe('invalid_request_error');
  });

  it('refuses a transfer larger than the cash balance (insufficient_funds)', async () => {
    const fa = await fundedAccount(500);
    const err = await t.cp.treasury.outboundTransfers
      .create({ financial_account: fa, amount: 501, currency: 'usd', destination_payment_method: 'pm_1' }, { stripeAccount })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((err as InvalidRequestError).code).toBe('insufficient_funds');
  });

  it('lists by financial_account (query) with for await over two pages', async () => {
    const fa = await fundedAccount();
    const other = await fundedAccount();
    const acme = t.cp.forAccount(stripeAccount);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await acme.treasury.outboundTransfers.create({ financial_account: fa, amount: 100 + i, currency: 'usd', destination_payment_method: 'pm_1' })).id);
    await acme.treasury.outboundTransfers.create({ financial_account: other, amount: 5, currency: 'usd', destination_payment_method: 'pm_1' });
    const before = t.mock.requests.length;
    const seen: string[] = [];
    for await (const obt of acme.treasury.outboundTransfers.list({ financial_account: fa, status: 'processing', limit: 2 })) seen.push(obt.id);
    expect(seen).toEqual([...ids].reverse());
    const lists = (await t.requests()).slice(before);
    expect(lists.map((r) => r.path)).toEqual(['/v1/treasury/outbound_transfers', '/v1/treasury/outbound_transfers']);
    expect(lists[0]?.query).toEqual([
      ['financial_account', fa],
      ['status', 'processing'],
      ['limit', '2'],
    ]);
    expect(lists[1]?.query.at(-1)).toEqual(['starting_after', ids[1]]);
    expect(lists.every((r) => r.headers['stripe-account'] === stripeAccount && r.headers['idempotency-key'] === undefined)).toBe(true);
  });

  it('validates before sending: missing financial_account on a list, bad network enum, unknown key', async () => {
    const obt = t.cp.treasury.outboundTransfers;
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error financial_account is required
      [() => obt.list({ limit: 3 }), 'financial_account'],
      // @ts-expect-error params are required
      [() => obt.list(), 'financial_account'],
      [
        // @ts-expect-error network is a closed enum
        () => obt.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', destination_payment_method_options: { us_bank_account: { network: 'rtp' } } }),
        'destination_payment_method_options.us_bank_account.network',
      ],
      [() => obt.create({ financial_account: 'fa_1', amount: 1.5, currency: 'usd' }), 'amount'],
      // @ts-expect-error unknown param
      [() => obt.create({ financial_account: 'fa_1', amount: 1, currency: 'usd', destination: 'x' }), 'destination'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });
});

describe('treasury.outboundPayments', () => {
  it('creates a payment to a new bank account: nested destination data pairs, end_user_details, typed result', async () => {
    const fa = await fundedAccount();
    const obp = await t.cp.treasury.outboundPayments.create(
      {
        financial_account: fa,
        amount: 8_000,
        currency: 'usd',
        destination_payment_method_data: {
          type: 'us_bank_account',
          billing_details: { name: 'Parts Supply Co' },
          us_bank_account: { account_holder_type: 'company', account_type: 'checking', routing_number: '110000000', account_number: '000123456789' },
        },
        destination_payment_method_options: { us_bank_account: { network: 'ach' } },
        end_user_details: { present: true, ip_address: '203.0.113.7' },
        customer: 'cus_1',
        description: 'Invoice 2041',
      },
      { stripeAccount },
    );
    const wire = await t.last();
    expect(wire.path).toBe('/v1/treasury/outbound_payments');
    expect(wire.form).toEqual([
      ['financial_account', fa],
      ['amount', '8000'],
      ['currency', 'usd'],
      ['destination_payment_method_data[type]', 'us_bank_account'],
      ['destination_payment_method_data[billing_details][name]', 'Parts Supply Co'],
      ['destination_payment_method_data[us_bank_account][account_holder_type]', 'company'],
      ['destination_payment_method_data[us_bank_account][account_type]', 'checking'],
      ['destination_payment_method_data[us_bank_account][routing_number]', '110000000'],
      ['destination_payment_method_data[us_bank_account][account_number]', '000123456789'],
      ['destination_payment_method_options[us_bank_account][network]', 'ach'],
      ['end_user_details[present]', 'true'],
      ['end_user_details[ip_address]', '203.0.113.7'],
      ['customer', 'cus_1'],
      ['description', 'Invoice 2041'],
    ]);
    expect(obp.status).toBe('processing');
    expect(obp.customer).toBe('cus_1');
    expect(obp.end_user_details).toEqual({ ip_address: '203.0.113.7', present: true });
    expect(obp.destination_payment_method_details?.us_bank_account?.last4).toBe('6789');
    expect(obp.destination_payment_method_details?.billing_details.name).toBe('Parts Supply Co');

    const got = await t.cp.treasury.outboundPayments.retrieve(obp.id, {}, { stripeAccount });
    expect(got.amount).toBe(8_000);
    const page = await t.cp.treasury.outboundPayments.list({ financial_account: fa, customer: 'cus_1' }, { stripeAccount });
    expect((await t.last()).query).toEqual([
      ['financial_account', fa],
      ['customer', 'cus_1'],
    ]);
    expect(page.data.map((p) => p.id)).toEqual([obp.id]);
    const canceled = await t.cp.treasury.outboundPayments.cancel(obp.id, {}, { stripeAccount });
    expect((await t.last()).path).toBe(`/v1/treasury/outbound_payments/${obp.id}/cancel`);
    expect(canceled.status).toBe('canceled');
    expect(await cashOf(fa)).toEqual({ cash: 100_000, inbound: 0, outbound: 0 });
  });

  it('pays another financial account through destination_payment_method_data[type]=financial_account', async () => {
    const fa = await fundedAccount();
    const obp = await t.cp.treasury.outboundPayments.create(
      { financial_account: fa, amount: 100, currency: 'usd', destination_payment_method_data: { type: 'financial_account', financial_account: 'fa_vendor' } },
      { stripeAccount },
    );
    expect((await t.last()).form.slice(3)).toEqual([
      ['destination_payment_method_data[type]', 'financial_account'],
      ['destination_payment_method_data[financial_account]', 'fa_vendor'],
    ]);
    expect(obp.destination_payment_method_details).toMatchObject({ type: 'financial_account', financial_account: { id: 'fa_vendor', network: 'stripe' } });
  });
});

describe('treasury.inboundTransfers', () => {
  it('creates (inbound_pending), retrieves, lists with a required financial_account and cancels', async () => {
    const fa = await fundedAccount(0);
    const ibt = await t.cp.treasury.inboundTransfers.create(
      { financial_account: fa, amount: 50_000, currency: 'usd', origin_payment_method: 'pm_bank_2', description: 'Funding', statement_descriptor: 'funding' },
      { stripeAccount },
    );
    const wire = await t.last();
    expect(wire.path).toBe('/v1/treasury/inbound_transfers');
    expect(wire.form).toEqual([
      ['financial_account', fa],
      ['amount', '50000'],
      ['currency', 'usd'],
      ['origin_payment_method', 'pm_bank_2'],
      ['description', 'Funding'],
      ['statement_descriptor', 'funding'],
    ]);
    expect(ibt.status).toBe('processing');
    expectTypeOf(ibt.status).toEqualTypeOf<InboundTransferStatus>();
    expect(await cashOf(fa)).toEqual({ cash: 0, inbound: 50_000, outbound: 0 });
    expect((await t.cp.treasury.inboundTransfers.retrieve(ibt.id, {}, { stripeAccount })).origin_payment_method).toBe('pm_bank_2');
    const page = await t.cp.treasury.inboundTransfers.list({ financial_account: fa, status: 'processing' }, { stripeAccount });
    expect((await t.last()).rawQuery).toBe(`financial_account=${fa}&status=processing`);
    expect(page.data).toHaveLength(1);
    const canceled = await t.cp.treasury.inboundTransfers.cancel(ibt.id, {}, { stripeAccount });
    expect(canceled.status).toBe('canceled');
    expect(await cashOf(fa)).toEqual({ cash: 0, inbound: 0, outbound: 0 });
    await expect(t.cp.treasury.inboundTransfers.cancel(ibt.id, {}, { stripeAccount })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('answers 404 for an unknown id', async () => {
    await expect(t.cp.treasury.inboundTransfers.retrieve('ibt_missing')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('treasury.receivedCredits / receivedDebits / reversals', () => {
  it('retrieves and lists received credits and debits of an account', async () => {
    const fa = await fundedAccount(0);
    const helpers = t.cp.forAccount(stripeAccount).testHelpers.treasury;
    const rc = await helpers.receivedCredits.create({ financial_account: fa, amount: 3_000, currency: 'usd', network: 'ach' });
    const rd = await helpers.receivedDebits.create({ financial_account: fa, amount: 1_000, currency: 'usd', network: 'ach' });
    const acme = t.cp.forAccount(stripeAccount).treasury;
    expect((await acme.receivedCredits.retrieve(rc.id)).status).toBe('succeeded');
    expect((await t.last()).path).toBe(`/v1/treasury/received_credits/${rc.id}`);
    expect((await acme.receivedDebits.retrieve(rd.id)).amount).toBe(1_000);
    expect((await t.last()).path).toBe(`/v1/treasury/received_debits/${rd.id}`);
    const credits = await acme.receivedCredits.list({ financial_account: fa, status: 'succeeded', linked_flows: { source_flow_type: 'other' } });
    expect((await t.last()).query).toEqual([
      ['financial_account', fa],
      ['status', 'succeeded'],
      ['linked_flows[source_flow_type]', 'other'],
    ]);
    expect(credits.data).toEqual([]);
    expect((await acme.receivedCredits.list({ financial_account: fa })).data.map((c) => c.id)).toEqual([rc.id]);
    expect((await acme.receivedDebits.list({ financial_account: fa, status: 'succeeded' })).data.map((d) => d.id)).toEqual([rd.id]);
    expect(await cashOf(fa)).toEqual({ cash: 2_000, inbound: 0, outbound: 0 });
  });

  it('reverses a received credit once (cash back out) and a received debit (pending credit)', async () => {
    const fa = await fundedAccount(0);
    const helpers = t.cp.testHelpers.treasury;
    const rc = await helpers.receivedCredits.create({ financial_account: fa, amount: 3_000, currency: 'usd', network: 'ach' }, { stripeAccount });
    const rd = await helpers.receivedDebits.create({ financial_account: fa, amount: 500, currency: 'usd', network: 'ach' }, { stripeAccount });
    const cr = await t.cp.treasury.creditReversals.create({ received_credit: rc.id, metadata: { why: 'duplicate' } }, { stripeAccount });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/treasury/credit_reversals');
    expect(wire.form).toEqual([
      ['received_credit', rc.id],
      ['metadata[why]', 'duplicate'],
    ]);
    expect(cr).toMatchObject({ object: 'treasury.credit_reversal', amount: 3_000, received_credit: rc.id, status: 'processing', network: 'ach' });
    await expect(t.cp.treasury.creditReversals.create({ received_credit: rc.id }, { stripeAccount })).rejects.toBeInstanceOf(InvalidRequestError);
    expect((await t.cp.treasury.creditReversals.retrieve(cr.id, {}, { stripeAccount })).id).toBe(cr.id);
    const crs = await t.cp.treasury.creditReversals.list({ financial_account: fa, received_credit: rc.id, status: 'processing' }, { stripeAccount });
    expect(crs.data.map((c) => c.id)).toEqual([cr.id]);

    const dr = await t.cp.treasury.debitReversals.create({ received_debit: rd.id }, { stripeAccount });
    expect((await t.last()).form).toEqual([['received_debit', rd.id]]);
    expect(dr).toMatchObject({ object: 'treasury.debit_reversal', amount: 500, received_debit: rd.id, status: 'processing' });
    expect((await t.cp.treasury.debitReversals.retrieve(dr.id, {}, { stripeAccount })).id).toBe(dr.id);
    const drs = await t.cp.treasury.debitReversals.list({ financial_account: fa, received_debit: rd.id }, { stripeAccount });
    expect((await t.last()).query).toEqual([
      ['financial_account', fa],
      ['received_debit', rd.id],
    ]);
    expect(drs.data.map((d) => d.id)).toEqual([dr.id]);
    expect(await cashOf(fa)).toEqual({ cash: -500, inbound: 500, outbound: 0 });
  });

  it('requires financial_account on every list and validates enums, sending nothing', async () => {
    const tr = t.cp.treasury;
    const cases: [() => Promise<unknown>, string][] = [
      // @ts-expect-error financial_account is required
      [() => tr.receivedCredits.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.receivedDebits.list({ status: 'failed' }), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.creditReversals.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.debitReversals.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.inboundTransfers.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.outboundPayments.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.transactions.list({}), 'financial_account'],
      // @ts-expect-error financial_account is required
      [() => tr.transactionEntries.list({}), 'financial_account'],
      // @ts-expect-error closed enum
      [() => tr.debitReversals.list({ financial_account: 'fa_1', resolution: 'draw' }), 'resolution'],
      // @ts-expect-error closed enum
      [() => tr.transactions.list({ financial_account: 'fa_1', order_by: 'amount' }), 'order_by'],
      // @ts-expect-error received_credit is required
      [() => tr.creditReversals.create({}), 'received_credit'],
    ];
    for (const [call, field] of cases) {
      const err = await call().catch((e: unknown) => e);
      expect(err, field).toBeInstanceOf(CardplaneValidationError);
      expect((err as CardplaneValidationError).issues.map((i) => i.field)).toContain(field);
    }
    expect(t.mock.requests).toHaveLength(0);
  });
});

describe('treasury.transactions / transactionEntries', () => {
  it('records every step: lists transactions and entries (filtered by transaction), pages with for await', async () => {
    const fa = await fundedAccount(10_000);
    const acme = t.cp.forAccount(stripeAccount);
    const obt = await acme.treasury.outboundTransfers.create({ financial_account: fa, amount: 2_000, currency: 'usd', destination_payment_method: 'pm_1' });
    await acme.testHelpers.treasury.outboundTransfers.post(obt.id);

    const trxns: string[] = [];
    for await (const trxn of acme.treasury.transactions.list({ financial_account: fa, limit: 1 })) trxns.push(`${trxn.flow_type}:${trxn.status}:${trxn.amount}`);
    expect(trxns).toEqual(['outbound_transfer:posted:-2000', 'received_credit:posted:10000']);

    const posted = await acme.treasury.transactions.list({ financial_account: fa, status: 'posted', order_by: 'posted_at', status_transitions: { posted_at: { gte: 1 } } });
    expect((await t.last()).query).toEqual([
      ['financial_account', fa],
      ['status', 'posted'],
      ['order_by', 'posted_at'],
      ['status_transitions[posted_at][gte]', '1'],
    ]);
    expect(posted.data).toHaveLength(2);
    const status: TreasuryTransactionStatus | undefined = posted.data[0]?.status;
    expect(status).toBe('posted');

    const entries = await acme.treasury.transactionEntries.list({ financial_account: fa, transaction: String(obt.transaction) });
    expect((await t.last()).rawQuery).toBe(`financial_account=${fa}&transaction=${String(obt.transaction)}`);
    expect(entries.data.map((e) => [e.type, e.balance_impact])).toEqual([
      ['outbound_transfer_posting', { cash: 0, inbound_pending: 0, outbound_pending: -2_000 }],
      ['outbound_transfer', { cash: -2_000, inbound_pending: 0, outbound_pending: 2_000 }],
    ]);
    expectTypeOf(entries.data[0]!.type).toEqualTypeOf<TreasuryTransactionEntryType>();
    const one = await acme.treasury.transactionEntries.retrieve(entries.data[0]!.id);
    expect((await t.last()).path).toBe(`/v1/treasury/transaction_entries/${entries.data[0]!.id}`);
    expect(one.transaction).toBe(obt.transaction);
    let count = 0;
    for await (const _e of acme.treasury.transactionEntries.list({ financial_account: fa, limit: 1 })) count++;
    expect(count).toBe(3);
  });

  it('types returned details', () => {
    expectTypeOf<ReturnedCode>().toExtend<string>();
    expectTypeOf<'account_closed'>().toExtend<ReturnedCode>();
  });
});

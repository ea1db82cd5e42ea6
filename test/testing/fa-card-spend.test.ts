import { describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

const address = { line1: '1 Main', city: 'SF', country: 'US', postal_code: '94111' };

/** What `balance()` answers when the account holds `cash` and `outbound_pending` and its transactions add up to them. */
const at = (cash: number, outbound_pending: number) => ({ cash, outbound_pending, ledger: { cash, outbound_pending } });

/** A connected account with a financial account holding 10,000 cents of cash and an active card spending from it. */
async function setup() {
  const mock = createMockStripe();
  const platform = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
  const acct = await platform.accounts.create({ type: 'custom', country: 'US' });
  const cp = platform.forAccount(acct.id);
  const fa = await cp.treasury.financialAccounts.create({ supported_currencies: ['usd'], features: { card_issuing: { requested: true } } });
  await cp.testHelpers.treasury.receivedCredits.create({ financial_account: fa.id, network: 'ach', amount: 10_000, currency: 'usd' });
  const holder = await cp.issuing.cardholders.create({ name: 'Jenny Rosen', billing: { address } });
  const card = await cp.issuing.cards.create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active', financial_account: fa.id });
  /** The account's balance, and the sum of its transactions' balance impacts (which must agree with it). */
  const balance = async () => {
    const b = (await cp.treasury.financialAccounts.retrieve(fa.id)).balance;
    const trxns = (await cp.treasury.transactions.list({ financial_account: fa.id, limit: 100 })).data;
    const sum = (k: 'cash' | 'outbound_pending') => trxns.reduce((n, t) => n + t.balance_impact[k], 0);
    return { cash: b.cash.usd, outbound_pending: b.outbound_pending.usd ?? 0, ledger: { cash: sum('cash'), outbound_pending: sum('outbound_pending') } };
  };
  const entries = async (transaction: string) =>
    (await cp.treasury.transactionEntries.list({ financial_account: fa.id, transaction, limit: 100 })).data
      .map((e) => ({ type: e.type, balance_impact: e.balance_impact }))
      .reverse();
  const authorize = (amount: number) => cp.testHelpers.issuing.authorizations.create({ card: card.id, amount, currency: 'usd' });
  return { mock, cp, fa, card, balance, entries, authorize };
}

describe('cardplane/testing: card spend on a financial account writes Treasury objects', () => {
  it('an authorization opens an issuing_authorization transaction with a hold entry (cash → outbound_pending)', async () => {
    const { cp, fa, balance, entries, authorize } = await setup();
    const auth = await authorize(1_500);
    expect(auth.approved).toBe(true);
    expect(await balance()).toEqual(at(8_500, 1_500));
    const trxnId = auth.treasury?.transaction;
    expect(trxnId).toMatch(/^trxn_/);
    const trxn = await cp.treasury.transactions.retrieve(String(trxnId));
    expect(trxn).toMatchObject({ flow_type: 'issuing_authorization', flow: auth.id, status: 'open', amount: -1_500, financial_account: fa.id });
    expect(trxn.balance_impact).toEqual({ cash: -1_500, inbound_pending: 0, outbound_pending: 1_500 });
    expect(await entries(trxn.id)).toEqual([{ type: 'issuing_authorization_hold', balance_impact: { cash: -1_500, inbound_pending: 0, outbound_pending: 1_500 } }]);
    const listed = (await cp.treasury.transactions.list({ financial_account: fa.id, limit: 100 })).data;
    expect(listed.filter((t) => t.flow_type === 'issuing_authorization').map((t) => t.id)).toEqual([trxn.id]);
    expect(auth.treasury?.received_debits).toEqual([]);

    // An increment adds a second hold on the same transaction.
    await cp.testHelpers.issuing.authorizations.increment(auth.id, { increment_amount: 500 });
    expect(await balance()).toEqual(at(8_000, 2_000));
    expect((await entries(trxn.id)).map((e) => e.type)).toEqual(['issuing_authorization_hold', 'issuing_authorization_hold']);
  });

  it('a capture releases the hold and posts a card received debit with its own transaction', async () => {
    const { cp, fa, balance, entries, authorize } = await setup();
    const auth = await authorize(1_500);
    const captured = await cp.testHelpers.issuing.authorizations.capture(auth.id, { capture_amount: 1_200 });
    expect(await balance()).toEqual(at(8_800, 0));

    const authTrxn = await cp.treasury.transactions.retrieve(String(auth.treasury?.transaction));
    expect(authTrxn.status).toBe('void');
    expect(authTrxn.balance_impact).toEqual({ cash: 0, inbound_pending: 0, outbound_pending: 0 });
    expect((await entries(authTrxn.id)).map((e) => e.type)).toEqual(['issuing_authorization_hold', 'issuing_authorization_release']);

    const txn = captured.transactions[0];
    if (!txn) throw new Error('no transaction');
    const rdId = txn.treasury?.received_debit;
    expect(rdId).toMatch(/^rd_/);
    expect(txn.treasury?.received_credit).toBeNull();
    expect(captured.treasury?.received_debits).toEqual([rdId]);
    const rd = await cp.treasury.receivedDebits.retrieve(String(rdId));
    expect(rd).toMatchObject({ amount: 1_200, network: 'card', status: 'succeeded', financial_account: fa.id });
    expect(rd.linked_flows).toMatchObject({ issuing_transaction: txn.id, issuing_authorization: auth.id });
    expect(rd.initiating_payment_method_details).toMatchObject({ type: 'issuing_card', issuing_card: auth.card.id });
    const rdTrxn = await cp.treasury.transactions.retrieve(String(rd.transaction));
    expect(rdTrxn).toMatchObject({ flow_type: 'received_debit', flow: rd.id, status: 'posted', amount: -1_200 });
    expect(await entries(rdTrxn.id)).toEqual([{ type: 'received_debit', balance_impact: { cash: -1_200, inbound_pending: 0, outbound_pending: 0 } }]);
    expect((await cp.treasury.receivedDebits.list({ financial_account: fa.id })).data.map((d) => d.id)).toEqual([rd.id]);

    const types = (await cp.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types).toContain('treasury.received_debit.created');
  });

  it('a refund posts a card received credit back to cash', async () => {
    const { cp, fa, balance, entries, authorize } = await setup();
    const auth = await authorize(2_000);
    const captured = await cp.testHelpers.issuing.authorizations.capture(auth.id);
    const capture = captured.transactions[0];
    if (!capture) throw new Error('no transaction');
    expect(await balance()).toEqual(at(8_000, 0));
    const refund = await cp.testHelpers.issuing.transactions.refund(capture.id, { refund_amount: 700 });
    expect(await balance()).toEqual(at(8_700, 0));
    const rcId = refund.treasury?.received_credit;
    expect(rcId).toMatch(/^rc_/);
    expect(refund.treasury?.received_debit).toBeNull();
    const rc = await cp.treasury.receivedCredits.retrieve(String(rcId));
    expect(rc).toMatchObject({ amount: 700, network: 'card', status: 'succeeded', financial_account: fa.id });
    expect(rc.linked_flows).toMatchObject({ issuing_transaction: refund.id, issuing_authorization: auth.id });
    const rcTrxn = await cp.treasury.transactions.retrieve(String(rc.transaction));
    expect(rcTrxn).toMatchObject({ flow_type: 'received_credit', flow: rc.id, status: 'posted', amount: 700 });
    expect(await entries(rcTrxn.id)).toEqual([{ type: 'received_credit', balance_impact: { cash: 700, inbound_pending: 0, outbound_pending: 0 } }]);
    expect((await cp.issuing.authorizations.retrieve(auth.id)).treasury?.received_credits).toEqual([rc.id]);
    const credits = (await cp.treasury.receivedCredits.list({ financial_account: fa.id })).data;
    expect(credits.filter((c) => c.network === 'card').map((c) => c.id)).toEqual([rc.id]);

    const types = (await cp.events.list({ limit: 100 })).data.map((e) => e.type);
    expect(types.filter((t) => t === 'treasury.received_credit.succeeded')).toHaveLength(2);
  });

  it('a reversal (partial, then full) and an expiry release the hold; the transaction ends void', async () => {
    const { cp, balance, entries, authorize } = await setup();
    const auth = await authorize(1_000);
    await cp.testHelpers.issuing.authorizations.reverse(auth.id, { reverse_amount: 400 });
    expect(await balance()).toEqual(at(9_400, 600));
    const trxnId = String(auth.treasury?.transaction);
    expect((await cp.treasury.transactions.retrieve(trxnId)).status).toBe('open');
    await cp.testHelpers.issuing.authorizations.reverse(auth.id);
    expect(await balance()).toEqual(at(10_000, 0));
    const trxn = await cp.treasury.transactions.retrieve(trxnId);
    expect(trxn.status).toBe('void');
    expect(trxn.status_transitions.void_at).toEqual(expect.any(Number));
    expect(await entries(trxnId)).toEqual([
      { type: 'issuing_authorization_hold', balance_impact: { cash: -1_000, inbound_pending: 0, outbound_pending: 1_000 } },
      { type: 'issuing_authorization_release', balance_impact: { cash: 400, inbound_pending: 0, outbound_pending: -400 } },
      { type: 'issuing_authorization_release', balance_impact: { cash: 600, inbound_pending: 0, outbound_pending: -600 } },
    ]);

    const other = await authorize(300);
    expect(await balance()).toEqual(at(9_700, 300));
    await cp.testHelpers.issuing.authorizations.expire(other.id);
    expect(await balance()).toEqual(at(10_000, 0));
    const expired = await cp.treasury.transactions.retrieve(String(other.treasury?.transaction));
    expect(expired.status).toBe('void');
    expect((await entries(expired.id)).map((e) => e.type)).toEqual(['issuing_authorization_hold', 'issuing_authorization_release']);
  });

  it('a won dispute reverses the spend’s received debit: a card debit reversal linked to the dispute, cash back', async () => {
    const { mock, cp, fa, card, balance, entries, authorize } = await setup();
    const auth = await authorize(1_500);
    await cp.testHelpers.issuing.authorizations.capture(auth.id);
    expect(await balance()).toEqual(at(8_500, 0));
    const txn = (await cp.issuing.transactions.list({ card: card.id })).data[0]!;
    const rdId = String(txn.treasury?.received_debit);
    const dispute = await cp.issuing.disputes.create({ transaction: txn.id, amount: 1_000, evidence: { reason: 'fraudulent', fraudulent: { explanation: 'winning_evidence' } } });
    expect(dispute.treasury).toEqual({ debit_reversal: null, received_debit: rdId });
    const before = new Set(mock.store.all('event').map((e) => e.id));
    const won = await cp.issuing.disputes.submit(dispute.id);
    expect(won.status).toBe('won');
    expect(await balance()).toEqual(at(9_500, 0));

    const reversals = (await cp.treasury.debitReversals.list({ financial_account: fa.id })).data;
    expect(reversals).toHaveLength(1);
    const rev = await cp.treasury.debitReversals.retrieve(reversals[0]!.id);
    expect(rev).toMatchObject({
      object: 'treasury.debit_reversal',
      amount: 1_000,
      currency: 'usd',
      financial_account: fa.id,
      linked_flows: { issuing_dispute: dispute.id },
      network: 'card',
      received_debit: rdId,
      status: 'succeeded',
    });
    expect(rev.status_transitions.completed_at).toEqual(expect.any(Number));
    expect(won.treasury).toEqual({ debit_reversal: rev.id, received_debit: rdId });
    expect((await cp.issuing.disputes.retrieve(dispute.id)).treasury).toEqual({ debit_reversal: rev.id, received_debit: rdId });
    const rd = await cp.treasury.receivedDebits.retrieve(rdId);
    expect(rd.linked_flows.debit_reversal).toBe(rev.id);

    const trxn = await cp.treasury.transactions.retrieve(String(rev.transaction));
    expect(trxn).toMatchObject({ flow_type: 'debit_reversal', flow: rev.id, status: 'posted', amount: 1_000, financial_account: fa.id });
    expect(await entries(trxn.id)).toEqual([{ type: 'debit_reversal', balance_impact: { cash: 1_000, inbound_pending: 0, outbound_pending: 0 } }]);
    // No Issuing balance transaction: the money came back to the financial account.
    expect(won.balance_transactions).toBeNull();

    const written = mock.store
      .all('event')
      .filter((e) => !before.has(e.id))
      .map((e) => e.type);
    expect(written).toEqual(expect.arrayContaining(['treasury.debit_reversal.created', 'treasury.debit_reversal.completed', 'issuing_dispute.closed']));
  });

  it('a rejected fraud challenge closes the authorization and releases its hold on the financial account', async () => {
    const { mock, cp, balance, entries, authorize } = await setup();
    const auth = await authorize(1_500);
    expect(await balance()).toEqual(at(8_500, 1_500));
    const stored = mock.store.get(auth.id)!;
    stored.fraud_challenges = [{ channel: 'sms', status: 'pending', undeliverable_reason: null }];
    const before = new Set(mock.store.all('event').map((e) => e.id));
    const res = await cp.testHelpers.issuing.authorizations.respond(auth.id, { confirmed: false });
    expect(res).toMatchObject({ approved: false, status: 'closed', verified_by_fraud_challenge: false });
    expect(await balance()).toEqual(at(10_000, 0));
    const trxn = await cp.treasury.transactions.retrieve(String(auth.treasury?.transaction));
    expect(trxn.status).toBe('void');
    expect((await entries(trxn.id)).map((e) => e.type)).toEqual(['issuing_authorization_hold', 'issuing_authorization_release']);
    const written = mock.store
      .all('event')
      .filter((e) => !before.has(e.id))
      .map((e) => e.type);
    expect(written).toContain('issuing_authorization.updated');
  });
});

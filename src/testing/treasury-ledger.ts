import { mustGet } from './crud.js';
import { treasuryDebitReversal, treasuryReceivedCredit, treasuryReceivedDebit } from './fixtures/treasury.js';
import { mockFail, type MockRequest } from './router.js';
import { now } from './values.js';

/*
 * The mock Treasury ledger. Every money movement opens a `treasury.transaction` on its financial
 * account and adds `treasury.transaction_entry` objects whose `balance_impact` is applied to the
 * account's `balance` (cash, inbound_pending, outbound_pending, per currency):
 *
 * - outbound transfer / payment: create → `processing` (cash −A, outbound_pending +A; refused with
 *   `insufficient_funds` when cash < A); post → `posted` (outbound_pending −A); fail / cancel →
 *   `failed` / `canceled` (money back, transaction `void`); return (from processing or posted) →
 *   `returned` with `returned_details` and a second, posted transaction crediting the money back.
 *   Cancel works only while `processing` (else 400 `invalid_request_error`).
 * - inbound transfer: create → `processing` (inbound_pending +A); succeed → cash +A; fail / cancel →
 *   inbound_pending −A; return (only when `succeeded`) → `returned: true` and a received debit (cash −A).
 * - received credit (test helper): `succeeded`, cash +A, posted at once (`failed` on a closed account).
 * - received debit (test helper): `succeeded`, cash −A (`failed` with `insufficient_funds` when cash < A).
 * - credit reversal: cash −A, stays `processing`; debit reversal: inbound_pending +A, stays `processing`.
 * - won dispute of card spend: a debit reversal of the spend's received debit (network `card`,
 *   `linked_flows.issuing_dispute`), `succeeded` at once, cash +A in a posted `debit_reversal` transaction.
 *
 * The Treasury routes (`routes/treasury-*.ts`, through `treasury-flows.ts`) and the Treasury test helpers (`routes/test-helpers-treasury-*.ts`)
 * both move money through the functions here.
 */

type Obj = Record<string, unknown>;
type Impact = { cash?: number; inbound_pending?: number; outbound_pending?: number };

export const FA = 'treasury.financial_account';

/** Answers 400 the way Stripe does for a missing required param. */
export function requireParam(params: Obj, name: string): string {
  const v = params[name];
  if (typeof v !== 'string' || v === '') {
    mockFail(400, 'invalid_request_error', `Missing required param: ${name}.`, { code: 'parameter_missing', param: name });
  }
  return v;
}

export function requireAmount(params: Obj): number {
  const v = params.amount;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    mockFail(400, 'invalid_request_error', 'Missing required param: amount.', { code: 'parameter_missing', param: 'amount' });
  }
  return v;
}

/** The open financial account named by `financial_account`, or a Stripe-style error. */
export function openAccount(req: MockRequest, id: string): Obj {
  const fa = mustGet(req, id, FA);
  if (fa.status !== 'open') mockFail(400, 'invalid_request_error', `The financial account ${id} is closed.`, { param: 'financial_account' });
  return fa;
}

export function balanceOf(fa: Obj, currency: string): { cash: number; inbound_pending: number; outbound_pending: number } {
  const b = fa.balance as Record<string, Record<string, number>>;
  return { cash: b.cash?.[currency] ?? 0, inbound_pending: b.inbound_pending?.[currency] ?? 0, outbound_pending: b.outbound_pending?.[currency] ?? 0 };
}

function applyImpact(fa: Obj, currency: string, impact: Impact): void {
  const b = fa.balance as Record<string, Record<string, number>>;
  for (const key of ['cash', 'inbound_pending', 'outbound_pending'] as const) {
    const d = impact[key] ?? 0;
    b[key] ??= {};
    b[key][currency] = (b[key][currency] ?? 0) + d;
  }
}

/** Opens a transaction on a financial account for a flow. */
export function openTransaction(req: MockRequest, fa: Obj, flow: { id: string; flowType: string; amount: number; currency: string; description: string }): Obj {
  return req.store.put({
    id: req.store.newId('trxn_'),
    object: 'treasury.transaction',
    amount: flow.amount,
    balance_impact: { cash: 0, inbound_pending: 0, outbound_pending: 0 },
    created: now(),
    currency: flow.currency,
    description: flow.description,
    financial_account: fa.id,
    flow: flow.id,
    flow_type: flow.flowType,
    livemode: false,
    status: 'open',
    status_transitions: { posted_at: null, void_at: null },
  });
}

/** Adds an entry to a transaction and applies its balance impact to the account. */
export function addEntry(req: MockRequest, trxn: Obj, type: string, impact: Impact): Obj {
  const fa = mustGet(req, String(trxn.financial_account), FA);
  const currency = String(trxn.currency);
  const full = { cash: impact.cash ?? 0, inbound_pending: impact.inbound_pending ?? 0, outbound_pending: impact.outbound_pending ?? 0 };
  applyImpact(fa, currency, full);
  const total = trxn.balance_impact as Record<string, number>;
  for (const k of ['cash', 'inbound_pending', 'outbound_pending'] as const) total[k] = (total[k] ?? 0) + full[k];
  return req.store.put({
    id: req.store.newId('trxne_'),
    object: 'treasury.transaction_entry',
    balance_impact: full,
    created: now(),
    currency,
    effective_at: now(),
    financial_account: fa.id,
    flow: trxn.flow,
    flow_type: trxn.flow_type,
    livemode: false,
    transaction: trxn.id,
    type,
  });
}

/** Marks a transaction `posted` or `void`. */
function settleTransaction(trxn: Obj, status: 'posted' | 'void'): void {
  trxn.status = status;
  (trxn.status_transitions as Obj)[status === 'posted' ? 'posted_at' : 'void_at'] = now();
}

function transactionOf(req: MockRequest, flow: Obj): Obj {
  return mustGet(req, String(flow.transaction), 'treasury.transaction');
}

function requireStatus(obj: Obj, allowed: readonly string[], action: string): void {
  if (!allowed.includes(String(obj.status))) {
    mockFail(400, 'invalid_request_error', `Cannot ${action} ${String(obj.id)}: its status is ${String(obj.status)} (must be ${allowed.join(' or ')}).`, {
      code: 'invalid_state',
    });
  }
}

/** Posts a processing outbound flow. */
export function postOutbound(req: MockRequest, obj: Obj, kind: 'outbound_transfer' | 'outbound_payment'): Obj {
  requireStatus(obj, ['processing'], 'post');
  const trxn = transactionOf(req, obj);
  addEntry(req, trxn, `${kind}_posting`, { outbound_pending: -Number(obj.amount) });
  settleTransaction(trxn, 'posted');
  obj.status = 'posted';
  obj.cancelable = false;
  (obj.status_transitions as Obj).posted_at = now();
  return obj;
}

/** Fails (or cancels) a processing outbound flow: the money goes back to cash. */
export function endOutbound(req: MockRequest, obj: Obj, kind: 'outbound_transfer' | 'outbound_payment', outcome: 'failed' | 'canceled'): Obj {
  requireStatus(obj, ['processing'], outcome === 'failed' ? 'fail' : 'cancel');
  if (outcome === 'canceled' && obj.cancelable !== true) {
    mockFail(400, 'invalid_request_error', `${String(obj.id)} can no longer be canceled.`, { code: 'invalid_state' });
  }
  const trxn = transactionOf(req, obj);
  const amount = Number(obj.amount);
  addEntry(req, trxn, `${kind}_${outcome === 'failed' ? 'failure' : 'cancellation'}`, { cash: amount, outbound_pending: -amount });
  settleTransaction(trxn, 'void');
  obj.status = outcome;
  obj.cancelable = false;
  (obj.status_transitions as Obj)[outcome === 'failed' ? 'failed_at' : 'canceled_at'] = now();
  return obj;
}

/** Returns a processing or posted outbound flow: posts it if needed, then credits the money back in a new transaction. */
export function returnOutbound(req: MockRequest, obj: Obj, kind: 'outbound_transfer' | 'outbound_payment', code: string): Obj {
  requireStatus(obj, ['processing', 'posted'], 'return');
  if (obj.status === 'processing') postOutbound(req, obj, kind);
  const fa = mustGet(req, String(obj.financial_account), FA);
  const amount = Number(obj.amount);
  const trxn = openTransaction(req, fa, { id: String(obj.id), flowType: kind, amount, currency: String(obj.currency), description: `Return of ${String(obj.id)}` });
  addEntry(req, trxn, `${kind}_return`, { cash: amount });
  settleTransaction(trxn, 'posted');
  obj.status = 'returned';
  obj.returned_details = { code, transaction: trxn.id };
  (obj.status_transitions as Obj).returned_at = now();
  return obj;
}

/** Succeeds a processing inbound transfer. */
export function succeedInbound(req: MockRequest, obj: Obj): Obj {
  requireStatus(obj, ['processing'], 'succeed');
  const trxn = transactionOf(req, obj);
  const amount = Number(obj.amount);
  addEntry(req, trxn, 'inbound_transfer', { cash: amount, inbound_pending: -amount });
  settleTransaction(trxn, 'posted');
  obj.status = 'succeeded';
  obj.cancelable = false;
  (obj.status_transitions as Obj).succeeded_at = now();
  return obj;
}

/** Fails or cancels a processing inbound transfer. */
export function endInbound(req: MockRequest, obj: Obj, outcome: 'failed' | 'canceled', code = 'other'): Obj {
  requireStatus(obj, ['processing'], outcome === 'failed' ? 'fail' : 'cancel');
  if (outcome === 'canceled' && obj.cancelable !== true) {
    mockFail(400, 'invalid_request_error', `${String(obj.id)} can no longer be canceled.`, { code: 'invalid_state' });
  }
  const trxn = transactionOf(req, obj);
  addEntry(req, trxn, 'inbound_transfer', { inbound_pending: -Number(obj.amount) });
  settleTransaction(trxn, 'void');
  obj.status = outcome;
  obj.cancelable = false;
  if (outcome === 'failed') obj.failure_details = { code };
  (obj.status_transitions as Obj)[outcome === 'failed' ? 'failed_at' : 'canceled_at'] = now();
  return obj;
}

/** Creates a received debit on an account, moving the money (or failing it) and recording its transaction. */
export function receiveDebit(
  req: MockRequest,
  fa: Obj,
  params: { amount: number; currency: string; network: string; description?: string; inboundTransfer?: string; card?: CardFlow },
): Obj {
  const id = req.store.newId('rd_');
  const rd: Obj = {
    ...treasuryReceivedDebit(),
    id,
    amount: params.amount,
    created: now(),
    currency: params.currency,
    description: params.description ?? (params.inboundTransfer ? `Return of ${params.inboundTransfer}` : 'Mock received debit'),
    financial_account: fa.id,
    hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
    linked_flows: {
      debit_reversal: null,
      inbound_transfer: params.inboundTransfer ?? null,
      issuing_authorization: params.card?.authorization ?? null,
      issuing_transaction: params.card?.transaction ?? null,
      payout: null,
      topup: null,
    },
    network: params.network,
    reversal_details: { deadline: now() + 5 * 86400, restricted_reason: params.card ? 'network_restricted' : null },
    transaction: null,
  };
  if (params.card) rd.initiating_payment_method_details = cardInitiating(params.card.card);
  // Card spend is never refused: a capture may take the account's cash below zero.
  if (!params.card && balanceOf(fa, params.currency).cash < params.amount) {
    rd.status = 'failed';
    rd.failure_code = 'insufficient_funds';
    rd.reversal_details = null;
    return req.store.put(rd);
  }
  const trxn = openTransaction(req, fa, { id, flowType: 'received_debit', amount: -params.amount, currency: params.currency, description: String(rd.description) });
  addEntry(req, trxn, params.inboundTransfer ? 'inbound_transfer_return' : 'received_debit', { cash: -params.amount });
  settleTransaction(trxn, 'posted');
  rd.transaction = trxn.id;
  return req.store.put(rd);
}

/** Returns a succeeded inbound transfer: `returned: true` and a received debit taking the money back. */
export function returnInbound(req: MockRequest, obj: Obj): Obj {
  requireStatus(obj, ['succeeded'], 'return');
  if (obj.returned === true) mockFail(400, 'invalid_request_error', `${String(obj.id)} was already returned.`, { code: 'invalid_state' });
  const fa = mustGet(req, String(obj.financial_account), FA);
  const rd = receiveDebit(req, fa, { amount: Number(obj.amount), currency: String(obj.currency), network: 'ach', inboundTransfer: String(obj.id) });
  obj.returned = true;
  obj.linked_flows = { received_debit: rd.id };
  return obj;
}

/** Creates a received credit on an account (failed on a closed account). */
export function receiveCredit(req: MockRequest, faId: string, params: { amount: number; currency: string; network: string; description?: string; card?: CardFlow }): Obj {
  const fa = mustGet(req, faId, FA);
  const id = req.store.newId('rc_');
  const rc: Obj = {
    ...treasuryReceivedCredit(),
    id,
    amount: params.amount,
    created: now(),
    currency: params.currency,
    description: params.description ?? 'Mock received credit',
    financial_account: faId,
    hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
    network: params.network,
    reversal_details: { deadline: now() + 5 * 86400, restricted_reason: params.network === 'ach' ? null : 'network_restricted' },
    transaction: null,
  };
  if (params.card) {
    rc.linked_flows = { ...(rc.linked_flows as Obj), issuing_authorization: params.card.authorization, issuing_transaction: params.card.transaction };
    rc.initiating_payment_method_details = cardInitiating(params.card.card);
  }
  if (fa.status !== 'open') {
    rc.status = 'failed';
    rc.failure_code = 'account_closed';
    rc.reversal_details = null;
    return req.store.put(rc);
  }
  const trxn = openTransaction(req, fa, { id, flowType: 'received_credit', amount: params.amount, currency: params.currency, description: String(rc.description) });
  addEntry(req, trxn, 'received_credit', { cash: params.amount });
  settleTransaction(trxn, 'posted');
  rc.transaction = trxn.id;
  return req.store.put(rc);
}

/*
 * Card spend on a financial account (Issuing on Treasury). An approved authorization opens a transaction
 * (`flow_type: 'issuing_authorization'`, `flow` the authorization) with an `issuing_authorization_hold`
 * entry (cash −A, outbound_pending +A); increments add holds; reversals, expiries and captures add
 * `issuing_authorization_release` entries (cash +A, outbound_pending −A), and once nothing is held the
 * transaction is `void` (it moved no money: the spend itself is a separate flow). A capture posts a
 * `treasury.received_debit` (network `card`), a refund a `treasury.received_credit` (network `card`),
 * each with its own posted transaction; `linked_flows` name the Issuing transaction and authorization.
 */

/** The Issuing objects a card-network received credit or debit stems from. */
interface CardFlow {
  card: string;
  authorization: string | null;
  transaction: string;
}

function cardInitiating(card: string): Obj {
  return {
    billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null },
    issuing_card: card,
    type: 'issuing_card',
  };
}

/** The authorization's `treasury` field, created empty on first use. */
function authTreasury(auth: Obj): { received_credits: string[]; received_debits: string[]; transaction: string | null } {
  const t = auth.treasury as { received_credits: string[]; received_debits: string[]; transaction: string | null } | null | undefined;
  if (t) return t;
  const fresh = { received_credits: [] as string[], received_debits: [] as string[], transaction: null as string | null };
  auth.treasury = fresh;
  return fresh;
}

function authTransaction(req: MockRequest, auth: Obj): Obj | undefined {
  const t = auth.treasury as { transaction?: unknown } | null | undefined;
  return typeof t?.transaction === 'string' ? req.store.get(t.transaction) : undefined;
}

/** Holds `amount` of the account's cash for an authorization (opening its transaction on the first hold). */
export function holdForAuthorization(req: MockRequest, fa: Obj, auth: Obj, amount: number): void {
  const t = authTreasury(auth);
  let trxn = authTransaction(req, auth);
  if (!trxn) {
    trxn = openTransaction(req, fa, {
      id: String(auth.id),
      flowType: 'issuing_authorization',
      amount: 0,
      currency: String(auth.currency),
      description: `Issuing authorization ${String(auth.id)}`,
    });
    t.transaction = String(trxn.id);
  }
  if (amount <= 0) return;
  addEntry(req, trxn, 'issuing_authorization_hold', { cash: -amount, outbound_pending: amount });
  trxn.amount = Number(trxn.amount) - amount;
}

/** Releases `amount` (all of it when omitted) of what an authorization holds; the transaction is `void` once nothing is held. */
export function releaseAuthorization(req: MockRequest, auth: Obj, amount?: number): void {
  const trxn = authTransaction(req, auth);
  if (!trxn || trxn.status !== 'open') return;
  const held = Number((trxn.balance_impact as Record<string, number>).outbound_pending);
  const release = Math.max(0, Math.min(amount ?? held, held));
  if (release > 0) addEntry(req, trxn, 'issuing_authorization_release', { cash: release, outbound_pending: -release });
  if (held - release <= 0) settleTransaction(trxn, 'void');
}

/** Posts a capture (or force capture) on a financial account as a card received debit; returns it. */
export function debitCardSpend(req: MockRequest, fa: Obj, txn: Obj, auth: Obj | undefined): Obj {
  const flow: CardFlow = { card: String(txn.card), authorization: auth ? String(auth.id) : null, transaction: String(txn.id) };
  const merchant = (txn.merchant_data as Obj | undefined)?.name;
  const rd = receiveDebit(req, fa, {
    amount: Math.abs(Number(txn.amount)),
    currency: String(txn.currency),
    network: 'card',
    description: typeof merchant === 'string' ? merchant : `Issuing transaction ${String(txn.id)}`,
    card: flow,
  });
  txn.treasury = { received_credit: null, received_debit: rd.id };
  if (auth) authTreasury(auth).received_debits.push(String(rd.id));
  return rd;
}

/** Posts a refund on a financial account as a card received credit; returns it. */
export function creditCardRefund(req: MockRequest, fa: Obj, txn: Obj, auth: Obj | undefined): Obj {
  const flow: CardFlow = { card: String(txn.card), authorization: auth ? String(auth.id) : null, transaction: String(txn.id) };
  const merchant = (txn.merchant_data as Obj | undefined)?.name;
  const rc = receiveCredit(req, String(fa.id), {
    amount: Math.abs(Number(txn.amount)),
    currency: String(txn.currency),
    network: 'card',
    description: typeof merchant === 'string' ? `Refund from ${merchant}` : `Issuing refund ${String(txn.id)}`,
    card: flow,
  });
  txn.treasury = { received_credit: rc.id, received_debit: null };
  if (auth) authTreasury(auth).received_credits.push(String(rc.id));
  return rc;
}

/**
 * Reverses `amount` of a card spend's received debit for a won Issuing dispute, as Stripe does on Treasury: a
 * `treasury.debit_reversal` (network `card`, `linked_flows.issuing_dispute` the dispute, `succeeded` at once in
 * test mode) with a posted `debit_reversal` transaction crediting `balance.cash`; the received debit's
 * `linked_flows.debit_reversal` names it and the dispute's `treasury` field links both. Returns the reversal.
 */
export function reverseCardSpendDebit(req: MockRequest, rd: Obj, dispute: Obj, amount: number): Obj {
  const fa = mustGet(req, String(rd.financial_account), FA);
  const id = req.store.newId('debrev_');
  const currency = String(rd.currency);
  const trxn = openTransaction(req, fa, { id, flowType: 'debit_reversal', amount, currency, description: `Reversal of ${String(rd.id)}` });
  addEntry(req, trxn, 'debit_reversal', { cash: amount });
  settleTransaction(trxn, 'posted');
  (rd.linked_flows as Obj).debit_reversal = id;
  if (rd.reversal_details) (rd.reversal_details as Obj).restricted_reason = 'already_reversed';
  dispute.treasury = { debit_reversal: id, received_debit: rd.id };
  return req.store.put({
    ...treasuryDebitReversal(),
    id,
    amount,
    created: now(),
    currency,
    financial_account: fa.id,
    hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
    linked_flows: { issuing_dispute: dispute.id },
    metadata: {},
    network: 'card',
    received_debit: rd.id,
    status: 'succeeded',
    status_transitions: { completed_at: now() },
    transaction: trxn.id,
  });
}

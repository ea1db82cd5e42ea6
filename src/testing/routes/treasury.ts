import { mergeMetadata, mustGet, v1List } from '../crud.js';
import {
  treasuryCreditReversal,
  treasuryDebitReversal,
  treasuryFinancialAccount,
  treasuryInboundTransfer,
  treasuryOutboundPayment,
  treasuryOutboundTransfer,
  treasuryReceivedCredit,
  treasuryReceivedDebit,
} from '../fixtures/treasury.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';

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
 *
 * Financial account features: create and update set newly requested features `pending` (code
 * `activating`); updateFeatures makes the named requested features `active`; `requested: false`
 * removes a feature. The `active_features` / `pending_features` / `restricted_features` arrays of the
 * account follow the features object, and an active `financial_addresses.aba` adds an ABA address.
 * Closing requires a zero cash balance and restricts every feature (`financial_account_closed`).
 */

type Obj = Record<string, unknown>;
type Impact = { cash?: number; inbound_pending?: number; outbound_pending?: number };

const now = (): number => Math.floor(Date.now() / 1000);
const FA = 'treasury.financial_account';
const FEATURES = 'treasury.financial_account_features';

/** Answers 400 the way Stripe does for a missing required param. */
export function requireParam(params: Obj, name: string): string {
  const v = params[name];
  if (typeof v !== 'string' || v === '') {
    mockFail(400, 'invalid_request_error', `Missing required param: ${name}.`, { code: 'parameter_missing', param: name });
  }
  return v;
}

function requireAmount(params: Obj): number {
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

function balanceOf(fa: Obj, currency: string): { cash: number; inbound_pending: number; outbound_pending: number } {
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
function openTransaction(req: MockRequest, fa: Obj, flow: { id: string; flowType: string; amount: number; currency: string; description: string }): Obj {
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
function addEntry(req: MockRequest, trxn: Obj, type: string, impact: Impact): Obj {
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

// ------------------------------------------------------------------ financial account features

const FEATURE_PATHS: readonly (readonly string[])[] = [
  ['card_issuing'],
  ['deposit_insurance'],
  ['financial_addresses', 'aba'],
  ['inbound_transfers', 'ach'],
  ['intra_stripe_flows'],
  ['outbound_payments', 'ach'],
  ['outbound_payments', 'us_domestic_wire'],
  ['outbound_transfers', 'ach'],
  ['outbound_transfers', 'us_domestic_wire'],
];

function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = node && typeof node === 'object' ? (node as Obj)[key] : undefined;
  return node;
}

function setAt(root: Obj, path: readonly string[], value: Obj | undefined): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    if (value === undefined) delete root[head];
    else root[head] = value;
    return;
  }
  const child = (root[head] as Obj | undefined) ?? {};
  setAt(child, rest, value);
  if (Object.keys(child).length === 0) delete root[head];
  else root[head] = child;
}

function featuresOf(req: MockRequest, faId: string): Obj {
  const found = req.store.get(`fafeatures_${faId}`);
  if (found) return found;
  return req.store.put({ id: `fafeatures_${faId}`, object: FEATURES });
}

/** Applies `{ feature: { requested } }` params: new requests become `mode` (an active feature stays active). */
function requestFeatures(features: Obj, params: unknown, mode: 'pending' | 'active'): void {
  for (const path of FEATURE_PATHS) {
    const req = at(params, path) as { requested?: unknown } | undefined;
    if (!req || typeof req.requested !== 'boolean') continue;
    if (!req.requested) {
      setAt(features, path, undefined);
      continue;
    }
    const current = at(features, path) as Obj | undefined;
    if (mode === 'pending' && current?.status === 'active') continue;
    setAt(features, path, {
      requested: true,
      status: mode,
      status_details: mode === 'pending' ? [{ code: 'activating', resolution: null }] : [],
    });
  }
}

/** Recomputes the feature arrays (and the ABA address) of an account from its features object. */
function syncFeatureLists(fa: Obj, features: Obj): void {
  const lists: Record<string, string[]> = { active: [], pending: [], restricted: [] };
  for (const path of FEATURE_PATHS) {
    const state = at(features, path) as Obj | undefined;
    if (state && typeof state.status === 'string') lists[state.status]?.push(path.join('.'));
  }
  fa.active_features = lists.active;
  fa.pending_features = lists.pending;
  fa.restricted_features = lists.restricted;
  const addresses = fa.financial_addresses as Obj[];
  if (lists.active?.includes('financial_addresses.aba') && addresses.length === 0) {
    addresses.push({
      aba: {
        account_holder_name: 'Cardplane Mock Holder',
        account_number_last4: String(fa.id).slice(-4).padStart(4, '0'),
        bank_name: 'CARDPLANE TEST BANK',
        routing_number: '0000000001',
      },
      supported_networks: ['ach', 'us_domestic_wire'],
      type: 'aba',
    });
  }
}

function publicFeatures(features: Obj): Obj {
  const { id: _id, ...rest } = features;
  return rest;
}

function applyAccountParams(fa: Obj, params: Obj): void {
  if (params.metadata !== undefined) fa.metadata = mergeMetadata(fa.metadata, params.metadata);
  if (params.nickname !== undefined) fa.nickname = params.nickname === '' ? null : params.nickname;
  if (params.platform_restrictions && typeof params.platform_restrictions === 'object') {
    fa.platform_restrictions = { ...(fa.platform_restrictions as Obj), ...(params.platform_restrictions as Obj) };
  }
}

const financialAccountRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts',
    handle: (req) => {
      const currencies = req.body.supported_currencies;
      if (!Array.isArray(currencies) || currencies.length === 0) {
        mockFail(400, 'invalid_request_error', 'Missing required param: supported_currencies.', { code: 'parameter_missing', param: 'supported_currencies' });
      }
      const zero = Object.fromEntries(currencies.map((c) => [String(c), 0]));
      const fa: Obj = {
        ...treasuryFinancialAccount(),
        id: req.store.newId('fa_'),
        created: now(),
        balance: { cash: { ...zero }, inbound_pending: { ...zero }, outbound_pending: { ...zero } },
        financial_addresses: [],
        metadata: {},
        supported_currencies: currencies.map(String),
      };
      applyAccountParams(fa, req.body);
      req.store.put(fa);
      const features = featuresOf(req, String(fa.id));
      requestFeatures(features, req.body.features, 'pending');
      syncFeatureLists(fa, features);
      return fa;
    },
  },
  { method: 'GET', path: '/v1/treasury/financial_accounts/:id', handle: (req) => mustGet(req, req.params.id ?? '', FA) },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id',
    handle: (req) => {
      const fa = mustGet(req, req.params.id ?? '', FA);
      applyAccountParams(fa, req.body);
      if (req.body.features) {
        const features = featuresOf(req, String(fa.id));
        requestFeatures(features, req.body.features, 'pending');
        syncFeatureLists(fa, features);
      }
      return fa;
    },
  },
  {
    method: 'GET',
    path: '/v1/treasury/financial_accounts',
    handle: (req) => {
      let items = req.store.all(FA);
      if (req.query.status !== undefined) items = items.filter((o) => o.status === req.query.status);
      return v1List('/v1/treasury/financial_accounts', items, req.query);
    },
  },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id/close',
    handle: (req) => {
      const fa = openAccount(req, req.params.id ?? '');
      const cash = Object.values((fa.balance as Record<string, Record<string, number>>).cash ?? {}).some((v) => v !== 0);
      if (cash) mockFail(400, 'invalid_request_error', 'A financial account can only be closed with a zero balance.', { code: 'balance_not_zero' });
      fa.status = 'closed';
      fa.status_details = { closed: { reasons: ['closed_by_platform'] } };
      const features = featuresOf(req, String(fa.id));
      for (const path of FEATURE_PATHS) {
        const state = at(features, path) as Obj | undefined;
        if (state) setAt(features, path, { ...state, status: 'restricted', status_details: [{ code: 'financial_account_closed', resolution: null }] });
      }
      syncFeatureLists(fa, features);
      return fa;
    },
  },
  {
    method: 'GET',
    path: '/v1/treasury/financial_accounts/:id/features',
    handle: (req) => {
      const fa = mustGet(req, req.params.id ?? '', FA);
      return publicFeatures(featuresOf(req, String(fa.id)));
    },
  },
  {
    method: 'POST',
    path: '/v1/treasury/financial_accounts/:id/features',
    handle: (req) => {
      const fa = openAccount(req, req.params.id ?? '');
      const features = featuresOf(req, String(fa.id));
      requestFeatures(features, req.body, 'active');
      syncFeatureLists(fa, features);
      return publicFeatures(features);
    },
  },
];

// ------------------------------------------------------------------ outbound transfers and payments

/** The two outbound flows share their life cycle; `kind` names the object and the entry types. */
interface OutboundKind {
  object: string;
  collection: string;
  idPrefix: string;
  flowType: 'outbound_transfer' | 'outbound_payment';
  fixture: () => Obj;
}

const OUTBOUND_TRANSFER: OutboundKind = {
  object: 'treasury.outbound_transfer',
  collection: '/v1/treasury/outbound_transfers',
  idPrefix: 'obt_',
  flowType: 'outbound_transfer',
  fixture: treasuryOutboundTransfer,
};
const OUTBOUND_PAYMENT: OutboundKind = {
  object: 'treasury.outbound_payment',
  collection: '/v1/treasury/outbound_payments',
  idPrefix: 'obp_',
  flowType: 'outbound_payment',
  fixture: treasuryOutboundPayment,
};

function destinationDetails(params: Obj, base: Obj): Obj {
  const data = params.destination_payment_method_data as Obj | undefined;
  const network = (at(params, ['destination_payment_method_options', 'us_bank_account', 'network']) as string | undefined) ?? 'ach';
  if (data?.type === 'financial_account') {
    return {
      billing_details: { address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }, email: null, name: null },
      financial_account: { id: String(data.financial_account ?? 'fa_mock_destination'), network: 'stripe' },
      type: 'financial_account',
    };
  }
  const details = structuredClone(base);
  const bank = details.us_bank_account as Obj | undefined;
  if (bank) {
    bank.network = network;
    const us = data?.us_bank_account as Obj | undefined;
    // Digit strings arrive coerced to numbers by the mock's form decoder.
    if (us?.account_number !== undefined) bank.last4 = String(us.account_number).slice(-4).padStart(4, '0');
    if (us?.routing_number !== undefined) bank.routing_number = String(us.routing_number).padStart(9, '0');
    if (typeof us?.account_holder_type === 'string') bank.account_holder_type = us.account_holder_type;
    if (typeof us?.account_type === 'string') bank.account_type = us.account_type;
  }
  const name = at(data, ['billing_details', 'name']);
  if (typeof name === 'string') (details.billing_details as Obj).name = name;
  return details;
}

function createOutbound(req: MockRequest, kind: OutboundKind): Obj {
  const faId = requireParam(req.body, 'financial_account');
  const amount = requireAmount(req.body);
  const currency = requireParam(req.body, 'currency');
  const fa = openAccount(req, faId);
  if (!req.body.destination_payment_method && !req.body.destination_payment_method_data) {
    mockFail(400, 'invalid_request_error', 'Provide destination_payment_method or destination_payment_method_data.', { param: 'destination_payment_method' });
  }
  if (balanceOf(fa, currency).cash < amount) {
    mockFail(400, 'invalid_request_error', 'The financial account does not have enough funds for this amount.', { code: 'insufficient_funds', param: 'amount' });
  }
  const template = kind.fixture();
  const id = req.store.newId(kind.idPrefix);
  const obj: Obj = {
    ...template,
    id,
    amount,
    cancelable: true,
    created: now(),
    currency,
    description: typeof req.body.description === 'string' ? req.body.description : null,
    destination_payment_method: typeof req.body.destination_payment_method === 'string' ? req.body.destination_payment_method : null,
    destination_payment_method_details: destinationDetails(req.body, template.destination_payment_method_details as Obj),
    expected_arrival_date: now() + 2 * 86400,
    financial_account: faId,
    hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
    metadata: mergeMetadata({}, req.body.metadata),
    returned_details: null,
    statement_descriptor: typeof req.body.statement_descriptor === 'string' ? req.body.statement_descriptor : kind.flowType === 'outbound_transfer' ? 'transfer' : 'payment',
    status: 'processing',
    status_transitions: { canceled_at: null, failed_at: null, posted_at: null, returned_at: null },
    tracking_details: null,
  };
  if (kind.flowType === 'outbound_payment') {
    obj.customer = typeof req.body.customer === 'string' ? req.body.customer : null;
    const eud = req.body.end_user_details as Obj | undefined;
    obj.end_user_details = { ip_address: typeof eud?.ip_address === 'string' ? eud.ip_address : null, present: eud?.present === true };
  }
  const trxn = openTransaction(req, fa, { id, flowType: kind.flowType, amount: -amount, currency, description: String(obj.description ?? kind.flowType) });
  addEntry(req, trxn, kind.flowType, { cash: -amount, outbound_pending: amount });
  obj.transaction = trxn.id;
  return req.store.put(obj);
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

function outboundRoutes(kind: OutboundKind): MockRoute[] {
  return [
    { method: 'POST', path: kind.collection, handle: (req) => createOutbound(req, kind) },
    { method: 'GET', path: `${kind.collection}/:id`, handle: (req) => mustGet(req, req.params.id ?? '', kind.object) },
    { method: 'GET', path: kind.collection, handle: (req) => listOf(req, kind.object, kind.collection, ['status', 'customer']) },
    {
      method: 'POST',
      path: `${kind.collection}/:id/cancel`,
      handle: (req) => endOutbound(req, mustGet(req, req.params.id ?? '', kind.object), kind.flowType, 'canceled'),
    },
  ];
}

/** A v1 list of one object type, filtered by a required `financial_account` and equality filters. */
function listOf(req: MockRequest, object: string, url: string, filters: readonly string[]): Obj {
  const fa = requireParam(req.query, 'financial_account');
  let items = req.store.all(object).filter((o) => o.financial_account === fa);
  for (const f of filters) {
    if (req.query[f] !== undefined) items = items.filter((o) => o[f] === req.query[f]);
  }
  return v1List(url, items, req.query);
}

// ------------------------------------------------------------------ inbound transfers

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
export function receiveDebit(req: MockRequest, fa: Obj, params: { amount: number; currency: string; network: string; description?: string; inboundTransfer?: string }): Obj {
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
    linked_flows: { debit_reversal: null, inbound_transfer: params.inboundTransfer ?? null, issuing_authorization: null, issuing_transaction: null, payout: null, topup: null },
    network: params.network,
    reversal_details: { deadline: now() + 5 * 86400, restricted_reason: null },
    transaction: null,
  };
  if (balanceOf(fa, params.currency).cash < params.amount) {
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

const inboundTransferRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/treasury/inbound_transfers',
    handle: (req) => {
      const faId = requireParam(req.body, 'financial_account');
      const amount = requireAmount(req.body);
      const currency = requireParam(req.body, 'currency');
      const pm = requireParam(req.body, 'origin_payment_method');
      const fa = openAccount(req, faId);
      const id = req.store.newId('ibt_');
      const obj: Obj = {
        ...treasuryInboundTransfer(),
        id,
        amount,
        cancelable: true,
        created: now(),
        currency,
        description: typeof req.body.description === 'string' ? req.body.description : null,
        failure_details: null,
        financial_account: faId,
        hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
        metadata: mergeMetadata({}, req.body.metadata),
        origin_payment_method: pm,
        statement_descriptor: typeof req.body.statement_descriptor === 'string' ? req.body.statement_descriptor : 'transfer',
      };
      const trxn = openTransaction(req, fa, { id, flowType: 'inbound_transfer', amount, currency, description: String(obj.description ?? 'Inbound transfer') });
      addEntry(req, trxn, 'inbound_transfer', { inbound_pending: amount });
      obj.transaction = trxn.id;
      return req.store.put(obj);
    },
  },
  { method: 'GET', path: '/v1/treasury/inbound_transfers/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer') },
  { method: 'GET', path: '/v1/treasury/inbound_transfers', handle: (req) => listOf(req, 'treasury.inbound_transfer', '/v1/treasury/inbound_transfers', ['status']) },
  {
    method: 'POST',
    path: '/v1/treasury/inbound_transfers/:id/cancel',
    handle: (req) => endInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer'), 'canceled'),
  },
];

// ------------------------------------------------------------------ received credits / debits, reversals

/** Creates a received credit on an account (failed on a closed account). */
export function receiveCredit(req: MockRequest, faId: string, params: { amount: number; currency: string; network: string; description?: string }): Obj {
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

const receivedRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/received_credits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_credit') },
  {
    method: 'GET',
    path: '/v1/treasury/received_credits',
    handle: (req) => {
      const page = listOf(req, 'treasury.received_credit', '/v1/treasury/received_credits', ['status']);
      const type = at(req.query, ['linked_flows', 'source_flow_type']);
      if (type !== undefined) page.data = (page.data as Obj[]).filter((o) => (o.linked_flows as Obj).source_flow_type === type);
      return page;
    },
  },
  { method: 'GET', path: '/v1/treasury/received_debits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_debit') },
  { method: 'GET', path: '/v1/treasury/received_debits', handle: (req) => listOf(req, 'treasury.received_debit', '/v1/treasury/received_debits', ['status']) },
  ...reversalRoutes({
    kind: 'credit',
    idPrefix: 'credrev_',
    fixture: treasuryCreditReversal,
    sign: -1,
    bucket: 'cash',
    network: (n) => (n === 'stripe' ? 'stripe' : 'ach'),
  }),
  ...reversalRoutes({
    kind: 'debit',
    idPrefix: 'debrev_',
    fixture: treasuryDebitReversal,
    sign: 1,
    bucket: 'inbound_pending',
    network: (n) => (n === 'card' ? 'card' : 'ach'),
  }),
];

// ------------------------------------------------------------------ transactions and entries

const transactionRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/transactions/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.transaction') },
  { method: 'GET', path: '/v1/treasury/transactions', handle: (req) => listOf(req, 'treasury.transaction', '/v1/treasury/transactions', ['status']) },
  { method: 'GET', path: '/v1/treasury/transaction_entries/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.transaction_entry') },
  {
    method: 'GET',
    path: '/v1/treasury/transaction_entries',
    handle: (req) => listOf(req, 'treasury.transaction_entry', '/v1/treasury/transaction_entries', ['transaction']),
  },
];

/** What differs between credit reversals (money leaves the account) and debit reversals (money comes back, pending). */
interface ReversalSpec {
  kind: 'credit' | 'debit';
  idPrefix: string;
  fixture: () => Obj;
  /** Sign of the transaction amount. */
  sign: 1 | -1;
  /** Balance bucket the entry moves. */
  bucket: 'cash' | 'inbound_pending';
  /** Network of the reversal, from the received flow's network. */
  network: (received: unknown) => string;
}

/** create / retrieve / list of `treasury.<kind>_reversal`, reversing a succeeded `received_<kind>` once. */
function reversalRoutes(spec: ReversalSpec): MockRoute[] {
  const received = `received_${spec.kind}`;
  const object = `treasury.${spec.kind}_reversal`;
  const flow = `${spec.kind}_reversal`;
  const collection = `/v1/treasury/${spec.kind}_reversals`;
  return [
    {
      method: 'POST',
      path: collection,
      handle: (req) => {
        const rx = mustGet(req, requireParam(req.body, received), `treasury.${received}`);
        const links = rx.linked_flows as Obj;
        if (rx.status !== 'succeeded' || links[flow] || (rx.reversal_details as Obj | null)?.restricted_reason) {
          mockFail(400, 'invalid_request_error', `The received ${spec.kind} ${String(rx.id)} cannot be reversed.`, { code: 'invalid_state', param: received });
        }
        const fa = openAccount(req, String(rx.financial_account));
        const id = req.store.newId(spec.idPrefix);
        const amount = Number(rx.amount);
        const trxn = openTransaction(req, fa, { id, flowType: flow, amount: spec.sign * amount, currency: String(rx.currency), description: `Reversal of ${String(rx.id)}` });
        addEntry(req, trxn, flow, { [spec.bucket]: spec.sign * amount });
        links[flow] = id;
        (rx.reversal_details as Obj).restricted_reason = 'already_reversed';
        return req.store.put({
          ...spec.fixture(),
          id,
          amount,
          created: now(),
          currency: rx.currency,
          financial_account: fa.id,
          hosted_regulatory_receipt_url: `https://example.com/cardplane/receipts/${id}`,
          metadata: mergeMetadata({}, req.body.metadata),
          network: spec.network(rx.network),
          [received]: rx.id,
          transaction: trxn.id,
        });
      },
    },
    { method: 'GET', path: `${collection}/:id`, handle: (req) => mustGet(req, req.params.id ?? '', object) },
    { method: 'GET', path: collection, handle: (req) => listOf(req, object, collection, ['status', received]) },
  ];
}

/** Mock routes of the Treasury resources: a small stateful ledger on the in-memory store (see the comment above). */
export const treasuryRoutes: MockRoute[] = [
  ...financialAccountRoutes,
  ...inboundTransferRoutes,
  ...outboundRoutes(OUTBOUND_TRANSFER),
  ...outboundRoutes(OUTBOUND_PAYMENT),
  ...receivedRoutes,
  ...transactionRoutes,
];

import { mergeMetadata, mustGet } from '../crud.js';
import { listOf, type ListFilter } from '../list.js';
import {
  treasuryCreditReversal,
  treasuryDebitReversal,
  treasuryFinancialAccount,
  treasuryInboundTransfer,
  treasuryOutboundPayment,
  treasuryOutboundTransfer,
} from '../fixtures/treasury.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { addEntry, balanceOf, endInbound, endOutbound, FA, openAccount, openTransaction, requireAmount, requireParam } from '../treasury-ledger.js';
import { now } from '../values.js';

/*
 * Mock routes of the Treasury resources. The money moves through the ledger in `../treasury-ledger.ts`
 * (transactions, entries and balances; see its comment).
 *
 * Financial account features: create and update set newly requested features `pending` (code
 * `activating`); updateFeatures makes the named requested features `active`; `requested: false`
 * removes a feature. The `active_features` / `pending_features` / `restricted_features` arrays of the
 * account follow the features object, and an active `financial_addresses.aba` adds an ABA address.
 * Closing requires a zero cash balance and restricts every feature (`financial_account_closed`).
 */

type Obj = Record<string, unknown>;

const FEATURES = 'treasury.financial_account_features';

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
    handle: (req) => listOf(req, '/v1/treasury/financial_accounts', req.store.all(FA), { filters: ['created', 'status'] }),
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

function outboundRoutes(kind: OutboundKind): MockRoute[] {
  return [
    { method: 'POST', path: kind.collection, handle: (req) => createOutbound(req, kind) },
    { method: 'GET', path: `${kind.collection}/:id`, handle: (req) => mustGet(req, req.params.id ?? '', kind.object) },
    { method: 'GET', path: kind.collection, handle: (req) => treasuryList(req, kind.object, kind.collection, ['status', 'customer']) },
    {
      method: 'POST',
      path: `${kind.collection}/:id/cancel`,
      handle: (req) => endOutbound(req, mustGet(req, req.params.id ?? '', kind.object), kind.flowType, 'canceled'),
    },
  ];
}

/** A v1 list of one Treasury object type: `financial_account` required (as Stripe), `created` and `filters`. */
function treasuryList(req: MockRequest, object: string, url: string, filters: readonly ListFilter[]): Obj {
  return listOf(req, url, req.store.all(object), { filters: [{ param: 'financial_account', required: true }, 'created', ...filters] });
}

// ------------------------------------------------------------------ inbound transfers

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
  { method: 'GET', path: '/v1/treasury/inbound_transfers', handle: (req) => treasuryList(req, 'treasury.inbound_transfer', '/v1/treasury/inbound_transfers', ['status']) },
  {
    method: 'POST',
    path: '/v1/treasury/inbound_transfers/:id/cancel',
    handle: (req) => endInbound(req, mustGet(req, req.params.id ?? '', 'treasury.inbound_transfer'), 'canceled'),
  },
];

// ------------------------------------------------------------------ received credits / debits, reversals

const receivedRoutes: MockRoute[] = [
  { method: 'GET', path: '/v1/treasury/received_credits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_credit') },
  {
    method: 'GET',
    path: '/v1/treasury/received_credits',
    // Filtered before paging: a page holds only matching credits.
    handle: (req) => treasuryList(req, 'treasury.received_credit', '/v1/treasury/received_credits', ['status', 'linked_flows.source_flow_type']),
  },
  { method: 'GET', path: '/v1/treasury/received_debits/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.received_debit') },
  { method: 'GET', path: '/v1/treasury/received_debits', handle: (req) => treasuryList(req, 'treasury.received_debit', '/v1/treasury/received_debits', ['status']) },
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
  {
    method: 'GET',
    path: '/v1/treasury/transactions',
    handle: (req) => treasuryList(req, 'treasury.transaction', '/v1/treasury/transactions', ['status', 'status_transitions.posted_at']),
  },
  { method: 'GET', path: '/v1/treasury/transaction_entries/:id', handle: (req) => mustGet(req, req.params.id ?? '', 'treasury.transaction_entry') },
  {
    method: 'GET',
    path: '/v1/treasury/transaction_entries',
    handle: (req) => treasuryList(req, 'treasury.transaction_entry', '/v1/treasury/transaction_entries', ['transaction', 'effective_at']),
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
    { method: 'GET', path: collection, handle: (req) => treasuryList(req, object, collection, ['status', received]) },
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

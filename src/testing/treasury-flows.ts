import { mergeMetadata, mustGet } from './crud.js';
import { listOf, type ListFilter } from './list.js';
import { treasuryOutboundPayment, treasuryOutboundTransfer } from './fixtures/treasury.js';
import { mockFail, type MockRequest, type MockRoute } from './router.js';
import { now } from './values.js';
import { addEntry, balanceOf, endOutbound, openAccount, openTransaction, postOutbound, requireAmount, requireParam, returnOutbound } from './treasury-ledger.js';

/*
 * Route factories and helpers shared by the Treasury route files (`routes/treasury-*.ts`): the outbound
 * transfers and payments share their life cycle, credit and debit reversals their create / retrieve / list,
 * and every Treasury list its `financial_account` filter. The money moves through `./treasury-ledger.ts`.
 */

type Obj = Record<string, unknown>;

/** The value at a path of nested objects (undefined when a step is missing). */
export function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const key of path) node = node && typeof node === 'object' ? (node as Obj)[key] : undefined;
  return node;
}

// ------------------------------------------------------------------ outbound transfers and payments

/** The two outbound flows share their life cycle; `kind` names the object and the entry types. */
interface OutboundKind {
  object: string;
  collection: string;
  idPrefix: string;
  flowType: 'outbound_transfer' | 'outbound_payment';
  fixture: () => Obj;
}

export const OUTBOUND_TRANSFER: OutboundKind = {
  object: 'treasury.outbound_transfer',
  collection: '/v1/treasury/outbound_transfers',
  idPrefix: 'obt_',
  flowType: 'outbound_transfer',
  fixture: treasuryOutboundTransfer,
};
export const OUTBOUND_PAYMENT: OutboundKind = {
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

/** create / retrieve / list / cancel of one outbound flow. */
export function outboundRoutes(kind: OutboundKind): MockRoute[] {
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
export function treasuryList(req: MockRequest, object: string, url: string, filters: readonly ListFilter[]): Obj {
  return listOf(req, url, req.store.all(object), { filters: [{ param: 'financial_account', required: true }, 'created', ...filters] });
}

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
export function reversalRoutes(spec: ReversalSpec): MockRoute[] {
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

// ------------------------------------------------------------------ test helpers

/** The path of the Treasury test helpers. */
export const BASE = '/v1/test_helpers/treasury';

/** The positive integer `amount` param, or 400. */
export function amountOf(req: MockRequest): number {
  const v = req.body.amount;
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    mockFail(400, 'invalid_request_error', 'Missing required param: amount.', { code: 'parameter_missing', param: 'amount' });
  }
  return v;
}

/** The `code` of a test helper's `failure_details` / `returned_details` param (with its default). */
export function code(req: MockRequest, key: 'failure_details' | 'returned_details'): string {
  const c = (req.body[key] as Obj | undefined)?.code;
  return typeof c === 'string' ? c : key === 'failure_details' ? 'other' : 'declined';
}

/** Sets tracking details; refused on canceled or failed flows. Makes the flow no longer cancelable. */
function track(obj: Obj, req: MockRequest): Obj {
  if (obj.status === 'canceled' || obj.status === 'failed') {
    mockFail(400, 'invalid_request_error', `Cannot update ${String(obj.id)}: its status is ${String(obj.status)}.`, { code: 'invalid_state' });
  }
  const td = req.body.tracking_details as Obj | undefined;
  if (!td || typeof td.type !== 'string') {
    mockFail(400, 'invalid_request_error', 'Missing required param: tracking_details[type].', { code: 'parameter_missing', param: 'tracking_details[type]' });
  }
  const out: Obj = { type: td.type };
  if (td.ach) out.ach = td.ach;
  if (td.us_domestic_wire) {
    const w = td.us_domestic_wire as Obj;
    out.us_domestic_wire = { chips: w.chips ?? null, imad: w.imad ?? null, omad: w.omad ?? null };
  }
  obj.tracking_details = out;
  obj.cancelable = false;
  return obj;
}

/** The test helpers of one outbound flow: update tracking, fail, post, return. */
export function outboundTestHelperRoutes(kind: 'outbound_transfer' | 'outbound_payment'): MockRoute[] {
  const object = `treasury.${kind}`;
  const path = `${BASE}/${kind}s/:id`;
  const get = (req: MockRequest): Obj => mustGet(req, req.params.id ?? '', object);
  return [
    { method: 'POST', path, handle: (req) => track(get(req), req) },
    { method: 'POST', path: `${path}/fail`, handle: (req) => endOutbound(req, get(req), kind, 'failed') },
    { method: 'POST', path: `${path}/post`, handle: (req) => postOutbound(req, get(req), kind) },
    { method: 'POST', path: `${path}/return`, handle: (req) => returnOutbound(req, get(req), kind, code(req, 'returned_details')) },
  ];
}

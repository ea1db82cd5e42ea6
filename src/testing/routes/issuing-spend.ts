import { mergeMetadata, mustGet } from '../crud.js';
import { listRoute } from '../list.js';
import { issuingPersonalizationDesign, issuingPhysicalBundle } from '../fixtures/issuing-spend.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import type { MockStore } from '../store.js';
import { badState, idOf, isObj, now, str } from '../values.js';
import { cardFinancialAccount, creditFinancialAccountCash, creditIssuing, recordBalanceTransaction } from '../balances.js';

type Obj = Record<string, unknown>;

/** A metadata-only update route. */
function metadataUpdate(path: string, object: string): MockRoute {
  return {
    method: 'POST',
    path,
    handle: (req) => {
      const obj = mustGet(req, req.params.id ?? '', object);
      if ('metadata' in req.body) obj.metadata = mergeMetadata(obj.metadata, req.body.metadata);
      return obj;
    },
  };
}

const retrieve = (path: string, object: string, seed?: (s: MockStore) => void): MockRoute => ({
  method: 'GET',
  path,
  handle: (req) => {
    seed?.(req.store);
    return mustGet(req, req.params.id ?? '', object);
  },
});

/** The authorization's pending request, or 400 when no request awaits a decision. */
function pendingRequest(auth: Obj): Obj {
  if (!isObj(auth.pending_request)) badState(`This authorization (${String(auth.id)}) has no pending request to approve or decline.`);
  return auth.pending_request;
}

/** Records the decision on a pending request, as the deprecated approve/decline endpoints do. */
function decidePending(req: MockRequest, approved: boolean): Obj {
  const auth = mustGet(req, req.params.id ?? '', 'issuing.authorization');
  const pending = pendingRequest(auth);
  let amount = Number(pending.amount);
  if (approved && req.body.amount !== undefined) {
    if (pending.is_amount_controllable !== true) badState('amount can only be set when pending_request.is_amount_controllable is true.', 'amount');
    amount = Number(req.body.amount);
  }
  const history = Array.isArray(auth.request_history) ? auth.request_history : [];
  history.push({
    amount,
    amount_details: pending.amount_details ?? null,
    approved,
    authorization_code: approved ? String(100000 + Math.floor(Math.random() * 900000)) : null,
    created: now(),
    currency: pending.currency,
    merchant_amount: pending.merchant_amount,
    merchant_currency: pending.merchant_currency,
    network_risk_score: pending.network_risk_score ?? null,
    reason: approved ? 'webhook_approved' : 'webhook_declined',
    reason_message: null,
    requested_at: now(),
  });
  auth.request_history = history;
  auth.pending_request = null;
  auth.approved = approved;
  if (approved) auth.amount = Number(auth.amount) + amount;
  else if (Number(auth.amount) === 0) auth.status = 'closed';
  if ('metadata' in req.body) auth.metadata = mergeMetadata(auth.metadata, req.body.metadata);
  return auth;
}

/** Puts the built-in physical bundles into the store on first use (bundles are Stripe's, never created by you). */
function seedBundles(store: MockStore): void {
  if (store.get('ics_cardplane_standard')) return;
  store.put(issuingPhysicalBundle());
  store.put({
    ...issuingPhysicalBundle(),
    id: 'ics_cardplane_custom',
    name: 'Cardplane Custom Black',
    type: 'custom',
    features: { card_logo: 'required', carrier_text: 'optional', second_line: 'unsupported' },
  });
}

const carrierKeys = ['footer_body', 'footer_title', 'header_body', 'header_title'] as const;

/** Applies personalization design create/update params. */
function applyDesign(obj: Obj, p: Obj, store: MockStore, creating: boolean): void {
  if ('physical_bundle' in p) {
    seedBundles(store);
    const bundle = store.get(String(p.physical_bundle));
    if (!bundle || bundle.object !== 'issuing.physical_bundle') {
      mockFail(404, 'invalid_request_error', `No such physical_bundle: '${String(p.physical_bundle)}'`, { code: 'resource_missing', param: 'physical_bundle' });
    }
    obj.physical_bundle = bundle.id;
  }
  for (const k of ['card_logo', 'lookup_key', 'name'] as const) if (k in p) obj[k] = str(p[k]);
  if ('carrier_text' in p) {
    const prev = isObj(obj.carrier_text) ? obj.carrier_text : { footer_body: null, footer_title: null, header_body: null, header_title: null };
    const next: Obj = { ...prev };
    if (isObj(p.carrier_text)) for (const k of carrierKeys) if (k in p.carrier_text) next[k] = str(p.carrier_text[k]);
    obj.carrier_text = p.carrier_text === '' ? null : next;
  }
  if (typeof p.lookup_key === 'string' && p.transfer_lookup_key !== true) {
    const taken = store.all('issuing.personalization_design').find((d) => d.id !== obj.id && d.lookup_key === p.lookup_key);
    if (taken) badState(`A personalization design with lookup_key '${p.lookup_key}' already exists; pass transfer_lookup_key to move it.`, 'lookup_key');
  }
  if (p.transfer_lookup_key === true && typeof p.lookup_key === 'string') {
    for (const d of store.all('issuing.personalization_design')) if (d.id !== obj.id && d.lookup_key === p.lookup_key) d.lookup_key = null;
  }
  if (isObj(p.preferences) && 'is_default' in p.preferences) {
    const isDefault = p.preferences.is_default === true;
    if (isDefault) for (const d of store.all('issuing.personalization_design')) (d.preferences as Obj).is_default = false;
    obj.preferences = { ...(obj.preferences as Obj), is_default: isDefault };
  }
  if ('metadata' in p) obj.metadata = mergeMetadata(obj.metadata, p.metadata);
  if (!creating && ['card_logo', 'carrier_text', 'physical_bundle'].some((k) => k in p)) {
    obj.status = 'review';
    obj.rejection_reasons = { card_logo: [], carrier_text: [] };
  }
}

/** Evidence object of one reason in the documented shape: every documented field, null unless given. */
const EVIDENCE_FIELDS: Record<string, readonly string[]> = {
  canceled: [
    'additional_documentation',
    'canceled_at',
    'cancellation_policy_provided',
    'cancellation_reason',
    'expected_at',
    'explanation',
    'product_description',
    'product_type',
    'return_status',
    'returned_at',
  ],
  duplicate: ['additional_documentation', 'card_statement', 'cash_receipt', 'check_image', 'explanation', 'original_transaction'],
  fraudulent: ['additional_documentation', 'explanation'],
  merchandise_not_as_described: ['additional_documentation', 'explanation', 'received_at', 'return_description', 'return_status', 'returned_at'],
  no_valid_authorization: ['additional_documentation', 'explanation'],
  not_received: ['additional_documentation', 'expected_at', 'explanation', 'product_description', 'product_type'],
  other: ['additional_documentation', 'explanation', 'product_description', 'product_type'],
  service_not_as_described: ['additional_documentation', 'canceled_at', 'cancellation_reason', 'explanation', 'received_at'],
};
const NUMERIC_EVIDENCE = new Set(['canceled_at', 'expected_at', 'received_at', 'returned_at']);

/** Applies `evidence` params onto a dispute's evidence (the given reason's object merged, the reason switched). */
function applyEvidence(current: unknown, p: unknown): Obj {
  const out: Obj = isObj(current) ? { ...current } : { reason: 'other' };
  if (!isObj(p)) return out;
  if (typeof p.reason === 'string') out.reason = p.reason;
  for (const [reason, fields] of Object.entries(EVIDENCE_FIELDS)) {
    if (!(reason in p)) continue;
    const given = p[reason];
    const prev: Obj = isObj(out[reason]) ? (out[reason] as Obj) : Object.fromEntries(fields.map((f) => [f, null]));
    const next: Obj = { ...prev };
    if (isObj(given)) {
      for (const f of fields) {
        if (!(f in given)) continue;
        const v = given[f];
        next[f] = v === '' || v === null ? null : NUMERIC_EVIDENCE.has(f) ? Number(v) : typeof v === 'boolean' ? v : String(v);
      }
    }
    out[reason] = given === '' ? Object.fromEntries(fields.map((f) => [f, null])) : next;
  }
  const reason = String(out.reason);
  if (EVIDENCE_FIELDS[reason] && !isObj(out[reason])) out[reason] = Object.fromEntries(EVIDENCE_FIELDS[reason].map((f) => [f, null]));
  return out;
}

/**
 * The test-mode outcome of a submitted dispute, read from the explanation of its evidence: `winning_evidence`
 * in it wins (the disputed amount comes back to the Issuing balance, or to the financial account's cash of a
 * card on one, with an `issuing_dispute` balance transaction), `losing_evidence` loses (`loss_reason: 'other'`);
 * anything else stays `submitted`.
 */
function decideDispute(req: MockRequest, d: Obj): void {
  const evidence = isObj(d.evidence) ? d.evidence : {};
  const given = evidence[String(evidence.reason)];
  const explanation = isObj(given) ? String(given.explanation ?? '') : '';
  if (explanation.includes('losing_evidence')) {
    d.status = 'lost';
    d.loss_reason = 'other';
    return;
  }
  if (!explanation.includes('winning_evidence')) return;
  d.status = 'won';
  const amount = Number(d.amount);
  const currency = String(d.currency);
  const txn = req.store.get(String(d.transaction));
  const card = txn ? req.store.get(String(idOf(txn.card))) : undefined;
  const fa = card ? cardFinancialAccount(req, card) : undefined;
  if (fa) {
    creditFinancialAccountCash(fa, amount, currency);
    return;
  }
  creditIssuing(req, amount, currency);
  const id = req.store.newId('txn_');
  recordBalanceTransaction(req, { id, amount, currency, source: String(d.id), type: 'issuing_dispute', description: null, balanceType: 'issuing' });
  d.balance_transactions = [req.store.get(id)];
}

function unsubmitted(dispute: Obj): Obj {
  if (dispute.status !== 'unsubmitted') badState(`This dispute is ${String(dispute.status)}; only unsubmitted disputes can be changed or submitted.`);
  return dispute;
}

/**
 * Mock routes of Issuing spend: authorizations, transactions, disputes, tokens, personalization designs
 * and physical bundles. Authorizations and transactions are made by the simulations (`test-helpers-issuing`).
 */
export const issuingSpendRoutes: MockRoute[] = [
  // authorizations
  listRoute('/v1/issuing/authorizations', 'issuing.authorization', ['card', 'cardholder', 'status']),
  retrieve('/v1/issuing/authorizations/:id', 'issuing.authorization'),
  metadataUpdate('/v1/issuing/authorizations/:id', 'issuing.authorization'),
  { method: 'POST', path: '/v1/issuing/authorizations/:id/approve', handle: (req) => decidePending(req, true) },
  { method: 'POST', path: '/v1/issuing/authorizations/:id/decline', handle: (req) => decidePending(req, false) },

  // transactions
  listRoute('/v1/issuing/transactions', 'issuing.transaction', ['card', 'cardholder', 'type']),
  retrieve('/v1/issuing/transactions/:id', 'issuing.transaction'),
  metadataUpdate('/v1/issuing/transactions/:id', 'issuing.transaction'),

  // disputes
  {
    method: 'POST',
    path: '/v1/issuing/disputes',
    handle: (req) => {
      const p = req.body;
      if (p.transaction === undefined) {
        mockFail(400, 'invalid_request_error', 'Missing required param: transaction.', { code: 'parameter_missing', param: 'transaction' });
      }
      const txnId = String(p.transaction);
      const txn = req.store.get(txnId);
      if (!txn || txn.object !== 'issuing.transaction') {
        mockFail(404, 'invalid_request_error', `No such transaction: '${txnId}'`, { code: 'resource_missing', param: 'transaction' });
      }
      if (txn.dispute) badState(`Transaction ${txnId} already has a dispute (${String(txn.dispute)}).`, 'transaction');
      const max = Math.abs(Number(txn.amount));
      const amount = p.amount === undefined ? max : Number(p.amount);
      if (amount > max) badState(`The dispute amount (${amount}) exceeds the transaction amount (${max}).`, 'amount');
      const dispute: Obj = {
        id: req.store.newId('idp_'),
        object: 'issuing.dispute',
        amount,
        balance_transactions: null,
        created: now(),
        currency: txn.currency,
        evidence: applyEvidence({ reason: 'other' }, p.evidence),
        livemode: false,
        metadata: mergeMetadata({}, p.metadata ?? {}),
        status: 'unsubmitted',
        transaction: txnId,
      };
      txn.dispute = dispute.id;
      return req.store.put(dispute);
    },
  },
  retrieve('/v1/issuing/disputes/:id', 'issuing.dispute'),
  {
    method: 'POST',
    path: '/v1/issuing/disputes/:id',
    handle: (req) => {
      const d = unsubmitted(mustGet(req, req.params.id ?? '', 'issuing.dispute'));
      if (req.body.amount !== undefined) d.amount = Number(req.body.amount);
      if ('evidence' in req.body) d.evidence = applyEvidence(d.evidence, req.body.evidence);
      if ('metadata' in req.body) d.metadata = mergeMetadata(d.metadata, req.body.metadata);
      return d;
    },
  },
  {
    method: 'POST',
    path: '/v1/issuing/disputes/:id/submit',
    handle: (req) => {
      const d = unsubmitted(mustGet(req, req.params.id ?? '', 'issuing.dispute'));
      d.status = 'submitted';
      if ('metadata' in req.body) d.metadata = mergeMetadata(d.metadata, req.body.metadata);
      decideDispute(req, d);
      return d;
    },
  },
  listRoute('/v1/issuing/disputes', 'issuing.dispute', ['status', 'transaction']),

  // tokens (created by the networks; put them into the store to test)
  listRoute('/v1/issuing/tokens', 'issuing.token', [{ param: 'card', required: true }, 'status']),
  retrieve('/v1/issuing/tokens/:id', 'issuing.token'),
  {
    method: 'POST',
    path: '/v1/issuing/tokens/:id',
    handle: (req) => {
      const tok = mustGet(req, req.params.id ?? '', 'issuing.token');
      const next = String(req.body.status);
      if (tok.status === 'deleted') badState('This token is deleted and can no longer be updated.', 'status');
      if (tok.status === 'requested' && next !== 'deleted') badState('A requested token can only be deleted.', 'status');
      tok.status = next;
      tok.network_updated_at = now();
      return tok;
    },
  },

  // personalization designs
  {
    method: 'POST',
    path: '/v1/issuing/personalization_designs',
    handle: (req) => {
      if (req.body.physical_bundle === undefined) {
        mockFail(400, 'invalid_request_error', 'Missing required param: physical_bundle.', { code: 'parameter_missing', param: 'physical_bundle' });
      }
      const obj: Obj = { ...issuingPersonalizationDesign(), id: req.store.newId('ipcd_'), created: now(), name: null, metadata: {} };
      applyDesign(obj, req.body, req.store, true);
      return req.store.put(obj);
    },
  },
  retrieve('/v1/issuing/personalization_designs/:id', 'issuing.personalization_design'),
  {
    method: 'POST',
    path: '/v1/issuing/personalization_designs/:id',
    handle: (req) => {
      const obj = mustGet(req, req.params.id ?? '', 'issuing.personalization_design');
      applyDesign(obj, req.body, req.store, false);
      return obj;
    },
  },
  listRoute('/v1/issuing/personalization_designs', 'issuing.personalization_design', [
    'status',
    { param: 'lookup_keys', get: (o) => o.lookup_key },
    'preferences.is_default',
    'preferences.is_platform_default',
  ]),

  // physical bundles (two built-in bundles: ics_cardplane_standard, ics_cardplane_custom)
  retrieve('/v1/issuing/physical_bundles/:id', 'issuing.physical_bundle', seedBundles),
  listRoute('/v1/issuing/physical_bundles', 'issuing.physical_bundle', ['status', 'type'], seedBundles),
];

import { mergeMetadata, mustGet, retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { badState, idOf, isObj, now } from '../values.js';
import { reverseCardSpendDebit } from '../treasury-ledger.js';
import { cardFinancialAccount, creditFinancialAccountCash, creditIssuing, recordBalanceTransaction } from '../balances.js';

type Obj = Record<string, unknown>;

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
 * in it wins (the disputed amount comes back to the Issuing balance, with an `issuing_dispute` balance transaction,
 * or, for a card on a financial account, to its cash through a `treasury.debit_reversal` of the spend's received debit), `losing_evidence` loses (`loss_reason: 'other'`);
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
    // On Treasury the spend's received debit is reversed (a `treasury.debit_reversal`, see `../treasury-ledger.ts`).
    const rd = receivedDebitOf(req, txn);
    if (rd) reverseCardSpendDebit(req, rd, d, amount);
    else creditFinancialAccountCash(fa, amount, currency);
    return;
  }
  creditIssuing(req, amount, currency);
  const id = req.store.newId('txn_');
  recordBalanceTransaction(req, { id, amount, currency, source: String(d.id), type: 'issuing_dispute', description: null, balanceType: 'issuing' });
  d.balance_transactions = [req.store.get(id)];
}

/** The `treasury.received_debit` a captured card spend on a financial account wrote (see `debitCardSpend`). */
function receivedDebitOf(req: MockRequest, txn: Obj | undefined): Obj | undefined {
  const id = isObj(txn?.treasury) ? txn.treasury.received_debit : undefined;
  const rd = typeof id === 'string' ? req.store.get(id) : undefined;
  return rd?.object === 'treasury.received_debit' ? rd : undefined;
}

function unsubmitted(dispute: Obj): Obj {
  if (dispute.status !== 'unsubmitted') badState(`This dispute is ${String(dispute.status)}; only unsubmitted disputes can be changed or submitted.`);
  return dispute;
}

/** Mock routes of Issuing disputes: create, retrieve, update, submit (decided in test mode by the evidence), list. */
export const issuingDisputeRoutes: MockRoute[] = [
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
        treasury: null,
      };
      const rd = receivedDebitOf(req, txn);
      if (rd) dispute.treasury = { debit_reversal: null, received_debit: rd.id };
      txn.dispute = dispute.id;
      return req.store.put(dispute);
    },
  },
  retrieveRoute('/v1/issuing/disputes/:id', 'issuing.dispute'),
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
];

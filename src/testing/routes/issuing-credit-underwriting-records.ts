import { crud, mergeMetadata, mustGet } from '../crud.js';
import { issuingCreditUnderwritingRecord } from '../fixtures/issuing-previews.js';
import type { MockRequest, MockRoute } from '../router.js';
import { isObj, now, str as strOrNull } from '../values.js';

type Obj = Record<string, unknown>;

/*
 * Issuing credit underwriting records (an α preview) in the mock. Their params are not published, so the mock reads the fields of the
 * documented record from the params and ignores anything else:
 * - `create_from_application`: `application` (`application_method` defaults to `online`), `credit_user`,
 *   `metadata`; no decision yet, `decision_deadline` = `submitted_at` + 30 days.
 * - `create_from_proactive_review`: `credit_user`, `decision`, `decided_at` (default now), `metadata`,
 *   `underwriting_exception`, `regulatory_reporting_file`; `application` null.
 * - `report_decision`: `decision`, `decided_at` (default now), `underwriting_exception`, `regulatory_reporting_file`.
 * - `correct`: any of the fields above, replacing the old values.
 * A `decision` gets every outcome key (null unless given) and `reason_other_explanation: null` by default.
 */

function reasons(p: Obj, money: boolean): Obj {
  const out: Obj = { reason_other_explanation: strOrNull(p.reason_other_explanation), reasons: Array.isArray(p.reasons) ? p.reasons.map(String) : [] };
  return money ? { amount: Number(p.amount), currency: String(p.currency ?? 'usd'), ...out } : out;
}

function decision(p: Obj): Obj {
  return {
    application_rejected: isObj(p.application_rejected) ? reasons(p.application_rejected, false) : null,
    credit_limit_approved: isObj(p.credit_limit_approved) ? { amount: Number(p.credit_limit_approved.amount), currency: String(p.credit_limit_approved.currency ?? 'usd') } : null,
    credit_limit_decreased: isObj(p.credit_limit_decreased) ? reasons(p.credit_limit_decreased, true) : null,
    credit_line_closed: isObj(p.credit_line_closed) ? reasons(p.credit_line_closed, false) : null,
    type: String(p.type),
  };
}

/** Applies the known fields of the params onto a record. */
function applyRecord(rec: Obj, p: Obj, decides: boolean): Obj {
  if (isObj(p.application)) {
    const submitted = Number(p.application.submitted_at);
    rec.application = { application_method: String(p.application.application_method ?? 'online'), purpose: String(p.application.purpose), submitted_at: submitted };
    rec.decision_deadline = submitted + 30 * 86400;
  }
  if (isObj(p.credit_user)) rec.credit_user = { email: String(p.credit_user.email), name: String(p.credit_user.name) };
  if (isObj(p.decision)) rec.decision = decision(p.decision);
  if (typeof p.decided_at === 'number') rec.decided_at = p.decided_at;
  else if (decides && isObj(p.decision)) rec.decided_at = now();
  if (isObj(p.underwriting_exception)) {
    rec.underwriting_exception = { explanation: String(p.underwriting_exception.explanation), original_decision_type: String(p.underwriting_exception.original_decision_type) };
  }
  if ('regulatory_reporting_file' in p) rec.regulatory_reporting_file = strOrNull(p.regulatory_reporting_file);
  if ('metadata' in p) rec.metadata = mergeMetadata(rec.metadata, p.metadata);
  return rec;
}

function createRecord(req: MockRequest, from: 'application' | 'proactive_review'): Obj {
  const rec: Obj = {
    ...issuingCreditUnderwritingRecord(),
    id: req.store.newId('icur_'),
    created: now(),
    created_from: from,
    application: null,
    decided_at: null,
    decision: null,
    decision_deadline: null,
    metadata: {},
  };
  return req.store.put(applyRecord(rec, req.body, from === 'proactive_review'));
}

const RECORD = 'issuing.credit_underwriting_record';
const RECORDS = '/v1/issuing/credit_underwriting_records';

/** Mock routes of Issuing credit underwriting records (α preview): create from an application or a proactive review, correct, report a decision, retrieve, list. */
export const issuingCreditUnderwritingRecordRoutes: MockRoute[] = [
  { method: 'POST', path: `${RECORDS}/create_from_application`, handle: (req) => createRecord(req, 'application') },
  { method: 'POST', path: `${RECORDS}/create_from_proactive_review`, handle: (req) => createRecord(req, 'proactive_review') },
  { method: 'POST', path: `${RECORDS}/:id/correct`, handle: (req) => applyRecord(mustGet(req, req.params.id ?? '', RECORD), req.body, false) },
  { method: 'POST', path: `${RECORDS}/:id/report_decision`, handle: (req) => applyRecord(mustGet(req, req.params.id ?? '', RECORD), req.body, true) },
  ...crud({ collection: RECORDS, object: RECORD, idPrefix: 'icur_', fixture: issuingCreditUnderwritingRecord, ops: ['retrieve', 'list'] }),
];

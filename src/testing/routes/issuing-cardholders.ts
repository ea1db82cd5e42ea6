import { crud, mergeMetadata } from '../crud.js';
import { listRoute } from '../list.js';
import { issuingCardholder } from '../fixtures/issuing.js';
import type { MockRoute } from '../router.js';
import { isObj, str } from '../values.js';
import { address, applySpendingControls, strs } from '../issuing-params.js';

type Obj = Record<string, unknown>;

/** Applies `individual` params onto a cardholder's `individual` block (nested merge). */
function applyIndividual(current: unknown, p: Obj): Obj {
  const base = issuingCardholder().individual as Obj;
  const out: Obj = isObj(current) ? structuredClone(current) : base;
  if ('first_name' in p) out.first_name = str(p.first_name);
  if ('last_name' in p) out.last_name = str(p.last_name);
  if (isObj(p.dob)) out.dob = { day: Number(p.dob.day), month: Number(p.dob.month), year: Number(p.dob.year) };
  const terms = isObj(p.card_issuing) && isObj(p.card_issuing.user_terms_acceptance) ? p.card_issuing.user_terms_acceptance : undefined;
  if (terms) {
    const ci = isObj(out.card_issuing) ? out.card_issuing : { user_terms_acceptance: null };
    const prev = isObj(ci.user_terms_acceptance) ? ci.user_terms_acceptance : { date: null, ip: null, user_agent: null };
    const next: Obj = { ...prev };
    if ('date' in terms) next.date = terms.date === '' ? null : Number(terms.date);
    if ('ip' in terms) next.ip = str(terms.ip);
    if ('user_agent' in terms) next.user_agent = str(terms.user_agent);
    out.card_issuing = { ...ci, user_terms_acceptance: next };
  }
  const doc = isObj(p.verification) && isObj(p.verification.document) ? p.verification.document : undefined;
  if (doc) {
    const prev = isObj(out.verification) && isObj(out.verification.document) ? out.verification.document : { back: null, front: null };
    out.verification = { document: { ...prev, ...('front' in doc ? { front: str(doc.front) } : {}), ...('back' in doc ? { back: str(doc.back) } : {}) } };
  }
  return out;
}

/** Applies create/update params onto a mock cardholder. */
function applyCardholder(obj: Obj, p: Obj): void {
  for (const k of ['name', 'email', 'phone_number', 'status', 'type'] as const) if (k in p) obj[k] = str(p[k]);
  if (isObj(p.billing)) obj.billing = { address: address(p.billing.address) };
  if (isObj(p.individual)) obj.individual = applyIndividual(obj.individual, p.individual);
  if (isObj(p.company)) obj.company = { tax_id_provided: p.company.tax_id !== undefined && p.company.tax_id !== '' };
  if (p.type === 'company') {
    // A company cardholder has no individual block unless one is given.
    if (!isObj(p.individual)) obj.individual = null;
    if (!isObj(obj.company)) obj.company = { tax_id_provided: false };
  }
  if ('preferred_locales' in p) obj.preferred_locales = strs(p.preferred_locales);
  if ('spending_controls' in p) obj.spending_controls = applySpendingControls(obj.spending_controls, p.spending_controls, true);
  if ('metadata' in p) obj.metadata = mergeMetadata(obj.metadata, p.metadata);
}

/** Mock routes of Issuing cardholders: create, retrieve, update, list. */
export const issuingCardholderRoutes: MockRoute[] = [
  ...crud({
    collection: '/v1/issuing/cardholders',
    object: 'issuing.cardholder',
    idPrefix: 'ich_',
    fixture: issuingCardholder,
    apply: applyCardholder,
    ops: ['create', 'retrieve', 'update'],
  }),
  listRoute('/v1/issuing/cardholders', 'issuing.cardholder', ['email', 'phone_number', 'status', 'type']),
];

import { crud, mergeMetadata, mustGet } from '../crud.js';
import { listRoute } from '../list.js';
import { issuingCard, issuingCardholder, issuingEmptySpendingControls, issuingNullAddress, issuingProgram } from '../fixtures/issuing.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { isObj, str } from '../values.js';

type Obj = Record<string, unknown>;

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Fills a documented-shape address from address params (absent fields null). */
function address(params: unknown): Obj {
  const out = issuingNullAddress();
  if (isObj(params)) for (const k of Object.keys(out)) if (k in params) out[k] = str(params[k]);
  return out;
}

/** Applies `spending_controls` params onto returned spending controls: each given sub-field replaces the old one. */
function applySpendingControls(current: unknown, params: unknown, cardholder: boolean): Obj {
  const out: Obj = isObj(current) ? { ...current } : issuingEmptySpendingControls(cardholder);
  if (!isObj(params)) return out;
  for (const k of ['allowed_categories', 'blocked_categories', 'allowed_merchant_countries', 'blocked_merchant_countries', 'allowed_card_presences', 'blocked_card_presences']) {
    if (k in params) out[k] = strs(params[k]);
  }
  if ('spending_limits' in params) {
    out.spending_limits = (Array.isArray(params.spending_limits) ? params.spending_limits : []).filter(isObj).map((l) => ({
      amount: Number(l.amount),
      categories: Array.isArray(l.categories) ? strs(l.categories) : null,
      interval: String(l.interval),
    }));
  }
  if (cardholder && 'spending_limits_currency' in params) out.spending_limits_currency = str(params.spending_limits_currency);
  return out;
}

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

/** Card secrets (full number and CVC) kept out of the stored object, revealed only by `expand`. */
const secrets = new WeakMap<object, { number: string; cvc: string }>();

/** A Visa test-range number with a valid Luhn check digit. */
function cardNumber(): string {
  const body = `400000${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** Builds a documented-shape shipping object from shipping params. */
function shipping(current: unknown, p: Obj): Obj {
  const prev: Obj = isObj(current)
    ? current
    : {
        address: issuingNullAddress(),
        address_validation: { mode: 'disabled', normalized_address: null, result: null },
        business_name: null,
        carrier: 'usps',
        customs: null,
        eta: null,
        name: '',
        phone_number: null,
        require_signature: null,
        service: 'standard',
        status: 'pending',
        tracking_number: null,
        tracking_url: null,
        type: 'individual',
      };
  const out: Obj = { ...prev };
  if ('name' in p) out.name = String(p.name);
  if (isObj(p.address)) out.address = address(p.address);
  if (isObj(p.address_validation)) {
    const mode = String(p.address_validation.mode);
    out.address_validation = { mode, normalized_address: mode === 'disabled' ? null : out.address, result: mode === 'disabled' ? null : 'likely_deliverable' };
  }
  for (const k of ['business_name', 'phone_number', 'service', 'type'] as const) if (k in p) out[k] = str(p[k]);
  if ('require_signature' in p) out.require_signature = Boolean(p.require_signature);
  if (isObj(p.customs)) out.customs = { eori_number: str(p.customs.eori_number) };
  return out;
}

/** Applies create/update params onto a mock card; on create also looks up and embeds the cardholder. */
function applyCard(obj: Obj, p: Obj, req: MockRequest): void {
  const creating = req.params.id === undefined;
  if (creating) {
    if (p.cardholder === undefined) {
      mockFail(400, 'invalid_request_error', 'Missing required param: cardholder.', { code: 'parameter_missing', param: 'cardholder' });
    } else {
      const id = String(p.cardholder);
      const holder = req.store.get(id);
      if (!holder || holder.object !== 'issuing.cardholder') {
        mockFail(404, 'invalid_request_error', `No such cardholder: '${id}'`, { code: 'resource_missing', param: 'cardholder' });
      }
      // The stored cardholder itself: later updates of the cardholder show on the card, as on Stripe.
      obj.cardholder = holder;
    }
    const number = cardNumber();
    secrets.set(obj, { number, cvc: String(Math.floor(100 + Math.random() * 900)) });
    obj.last4 = number.slice(-4);
    const now = new Date();
    obj.exp_month = typeof p.exp_month === 'number' ? p.exp_month : now.getUTCMonth() + 1;
    obj.exp_year = typeof p.exp_year === 'number' ? p.exp_year : now.getUTCFullYear() + 3;
    for (const k of ['currency', 'type', 'replacement_for', 'replacement_reason'] as const) if (k in p) obj[k] = str(p[k]);
    if ('second_line' in p) obj.second_line = str(p.second_line);
    if (isObj(p.lifecycle_controls) && isObj(p.lifecycle_controls.cancel_after)) {
      obj.lifecycle_controls = { cancel_after: { payment_count: Number(p.lifecycle_controls.cancel_after.payment_count) } };
    }
    if (obj.type === 'physical') obj.wallets = null;
    if (typeof p.replacement_for === 'string') {
      const old = req.store.get(p.replacement_for);
      if (old?.object === 'issuing.card') old.replaced_by = obj.id;
    }
  }
  for (const k of ['status', 'financial_account', 'personalization_design'] as const) if (k in p) obj[k] = str(p[k]);
  if ('cancellation_reason' in p) obj.cancellation_reason = str(p.cancellation_reason);
  if (isObj(p.shipping)) obj.shipping = shipping(obj.shipping, p.shipping);
  if ('spending_controls' in p) obj.spending_controls = applySpendingControls(obj.spending_controls, p.spending_controls, false);
  if ('metadata' in p) obj.metadata = mergeMetadata(obj.metadata, p.metadata);
}

/** The card as answered: with `number` / `cvc` when asked through `expand`. */
function withSecrets(card: Obj, query: Obj): Obj {
  const expand = strs(query.expand);
  const secret = secrets.get(card);
  if (!secret || (!expand.includes('number') && !expand.includes('cvc'))) return card;
  return { ...card, ...(expand.includes('number') ? { number: secret.number } : {}), ...(expand.includes('cvc') ? { cvc: secret.cvc } : {}) };
}

/** Mock routes of the Issuing resources: programs, cardholders and cards. */
export const issuingRoutes: MockRoute[] = [
  ...crud({ collection: '/v1/issuing/programs', object: 'issuing.program', idPrefix: 'iprg_', fixture: issuingProgram }),

  ...crud({
    collection: '/v1/issuing/cardholders',
    object: 'issuing.cardholder',
    idPrefix: 'ich_',
    fixture: issuingCardholder,
    apply: applyCardholder,
    ops: ['create', 'retrieve', 'update'],
  }),
  listRoute('/v1/issuing/cardholders', 'issuing.cardholder', ['email', 'phone_number', 'status', 'type']),

  ...crud({
    collection: '/v1/issuing/cards',
    object: 'issuing.card',
    idPrefix: 'ic_',
    fixture: issuingCard,
    apply: applyCard,
    ops: ['create', 'update'],
  }),
  {
    method: 'GET',
    path: '/v1/issuing/cards/:id',
    handle: (req) => withSecrets(mustGet(req, req.params.id ?? '', 'issuing.card'), req.query),
  },
  listRoute('/v1/issuing/cards', 'issuing.card', ['cardholder', 'status', 'type', 'exp_month', 'exp_year', 'last4', 'personalization_design']),
];

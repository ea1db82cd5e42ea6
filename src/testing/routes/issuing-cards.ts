import { crud, mergeMetadata, mustGet } from '../crud.js';
import { listRoute } from '../list.js';
import { issuingCard, issuingNullAddress } from '../fixtures/issuing.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { isObj, str } from '../values.js';
import { address, applySpendingControls, strs } from '../issuing-params.js';

type Obj = Record<string, unknown>;

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

/** Mock routes of Issuing cards: create, retrieve (`number` / `cvc` through `expand`), update, list. */
export const issuingCardRoutes: MockRoute[] = [
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

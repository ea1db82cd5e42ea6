import { cardFinancialAccount, creditFinancialAccountCash, creditIssuing, financialAccountCash, issuingAvailable } from './balances.js';
import { mustGet } from './crud.js';
import { holdForAuthorization } from './treasury-ledger.js';
import { issuingMerchantData } from './fixtures/issuing-spend.js';
import { mockFail, type MockRequest } from './router.js';
import { badState, idOf, isObj, now, str } from './values.js';

type Obj = Record<string, unknown>;

/*
 * Card spend in the mock, shared by the Issuing simulations (`routes/test-helpers-issuing-authorizations.ts`,
 * `routes/test-helpers-issuing-transactions.ts`): merchant data, the decision on a purchase (card and
 * cardholder status, spending controls, funds), the balance a card spends from, and new transactions.
 */

/** Merchant category codes of common categories; other categories get `0000` (unknown to the simulator). */
const MCC: Record<string, string> = {
  ac_refrigeration_repair: '7623',
  advertising_services: '7311',
  airlines_air_carriers: '4511',
  automated_cash_disburse: '6011',
  automated_fuel_dispensers: '5542',
  betting_casino_gambling: '7995',
  book_stores: '5942',
  car_rental_agencies: '7512',
  computer_software_stores: '5734',
  department_stores: '5311',
  digital_goods_applications: '5817',
  digital_goods_games: '5816',
  digital_goods_media: '5815',
  drinking_places: '5813',
  drug_stores_and_pharmacies: '5912',
  eating_places_restaurants: '5812',
  electronics_stores: '5732',
  fast_food_restaurants: '5814',
  grocery_stores_supermarkets: '5411',
  hotels_motels_and_resorts: '7011',
  manual_cash_disburse: '6010',
  miscellaneous_specialty_retail: '5999',
  parking_lots_garages: '7523',
  service_stations: '5541',
  taxicabs_limousines: '4121',
  telecommunication_services: '4814',
  utilities: '4900',
  wires_money_orders: '4829',
};

/** Merchant data of a simulated purchase: cardplane's default test merchant, or the params (category, name and network id defaulted). */
export function merchantData(p: unknown): Obj {
  const out = issuingMerchantData();
  if (!isObj(p)) return out;
  // A merchant given in params is not mixed with the default merchant's location.
  for (const k of ['city', 'country', 'postal_code', 'state'] as const) out[k] = null;
  for (const k of ['category', 'city', 'country', 'name', 'network_id', 'postal_code', 'state', 'terminal_id', 'url'] as const) {
    if (k in p) out[k] = str(p[k]);
  }
  if ('category' in p) out.category_code = MCC[String(p.category)] ?? '0000';
  return out;
}

const isoDate = (): string => new Date().toISOString().slice(0, 10);
const authCode = (): string => String(100000 + Math.floor(Math.random() * 900000));

/** Start (Unix seconds, UTC calendar) of the current period of a spending limit interval; `null` for per_authorization. */
function periodStart(interval: string): number | null {
  const d = new Date();
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 1000;
  switch (interval) {
    case 'daily':
      return day;
    case 'weekly':
      return day - ((d.getUTCDay() + 6) % 7) * 86400;
    case 'monthly':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000;
    case 'yearly':
      return Date.UTC(d.getUTCFullYear(), 0, 1) / 1000;
    case 'all_time':
      return 0;
    default:
      return null;
  }
}

interface Purchase {
  amount: number;
  category: string;
  country: string | null;
  presence: 'present' | 'not_present';
  /** An authorization being incremented: its own hold is not counted twice. */
  exclude?: string;
  /** What the purchase must hold from the Issuing balance (the increment, for an increment; else `amount`). */
  hold?: number;
  currency?: string;
}

/** Moves the balance a card spends from: the Issuing balance, or the `balance.cash` of its financial account. */
export function hold(req: MockRequest, card: Obj, amount: number, currency: string): void {
  if (amount === 0) return;
  if (typeof card.financial_account !== 'string') {
    creditIssuing(req, amount, currency);
    return;
  }
  const fa = cardFinancialAccount(req, card);
  if (fa) creditFinancialAccountCash(fa, amount, currency);
}

/**
 * Holds `amount` for an authorization: from the Issuing balance, or, for a card on a financial account,
 * as an `issuing_authorization_hold` on the authorization's Treasury transaction (see `treasury-ledger.ts`).
 */
export function holdFor(req: MockRequest, card: Obj, auth: Obj, amount: number): void {
  if (typeof card.financial_account !== 'string') {
    hold(req, card, -amount, String(auth.currency));
    return;
  }
  const fa = cardFinancialAccount(req, card);
  if (fa) holdForAuthorization(req, fa, auth, amount);
}

/** What the card can spend in `currency`: the Issuing balance, or its financial account's cash. */
export function spendable(req: MockRequest, card: Obj, currency: string): number {
  if (typeof card.financial_account !== 'string') return issuingAvailable(req, currency);
  const fa = cardFinancialAccount(req, card);
  return fa ? financialAccountCash(fa, currency) : 0;
}

/** Whether spending controls (of a card or a cardholder) allow a purchase. */
function controlsAllow(controls: unknown, p: Purchase, card: Obj, req: MockRequest): boolean {
  if (!isObj(controls)) return true;
  const list = (k: string): string[] | null => (Array.isArray(controls[k]) ? (controls[k] as unknown[]).map(String) : null);
  const allowedCats = list('allowed_categories');
  const blockedCats = list('blocked_categories');
  if (blockedCats?.includes(p.category)) return false;
  if (allowedCats && allowedCats.length > 0 && !allowedCats.includes(p.category)) return false;
  const allowedCountries = list('allowed_merchant_countries');
  const blockedCountries = list('blocked_merchant_countries');
  if (p.country && blockedCountries?.includes(p.country)) return false;
  if (p.country && allowedCountries && allowedCountries.length > 0 && !allowedCountries.includes(p.country)) return false;
  if (list('blocked_card_presences')?.includes(p.presence)) return false;
  const allowedPresences = list('allowed_card_presences');
  if (allowedPresences && allowedPresences.length > 0 && !allowedPresences.includes(p.presence)) return false;
  const limits = Array.isArray(controls.spending_limits) ? controls.spending_limits.filter(isObj) : [];
  for (const limit of limits) {
    const cats = Array.isArray(limit.categories) ? limit.categories.map(String) : [];
    if (cats.length > 0 && !cats.includes(p.category)) continue;
    const start = periodStart(String(limit.interval));
    let spent = 0;
    if (start !== null) {
      for (const a of req.store.all('issuing.authorization')) {
        if (a.id === p.exclude || !a.approved || Number(a.created) < start) continue;
        if (idOf(a.card) !== card.id || a.status === 'reversed' || a.status === 'expired') continue;
        const mcat = isObj(a.merchant_data) ? String(a.merchant_data.category) : '';
        if (cats.length === 0 || cats.includes(mcat)) spent += Number(a.amount);
      }
    }
    if (spent + p.amount > Number(limit.amount)) return false;
  }
  return true;
}

/**
 * Decides a simulated request as Stripe does before any webhook: card and cardholder status,
 * expiry, then the card's and the cardholder's spending controls. Returns the `request_history` reason.
 */
export function decide(card: Obj, p: Purchase, req: MockRequest): { approved: boolean; reason: string } {
  const holder = isObj(card.cardholder) ? card.cardholder : undefined;
  const d = new Date();
  const expired = Number(card.exp_year) < d.getUTCFullYear() || (Number(card.exp_year) === d.getUTCFullYear() && Number(card.exp_month) < d.getUTCMonth() + 1);
  if (card.status === 'canceled') return { approved: false, reason: 'card_canceled' };
  if (card.status === 'inactive') return { approved: false, reason: 'card_inactive' };
  if (expired) return { approved: false, reason: 'card_expired' };
  if (holder?.status === 'blocked') return { approved: false, reason: 'cardholder_blocked' };
  if (holder?.status === 'inactive') return { approved: false, reason: 'cardholder_inactive' };
  if (!controlsAllow(card.spending_controls, p, card, req) || !controlsAllow(holder?.spending_controls, p, card, req)) {
    return { approved: false, reason: 'spending_controls' };
  }
  // A card on a financial account whose outbound flows the platform restricted cannot authorize.
  const fa = cardFinancialAccount(req, card);
  if (fa && isObj(fa.platform_restrictions) && fa.platform_restrictions.outbound_flows === 'restricted') return { approved: false, reason: 'not_allowed' };
  // Cards spend from the Issuing balance, or from their financial account's cash: a purchase it does not cover is declined.
  if (p.currency !== undefined && spendable(req, card, p.currency) < (p.hold ?? p.amount)) {
    return { approved: false, reason: 'insufficient_funds' };
  }
  return { approved: true, reason: 'card_active' };
}

/** The stored card named by a `card` param, or 404 naming the param. */
export function storedCard(req: MockRequest): Obj {
  if (req.body.card === undefined) mockFail(400, 'invalid_request_error', 'Missing required param: card.', { code: 'parameter_missing', param: 'card' });
  const id = String(req.body.card);
  const card = req.store.get(id);
  if (!card || card.object !== 'issuing.card') mockFail(404, 'invalid_request_error', `No such card: '${id}'`, { code: 'resource_missing', param: 'card' });
  return card;
}

export function pendingAuth(req: MockRequest): Obj {
  const auth = mustGet(req, req.params.id ?? '', 'issuing.authorization');
  if (auth.status !== 'pending') badState(`This authorization is ${String(auth.status)}; only pending authorizations can be changed.`);
  return auth;
}

/** Fuel data in the documented shape from fuel params (or null). */
export function fuel(p: unknown): Obj | null {
  if (!isObj(p)) return null;
  return {
    industry_product_code: str(p.industry_product_code),
    quantity_decimal: str(p.quantity_decimal),
    type: str(p.type),
    unit: str(p.unit),
    unit_cost_decimal: str(p.unit_cost_decimal),
  };
}

/** Fleet data in the documented shape from fleet params (or null). */
export function fleet(p: unknown): Obj | null {
  if (!isObj(p)) return null;
  const cpd = isObj(p.cardholder_prompt_data) ? p.cardholder_prompt_data : {};
  const rb = isObj(p.reported_breakdown) ? p.reported_breakdown : {};
  const dec = (o: unknown, k: string): string | null => (isObj(o) ? str(o[k]) : null);
  return {
    cardholder_prompt_data: {
      alphanumeric_id: null,
      driver_id: str(cpd.driver_id),
      odometer: cpd.odometer === undefined ? null : Number(cpd.odometer),
      unspecified_id: str(cpd.unspecified_id),
      user_id: str(cpd.user_id),
      vehicle_number: str(cpd.vehicle_number),
    },
    purchase_type: str(p.purchase_type),
    reported_breakdown: {
      fuel: { gross_amount_decimal: dec(rb.fuel, 'gross_amount_decimal') },
      non_fuel: { gross_amount_decimal: dec(rb.non_fuel, 'gross_amount_decimal') },
      tax: { local_amount_decimal: dec(rb.tax, 'local_amount_decimal'), national_amount_decimal: dec(rb.tax, 'national_amount_decimal') },
    },
    service_type: str(p.service_type),
  };
}

/** Purchase details in the documented shape from params (or undefined when not given). */
function purchaseDetails(p: unknown): Obj | undefined {
  if (!isObj(p)) return undefined;
  const flight = isObj(p.flight) ? p.flight : undefined;
  const lodging = isObj(p.lodging) ? p.lodging : undefined;
  const f = fuel(p.fuel);
  return {
    fleet: fleet(p.fleet),
    flight: flight
      ? {
          departure_at: flight.departure_at === undefined ? null : Number(flight.departure_at),
          passenger_name: str(flight.passenger_name),
          refundable: typeof flight.refundable === 'boolean' ? flight.refundable : null,
          segments: Array.isArray(flight.segments) ? flight.segments : null,
          travel_agency: str(flight.travel_agency),
        }
      : null,
    fuel: f ? { ...f, type: f.type ?? 'other', unit: f.unit ?? 'other', unit_cost_decimal: f.unit_cost_decimal ?? '0' } : null,
    lodging: lodging
      ? { check_in_at: lodging.check_in_at === undefined ? null : Number(lodging.check_in_at), nights: lodging.nights === undefined ? null : Number(lodging.nights) }
      : null,
    receipt: Array.isArray(p.receipt)
      ? p.receipt.filter(isObj).map((r) => ({
          description: str(r.description),
          quantity: r.quantity === undefined ? null : Number(r.quantity),
          total: r.total === undefined ? null : Number(r.total),
          unit_cost: r.unit_cost === undefined ? null : Number(r.unit_cost),
        }))
      : null,
    reference: str(p.reference),
  };
}

interface TxnInput {
  type: 'capture' | 'refund';
  /** Positive amount; signed here (captures negative). */
  amount: number;
  currency: string;
  card: Obj;
  merchant: Obj;
  authorization: string | null;
  authorizationCode: string | null;
  wallet?: unknown;
  purchase?: unknown;
}

/** Creates and stores a transaction: captures are negative, refunds positive, as Stripe records card spend. */
export function createTransaction(req: MockRequest, t: TxnInput): Obj {
  const sign = t.type === 'capture' ? -1 : 1;
  const txn: Obj = {
    id: req.store.newId('ipi_'),
    object: 'issuing.transaction',
    amount: sign * t.amount,
    amount_details: { atm_fee: null, cashback_amount: null },
    authorization: t.authorization,
    balance_transaction: null,
    card: t.card.id,
    cardholder: idOf(t.card.cardholder),
    created: now(),
    currency: t.currency,
    dispute: null,
    livemode: false,
    merchant_amount: sign * t.amount,
    merchant_currency: t.currency,
    merchant_data: { ...t.merchant },
    metadata: {},
    network_data: { authorization_code: t.authorizationCode, processing_date: isoDate(), transaction_id: `cp_${Math.random().toString(36).slice(2, 12)}` },
    token: null,
    type: t.type,
    wallet: t.wallet ?? null,
  };
  const details = purchaseDetails(t.purchase);
  if (details) txn.purchase_details = details;
  return req.store.put(txn);
}

export function historyEntry(amount: number, currency: string, approved: boolean, reason: string, details: unknown = null): Obj {
  return {
    amount,
    amount_details: isObj(details) ? { atm_fee: details.atm_fee ?? null, cashback_amount: details.cashback_amount ?? null } : null,
    approved,
    authorization_code: approved ? authCode() : null,
    created: now(),
    currency,
    merchant_amount: amount,
    merchant_currency: currency,
    network_risk_score: null,
    reason,
    reason_message: null,
    requested_at: now(),
  };
}

export const presenceOf = (method: string): 'present' | 'not_present' => (method === 'online' || method === 'keyed_in' ? 'not_present' : 'present');

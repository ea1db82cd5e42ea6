/**
 * Mock routes of a v1 account's external accounts (`/v1/accounts/:account/external_accounts`): the bank
 * accounts and debit cards its payouts go to.
 *
 * `external_account` is a token or a bank account object, as on Stripe:
 * - `btok_…` is a bank account: Stripe's test tokens `btok_us_verified` (and any `btok_us…`) are a US
 *   `usd` account at STRIPE TEST BANK (routing `110000000`, last4 `6789`); `btok_gb…` a GB `gbp` one.
 * - `tok_…` is a card, which must be a debit card (`tok_visa_debit`, `tok_mastercard_debit`, …; a token
 *   without `debit` in its name is refused with `invalid_card_type`, as Stripe refuses credit cards).
 * - `{ object: 'bank_account', country, currency, account_number, routing_number?, account_holder_name?,
 *   account_holder_type? }` (missing `country`, `currency` or `account_number` is refused naming the param).
 *
 * The first external account of a currency is its `default_for_currency`; `default_for_currency: true` on
 * create or update moves the default. Deleting the default of a currency is refused with a 400 (make another
 * one the default first). `listExternalAccounts` filters by `object` (`bank_account` / `card`). An external
 * account belongs to the account in its path (another account's path answers 404) and to the account of the
 * call, like persons. The account's `external_accounts` list follows.
 * @module
 */
import { anyAccount } from '../accounts.js';
import { mergeMetadata } from '../crud.js';
import { listOf } from '../list.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { isObj } from '../values.js';

type Obj = Record<string, unknown>;

const EXTERNAL_OBJECTS = new Set(['bank_account', 'card']);

const fingerprint = (seed: string): string => {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `mockfp${h.toString(36).padStart(10, '0')}`;
};

function invalid(param: string, message: string, code?: string): never {
  mockFail(400, 'invalid_request_error', message, { param, ...(code ? { code } : {}) });
}

function bankAccount(fields: { country: string; currency: string; last4: string; routing: string | null; holderName?: unknown; holderType?: unknown; bankName?: string }): Obj {
  return {
    object: 'bank_account',
    account_holder_name: typeof fields.holderName === 'string' ? fields.holderName : null,
    account_holder_type: typeof fields.holderType === 'string' ? fields.holderType : null,
    account_type: null,
    available_payout_methods: ['standard', 'instant'],
    bank_name: fields.bankName ?? 'STRIPE TEST BANK',
    country: fields.country,
    currency: fields.currency,
    fingerprint: fingerprint(`${fields.country}${fields.routing ?? ''}${fields.last4}`),
    future_requirements: { currently_due: [], errors: [], past_due: [], pending_verification: [] },
    last4: fields.last4,
    metadata: {},
    requirements: { currently_due: [], errors: [], past_due: [], pending_verification: [] },
    routing_number: fields.routing,
    status: 'new',
  };
}

const CARD_TOKENS: Record<string, { brand: string; last4: string }> = {
  tok_visa_debit: { brand: 'Visa', last4: '5556' },
  tok_mastercard_debit: { brand: 'MasterCard', last4: '8210' },
  tok_visa_debit_us_transferSuccess: { brand: 'Visa', last4: '0077' },
};

function debitCard(token: string): Obj {
  if (!/debit/i.test(token)) {
    mockFail(400, 'invalid_request_error', "This card doesn't appear to be a debit card: external accounts take debit cards only.", {
      code: 'invalid_card_type',
      param: 'external_account',
    });
  }
  const known = CARD_TOKENS[token] ?? { brand: /mastercard/i.test(token) ? 'MasterCard' : 'Visa', last4: /mastercard/i.test(token) ? '8210' : '5556' };
  const year = new Date().getUTCFullYear() + 3;
  return {
    object: 'card',
    address_city: null,
    address_country: null,
    address_line1: null,
    address_line1_check: null,
    address_line2: null,
    address_state: null,
    address_zip: null,
    address_zip_check: null,
    available_payout_methods: ['standard', 'instant'],
    brand: known.brand,
    country: 'US',
    currency: 'usd',
    cvc_check: null,
    dynamic_last4: null,
    exp_month: 12,
    exp_year: year,
    fingerprint: fingerprint(token),
    funding: 'debit',
    last4: known.last4,
    metadata: {},
    name: null,
    regulated_status: 'unregulated',
    status: 'new',
    tokenization_method: null,
  };
}

/** The external account a token or object param stands for (without id and account). */
function fromParam(param: unknown): Obj {
  if (typeof param === 'string') {
    if (param.startsWith('btok_')) {
      const gb = /^btok_gb/i.test(param);
      return bankAccount({ country: gb ? 'GB' : 'US', currency: gb ? 'gbp' : 'usd', last4: gb ? '2345' : '6789', routing: gb ? '108800' : '110000000' });
    }
    if (param.startsWith('tok_')) return debitCard(param);
    invalid('external_account', `Invalid external_account: '${param}' is not a bank account or debit card token (btok_… or tok_…).`);
  }
  if (!isObj(param)) invalid('external_account', 'Missing required param: external_account.', 'parameter_missing');
  if (param.object !== 'bank_account') {
    invalid('external_account[object]', 'Invalid external_account[object]: raw card numbers are not accepted here, use a card token (tok_…).');
  }
  for (const f of ['country', 'currency', 'account_number'] as const) {
    if (typeof param[f] !== 'string' || param[f] === '') invalid(`external_account[${f}]`, `Missing required param: external_account[${f}].`, 'parameter_missing');
  }
  const number = String(param.account_number);
  return bankAccount({
    country: String(param.country).toUpperCase(),
    currency: String(param.currency).toLowerCase(),
    last4: number.slice(-4),
    routing: typeof param.routing_number === 'string' ? param.routing_number : null,
    holderName: param.account_holder_name,
    holderType: param.account_holder_type,
  });
}

/** The mock's ids carry a sequence number: newest first across both kinds, as Stripe lists. */
/**
 * Creation order of an external account: the store's sequence number in its id (`ba_mock0012…`: always four
 * digits, then random characters that may start with a digit too, so the match takes four only).
 */
const seq = (e: Obj): number => Number(/mock(\d{4})/.exec(String(e.id))?.[1] ?? 0);

function externalAccountsOf(req: MockRequest, accountId: string): Obj[] {
  return req.store
    .all('bank_account')
    .concat(req.store.all('card'))
    .filter((e) => e.account === accountId)
    .sort((a, b) => seq(b) - seq(a));
}

/** Keeps one default per currency: `chosen` becomes it when given, else the first of a currency without one. */
function settleDefaults(req: MockRequest, acct: Obj, chosen?: Obj): void {
  const all = externalAccountsOf(req, String(acct.id));
  if (chosen) for (const e of all) if (e.currency === chosen.currency) e.default_for_currency = e === chosen;
  for (const currency of new Set(all.map((e) => e.currency))) {
    const same = all.filter((e) => e.currency === currency);
    if (!same.some((e) => e.default_for_currency === true)) {
      const oldest = same.at(-1);
      if (oldest) oldest.default_for_currency = true;
    }
  }
  if (acct.object === 'account') {
    acct.external_accounts = { object: 'list', data: all, has_more: false, url: `/v1/accounts/${String(acct.id)}/external_accounts` };
  }
}

function find(req: MockRequest): Obj {
  const id = req.params.id ?? '';
  const found = req.store.get(id);
  if (!found || !EXTERNAL_OBJECTS.has(String(found.object)) || found.account !== req.params.account) {
    mockFail(404, 'invalid_request_error', `No such external account: '${id}'`, { code: 'resource_missing', param: 'id' });
  }
  return found;
}

const PATH = '/v1/accounts/:account/external_accounts';

/** Mock routes of v1 external accounts: create (token or bank account), retrieve, update, delete, list. */
export const externalAccountRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: PATH,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const base = fromParam(req.body.external_account);
      const ea: Obj = { id: req.store.newId(base.object === 'card' ? 'card_' : 'ba_'), ...base, account: acct.id, default_for_currency: false };
      if (isObj(req.body.metadata)) ea.metadata = mergeMetadata({}, req.body.metadata);
      req.store.put(ea);
      settleDefaults(req, acct, req.body.default_for_currency === true ? ea : undefined);
      return ea;
    },
  },
  { method: 'GET', path: `${PATH}/:id`, handle: (req) => find(req) },
  {
    method: 'POST',
    path: `${PATH}/:id`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const ea = find(req);
      const p = req.body;
      if (p.metadata !== undefined) ea.metadata = mergeMetadata(ea.metadata, p.metadata);
      const fields =
        ea.object === 'card'
          ? ['name', 'address_city', 'address_country', 'address_line1', 'address_line2', 'address_state', 'address_zip']
          : ['account_holder_name', 'account_holder_type', 'account_type'];
      for (const f of fields) if (p[f] !== undefined) ea[f] = p[f] === '' ? null : p[f];
      if (ea.object === 'card') for (const f of ['exp_month', 'exp_year'] as const) if (p[f] !== undefined) ea[f] = Number(p[f]);
      if (p.default_for_currency === false && ea.default_for_currency === true) {
        invalid('default_for_currency', 'You cannot unset the default external account of a currency: make another one the default instead.');
      }
      settleDefaults(req, acct, p.default_for_currency === true ? ea : undefined);
      return ea;
    },
  },
  {
    method: 'DELETE',
    path: `${PATH}/:id`,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      const ea = find(req);
      if (ea.default_for_currency === true) {
        invalid(
          'id',
          `You cannot delete the default external account for the currency ${String(ea.currency)}. Make another external account the default using the \`default_for_currency\` param, and then delete this one.`,
        );
      }
      ea.object = `deleted_${String(ea.object)}`;
      settleDefaults(req, acct);
      return { id: ea.id, object: ea.object === 'deleted_card' ? 'card' : 'bank_account', currency: ea.currency, deleted: true };
    },
  },
  {
    method: 'GET',
    path: PATH,
    handle: (req) => {
      const acct = anyAccount(req, req.params.account ?? '');
      return listOf(req, `/v1/accounts/${String(acct.id)}/external_accounts`, externalAccountsOf(req, String(acct.id)), { filters: ['object'] });
    },
  },
];

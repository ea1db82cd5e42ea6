import type { MockRequest, MockRoute } from '../router.js';
import { cardFinancialAccount } from '../balances.js';
import { mustGet } from '../crud.js';
import { debitCardSpend, releaseAuthorization } from '../treasury-ledger.js';
import { issuingVerificationData } from '../fixtures/issuing-spend.js';
import { badState, idOf, isObj, now, str } from '../values.js';
import { createTransaction, decide, fleet, fuel, historyEntry, hold, holdFor, merchantData, pendingAuth, presenceOf, spendable, storedCard } from '../card-spend.js';

type Obj = Record<string, unknown>;

/**
 * Simulated authorization on a stored card, decided by its status and spending controls; when those
 * approve and the account has a real-time authorization endpoint, that endpoint decides (see
 * `delivery.ts`): `issuing_authorization.request` is sent with the `pending_request` before the call answers.
 */
async function createAuthorization(req: MockRequest): Promise<Obj> {
  const p = req.body;
  const card = storedCard(req);
  const amount = p.amount === undefined ? 1000 : Number(p.amount);
  const currency = str(p.currency) ?? String(card.currency);
  const merchant = merchantData(p.merchant_data);
  const method = str(p.authorization_method) ?? 'online';
  const presence = presenceOf(method);
  const decided = decide(card, { amount, currency, category: String(merchant.category), country: str(merchant.country), presence }, req);
  let { approved, reason } = decided;
  const verification = issuingVerificationData();
  if (isObj(p.verification_data)) {
    const v = p.verification_data;
    for (const k of ['address_line1_check', 'address_postal_code_check', 'cvc_check', 'expiry_check'] as const) if (k in v) verification[k] = str(v[k]);
    if (isObj(v.authentication_exemption))
      verification.authentication_exemption = { claimed_by: str(v.authentication_exemption.claimed_by), type: str(v.authentication_exemption.type) };
    if (isObj(v.three_d_secure)) verification.three_d_secure = { result: str(v.three_d_secure.result) };
  }
  const details = isObj(p.amount_details)
    ? { atm_fee: p.amount_details.atm_fee ?? null, cashback_amount: p.amount_details.cashback_amount ?? null }
    : { atm_fee: null, cashback_amount: null };
  const merchantAmount = p.merchant_amount === undefined ? amount : Number(p.merchant_amount);
  const merchantCurrency = str(p.merchant_currency) ?? currency;
  const auth: Obj = {
    id: req.store.newId('iauth_'),
    object: 'issuing.authorization',
    amount,
    amount_details: details,
    approved,
    authorization_method: method,
    balance_transactions: [],
    card,
    card_presence: presence,
    cardholder: idOf(card.cardholder),
    created: now(),
    currency,
    fleet: fleet(p.fleet),
    fuel: fuel(p.fuel),
    livemode: false,
    merchant_amount: merchantAmount,
    merchant_currency: merchantCurrency,
    merchant_data: merchant,
    metadata: {},
    network_data: {
      acquiring_institution_id: isObj(p.network_data) ? str(p.network_data.acquiring_institution_id) : null,
      system_trace_audit_number: null,
      transaction_id: null,
    },
    pending_request: null,
    request_history: [historyEntry(amount, currency, approved, reason, details)],
    status: approved ? 'pending' : 'closed',
    token: null,
    transactions: [],
    verification_data: verification,
    verified_by_fraud_challenge: null,
    wallet: str(p.wallet),
  };
  let held = amount;
  if (approved && req.mock) {
    // The request as the endpoint sees it: pending, not yet approved, nothing held, the ask in pending_request.
    const asked: Obj = {
      ...auth,
      amount: 0,
      merchant_amount: 0,
      approved: false,
      status: 'pending',
      request_history: [],
      pending_request: {
        amount,
        amount_details: details,
        currency,
        is_amount_controllable: p.is_amount_controllable === true,
        merchant_amount: merchantAmount,
        merchant_currency: merchantCurrency,
        network_risk_score: null,
      },
    };
    const answer = await req.mock.requestAuthorization(asked);
    if (answer) {
      approved = answer.approved;
      reason = answer.reason;
      if (answer.metadata) auth.metadata = { ...answer.metadata };
      if (approved && answer.amount !== undefined) {
        held = answer.amount;
        // The approved amount must still be covered by the balance.
        if (spendable(req, card, currency) < held) {
          approved = false;
          reason = 'insufficient_funds';
        }
      }
    }
  }
  if (approved) holdFor(req, card, auth, held);
  auth.approved = approved;
  auth.amount = held;
  if (held !== amount) auth.merchant_amount = held;
  auth.status = approved ? 'pending' : 'closed';
  auth.request_history = [historyEntry(held, currency, approved, reason, details)];
  return req.store.put(auth);
}

function lastAuthCode(auth: Obj): string | null {
  const h = Array.isArray(auth.request_history) ? auth.request_history.filter(isObj) : [];
  return str([...h].reverse().find((e) => e.approved)?.authorization_code);
}

function captureAuthorization(req: MockRequest): Obj {
  const auth = pendingAuth(req);
  const p = req.body;
  const amount = p.capture_amount === undefined ? Number(auth.amount) : Number(p.capture_amount);
  const card = isObj(auth.card) ? auth.card : {};
  const txn = createTransaction(req, {
    type: 'capture',
    amount,
    currency: String(auth.currency),
    card,
    merchant: auth.merchant_data as Obj,
    authorization: String(auth.id),
    authorizationCode: lastAuthCode(auth),
    wallet: auth.wallet,
    purchase: p.purchase_details,
  });
  (auth.transactions as Obj[]).push(txn);
  const closing = p.close_authorization !== false;
  const fa = cardFinancialAccount(req, card);
  if (fa) {
    // On Treasury the hold is released (all of it once the authorization closes) and the capture posts as a received debit.
    releaseAuthorization(req, auth, closing ? undefined : amount);
    debitCardSpend(req, fa, txn, auth);
  } else {
    // The hold becomes the capture: what was held beyond it comes back once the authorization closes, and an
    // over-capture takes the difference.
    const held = Number(auth.amount);
    hold(req, card, closing ? held - amount : Math.min(0, held - amount), String(auth.currency));
  }
  if (closing) auth.status = 'closed';
  return auth;
}

function incrementAuthorization(req: MockRequest): Obj {
  const auth = pendingAuth(req);
  const inc = Number(req.body.increment_amount);
  const card = isObj(auth.card) ? auth.card : {};
  const merchant = auth.merchant_data as Obj;
  const { approved, reason } = decide(
    card,
    {
      amount: Number(auth.amount) + inc,
      hold: inc,
      currency: String(auth.currency),
      category: String(merchant.category),
      country: str(merchant.country),
      presence: auth.card_presence === 'present' ? 'present' : 'not_present',
      exclude: String(auth.id),
    },
    req,
  );
  if (approved) holdFor(req, card, auth, inc);
  (auth.request_history as Obj[]).push(historyEntry(inc, String(auth.currency), approved, reason));
  if (approved) {
    auth.amount = Number(auth.amount) + inc;
    auth.merchant_amount = Number(auth.merchant_amount) + inc;
  }
  return auth;
}

function reverseAuthorization(req: MockRequest): Obj {
  const auth = pendingAuth(req);
  const held = Number(auth.amount);
  const rev = req.body.reverse_amount === undefined ? held : Number(req.body.reverse_amount);
  if (rev > held) badState(`reverse_amount (${rev}) exceeds the amount held (${held}).`, 'reverse_amount');
  auth.amount = held - rev;
  const card = isObj(auth.card) ? auth.card : {};
  if (cardFinancialAccount(req, card)) releaseAuthorization(req, auth, rev);
  else hold(req, card, rev, String(auth.currency));
  auth.merchant_amount = Math.max(0, Number(auth.merchant_amount) - rev);
  if (auth.amount === 0) auth.status = 'reversed';
  return auth;
}

const A = '/v1/test_helpers/issuing/authorizations';

/**
 * Mock routes of the Issuing authorization simulations: purchases decided by card status and spending controls
 * (and the real-time authorization endpoint), captures creating (negative) transactions, expiries, final amounts,
 * increments, reversals and fraud challenge responses.
 */
export const testHelpersIssuingAuthorizationRoutes: MockRoute[] = [
  { method: 'POST', path: A, handle: createAuthorization },
  { method: 'POST', path: `${A}/:id/capture`, handle: captureAuthorization },
  {
    method: 'POST',
    path: `${A}/:id/expire`,
    handle: (req) => {
      const auth = pendingAuth(req);
      auth.status = 'expired';
      const card = isObj(auth.card) ? auth.card : {};
      if (cardFinancialAccount(req, card)) releaseAuthorization(req, auth);
      else hold(req, card, Number(auth.amount), String(auth.currency));
      return auth;
    },
  },
  {
    method: 'POST',
    path: `${A}/:id/finalize_amount`,
    handle: (req) => {
      const auth = pendingAuth(req);
      const amount = Number(req.body.final_amount);
      auth.amount = amount;
      auth.merchant_amount = amount;
      if (isObj(req.body.fuel)) auth.fuel = fuel(req.body.fuel);
      if (isObj(req.body.fleet)) auth.fleet = fleet(req.body.fleet);
      return auth;
    },
  },
  { method: 'POST', path: `${A}/:id/increment`, handle: incrementAuthorization },
  { method: 'POST', path: `${A}/:id/reverse`, handle: reverseAuthorization },
  {
    method: 'POST',
    path: `${A}/:id/fraud_challenges/respond`,
    handle: (req) => {
      const auth = mustGet(req, req.params.id ?? '', 'issuing.authorization');
      const challenges = Array.isArray(auth.fraud_challenges) ? auth.fraud_challenges.filter(isObj) : [];
      const open = challenges.find((c) => c.status === 'pending');
      if (!open) badState('This authorization has no pending fraud challenge.');
      const confirmed = req.body.confirmed === true;
      open.status = confirmed ? 'verified' : 'rejected';
      auth.verified_by_fraud_challenge = confirmed;
      if (!confirmed) {
        auth.approved = false;
        auth.status = 'closed';
        // A rejected challenge declines the purchase: what it held comes back, as on expiry.
        const card = isObj(auth.card) ? auth.card : {};
        if (cardFinancialAccount(req, card)) releaseAuthorization(req, auth);
        else hold(req, card, Number(auth.amount), String(auth.currency));
      }
      return auth;
    },
  },
];

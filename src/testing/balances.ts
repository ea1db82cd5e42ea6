import { fundingBalance } from './fixtures/funding.js';
import type { MockRequest } from './router.js';

/*
 * The balances of the mock: one per account (the platform, or the account of the call), with the
 * payments balance (`available`) and the Issuing balance cards spend from (`issuing.available`).
 * Top-ups credit them; authorizations hold funds from the Issuing balance, captures and force
 * captures spend it, reversals, expiries and refunds give back.
 */

type Obj = Record<string, unknown>;

/** The balance object of the calling account, created empty on first use. */
export function balanceFor(req: MockRequest): Obj {
  const id = `balance_${req.account ?? 'platform'}`;
  return req.store.get(id) ?? req.store.put({ ...fundingBalance(), id });
}

/** Adds `amount` (negative to take) to the Issuing balance of the calling account. */
export function creditIssuing(req: MockRequest, amount: number, currency: string): void {
  const b = balanceFor(req);
  const issuing = (b.issuing as { available: Obj[] } | undefined) ?? { available: [] };
  b.issuing = issuing;
  const row = issuing.available.find((r) => r.currency === currency);
  if (row) row.amount = Number(row.amount) + amount;
  else issuing.available.push({ amount, currency });
}

/** Adds `amount` to the payments balance of the calling account. */
export function creditPayments(req: MockRequest, amount: number, currency: string): void {
  const b = balanceFor(req);
  const available = (b.available as Obj[] | undefined) ?? [];
  b.available = available;
  const row = available.find((r) => r.currency === currency);
  if (row) row.amount = Number(row.amount) + amount;
  else available.push({ amount, currency, source_types: { card: 0 } });
}

/** What the Issuing balance of the calling account holds in `currency`. */
export function issuingAvailable(req: MockRequest, currency: string): number {
  const issuing = balanceFor(req).issuing as { available: Obj[] } | undefined;
  return Number(issuing?.available.find((r) => r.currency === currency)?.amount ?? 0);
}

/** The financial account a card spends from, when it has one (and it is visible to the call). */
export function cardFinancialAccount(req: MockRequest, card: Obj): Obj | undefined {
  if (typeof card.financial_account !== 'string') return undefined;
  const fa = req.store.get(card.financial_account);
  return fa?.object === 'treasury.financial_account' ? fa : undefined;
}

/** `balance.cash[currency]` of a financial account. */
export function financialAccountCash(fa: Obj, currency: string): number {
  const cash = (fa.balance as { cash?: Record<string, number> } | undefined)?.cash;
  return Number(cash?.[currency] ?? 0);
}

/** Adds `amount` (negative to take) to `balance.cash[currency]` of a financial account (card spend on Treasury). */
export function creditFinancialAccountCash(fa: Obj, amount: number, currency: string): void {
  const balance = (fa.balance ??= { cash: {}, inbound_pending: {}, outbound_pending: {} }) as { cash?: Record<string, number> };
  const cash = (balance.cash ??= {});
  cash[currency] = Number(cash[currency] ?? 0) + amount;
}

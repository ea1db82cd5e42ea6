import { fundingBalance, fundingBalanceTransaction } from './fixtures/funding.js';
import { now } from './values.js';
import type { MockRequest } from './router.js';

/*
 * The balances of the mock: one per account (the platform, or the account of the call), with the
 * payments balance (`available`) and the Issuing balance cards spend from (`issuing.available`).
 * Top-ups credit them; authorizations hold funds from the Issuing balance, captures and force
 * captures spend it, reversals, expiries and refunds give back.
 */

/*
 * Funding in the mock (`routes/balance.ts`, `balance-transactions.ts`, `topups.ts`, `transfers.ts`,
 * `transfer-reversals.ts`, `payouts.ts`): each account (the platform, or the `Stripe-Account` of the call) has one balance.
 * A top-up succeeds at once and adds its amount to `issuing.available` in its currency (the Issuing
 * balance a card program spends from) when it is sent with `destination_balance: 'issuing'`, and to
 * `available` (the payments balance) otherwise. A payout with `source_balance: 'issuing'` draws from it (400 when it
 * does not cover the amount); other transfers and payouts are recorded but do not change balances.
 * Top-ups and payouts can be canceled only while `pending` (mock top-ups never are, unless stored so);
 * a payout can be reversed only when `paid`.
 *
 * Transfer reversals: see `routes/transfer-reversals.ts`.
 *
 * Balance transactions: creating a top-up, a transfer, a payout or a transfer reversal records one
 * `balance_transaction` (its id is the object's `balance_transaction`) in the ledger of the calling
 * account: top-up `+amount` (type `topup`, balance `issuing` or `payments` as its destination), transfer `-amount` (`transfer`), payout
 * `-amount` (`payout`, balance `issuing` with `source_balance: 'issuing'`), reversal `+amount`
 * (`transfer_refund`); no fees, `status: 'available'`. Cancels, payout reversals and stored objects record
 * nothing. The list filters by `created`, `currency`, `source` and `type`; `payout` matches nothing (mock
 * payouts are never automatic).
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

/** The ids of the calling account's balance transactions, oldest first. */
export function ledgerFor(req: MockRequest): string[] {
  const id = `balance_transactions_${req.account ?? 'platform'}`;
  const ledger = req.store.get(id) ?? req.store.put({ id, object: 'mock.ledger', ids: [] as string[] });
  return ledger.ids as string[];
}

/** One balance transaction to record. */
interface LedgerEntry {
  id: string;
  amount: number;
  currency: string;
  source: string;
  type: 'topup' | 'transfer' | 'payout' | 'transfer_refund' | 'issuing_dispute';
  description: unknown;
  balanceType?: 'issuing' | 'payments';
}

const REPORTING_CATEGORY: Record<LedgerEntry['type'], string> = {
  topup: 'topup',
  transfer: 'transfer',
  payout: 'payout',
  transfer_refund: 'transfer_reversal',
  issuing_dispute: 'issuing_dispute',
};

/** Records one balance transaction in the calling account's ledger. */
export function recordBalanceTransaction(req: MockRequest, e: LedgerEntry): void {
  const created = now();
  req.store.put({
    ...fundingBalanceTransaction(),
    id: e.id,
    amount: e.amount,
    available_on: created,
    balance_type: e.balanceType ?? 'payments',
    created,
    currency: e.currency,
    description: typeof e.description === 'string' ? e.description : null,
    net: e.amount,
    reporting_category: REPORTING_CATEGORY[e.type],
    source: e.source,
    type: e.type,
  });
  ledgerFor(req).push(e.id);
}

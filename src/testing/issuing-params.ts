import { issuingEmptySpendingControls, issuingNullAddress } from './fixtures/issuing.js';
import { isObj, str } from './values.js';

/*
 * Params shared by the Issuing cardholder and card routes (`routes/issuing-cardholders.ts`, `routes/issuing-cards.ts`).
 */

type Obj = Record<string, unknown>;

/** The strings of an array param (empty when not an array). */
export const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Fills a documented-shape address from address params (absent fields null). */
export function address(params: unknown): Obj {
  const out = issuingNullAddress();
  if (isObj(params)) for (const k of Object.keys(out)) if (k in params) out[k] = str(params[k]);
  return out;
}

/** Applies `spending_controls` params onto returned spending controls: each given sub-field replaces the old one. */
export function applySpendingControls(current: unknown, params: unknown, cardholder: boolean): Obj {
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

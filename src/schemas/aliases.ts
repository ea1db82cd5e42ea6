import type {
  IssuingCardCreateParamsSpendingControls,
  IssuingCardCreateParamsSpendingControlsBlockedCategory,
  IssuingCardSpendingControlsSpendingLimitInterval,
} from '../generated/types/index.js';

/**
 * Short names for the Issuing types a card program names most. Each is the generated type of the same
 * facts (Stripe repeats the 295 merchant categories in every spending-controls field; they are one list).
 */

/** A merchant category of Issuing spending controls (`blocked_categories`, `allowed_categories`, limits' `categories`), e.g. `'bakeries'`. */
export type MerchantCategory = IssuingCardCreateParamsSpendingControlsBlockedCategory;
/** The interval of a spending limit: `'per_authorization' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'all_time'`. */
export type SpendingLimitInterval = IssuingCardSpendingControlsSpendingLimitInterval;
/** A card's `spending_controls` param (create and update); cardholders take the same plus `spending_limits_currency`. */
export type SpendingControlsParam = IssuingCardCreateParamsSpendingControls;

import * as z from 'zod';
import { Address, Currency, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams } from './common.js';
import { IssuingCardholderSchema } from './issuing-cardholders.js';
import { SpendingControlsParamSchema, SpendingControlsSchema } from './spending-controls.js';

/** Statuses of a card. `canceled` is final; create accepts only `active` and `inactive`. */
export const CARD_STATUSES = ['active', 'inactive', 'canceled'] as const;
/** Status of a card. */
export type CardStatus = (typeof CARD_STATUSES)[number];
/**
 * Whether a returned status is one this version knows. Response unions stay open (`string & {}`), so
 * `status === 'canceled'` leaves `'canceled' | (string & {})`; after this guard a `switch` is exhaustive.
 * @example if (isCardStatus(card.status)) switch (card.status) { case 'active': …; case 'inactive': …; case 'canceled': … }
 */
export function isCardStatus(value: string): value is CardStatus {
  return (CARD_STATUSES as readonly string[]).includes(value);
}

/** Kinds of card. */
export const CARD_TYPES = ['virtual', 'physical'] as const;
/** Kind of card. */
export type CardType = (typeof CARD_TYPES)[number];

/** Why a card was canceled (update accepts only `lost` and `stolen`). */
export const CARD_CANCELLATION_REASONS = ['design_rejected', 'fulfillment_error', 'lost', 'stolen'] as const;
/** Why a card replaces another (create accepts all but `fulfillment_error`). */
export const CARD_REPLACEMENT_REASONS = ['damaged', 'expired', 'fulfillment_error', 'lost', 'stolen'] as const;
/** Shipping statuses of a physical card. */
export const CARD_SHIPPING_STATUSES = ['canceled', 'delivered', 'failure', 'pending', 'returned', 'shipped', 'submitted'] as const;
/** Shipping speeds of a physical card. */
export const CARD_SHIPPING_SERVICES = ['express', 'priority', 'standard'] as const;
/** Shipping types: one card per parcel, or many in one. */
export const CARD_SHIPPING_TYPES = ['bulk', 'individual'] as const;
/** Carriers of a physical card. */
export const CARD_SHIPPING_CARRIERS = ['correos', 'dhl', 'fedex', 'royal_mail', 'usps'] as const;
/** Address validation modes of a shipment. */
export const CARD_ADDRESS_VALIDATION_MODES = ['disabled', 'normalization_only', 'validation_and_normalization'] as const;
/** Address validation results of a shipment. */
export const CARD_ADDRESS_VALIDATION_RESULTS = ['indeterminate', 'likely_deliverable', 'likely_undeliverable'] as const;
/** Why a card cannot be added to a wallet. */
export const CARD_WALLET_INELIGIBLE_REASONS = ['missing_agreement', 'missing_cardholder_contact', 'unsupported_region'] as const;
/** Kinds of fraud warning on a card. */
export const CARD_FRAUD_WARNING_TYPES = ['card_testing_exposure', 'fraud_dispute_filed', 'third_party_reported', 'user_indicated_fraud'] as const;

/** Shipping of a physical card, as returned. */
export const CardShippingSchema = z.object({
  address: Address,
  address_validation: z
    .object({
      mode: openEnum(CARD_ADDRESS_VALIDATION_MODES),
      normalized_address: Address.nullable(),
      result: openEnum(CARD_ADDRESS_VALIDATION_RESULTS).nullable(),
    })
    .nullable()
    .optional(),
  business_name: z.string().nullable().optional(),
  carrier: openEnum(CARD_SHIPPING_CARRIERS).nullable(),
  customs: z.object({ eori_number: z.string().nullable() }).nullable().optional(),
  delivered_at: Timestamp.nullable().optional(),
  eta: Timestamp.nullable(),
  name: z.string(),
  phone_number: z.string().nullable().optional(),
  require_signature: z.boolean().nullable().optional(),
  service: openEnum(CARD_SHIPPING_SERVICES),
  shipped_at: Timestamp.nullable().optional(),
  status: openEnum(CARD_SHIPPING_STATUSES).nullable(),
  tracking_number: z.string().nullable(),
  tracking_url: z.string().nullable(),
  type: openEnum(CARD_SHIPPING_TYPES),
});
/** Shipping of a physical card. */
export type CardShipping = z.output<typeof CardShippingSchema>;

const WalletSchema = z.object({ eligible: z.boolean(), ineligible_reason: openEnum(CARD_WALLET_INELIGIBLE_REASONS).nullable() });

/** Fields of an Issuing card as returned. */
const issuingCardShape = {
  id: Id,
  object: z.literal('issuing.card'),
  /** Card brand as printed, e.g. `Visa`. */
  brand: z.string(),
  cancellation_reason: openEnum(CARD_CANCELLATION_REASONS).nullable(),
  /** The cardholder, always expanded. */
  cardholder: IssuingCardholderSchema,
  created: Timestamp,
  currency: Currency,
  /** Card verification code; only with `expand: ['cvc']` on retrieve. */
  cvc: z.string().optional(),
  exp_month: z.number().int().min(1).max(12),
  exp_year: z.number().int(),
  /** Treasury financial account the card spends from (`fa_…`). */
  financial_account: z.string().nullable().optional(),
  last4: z.string(),
  latest_fraud_warning: z
    .object({ started_at: Timestamp.nullable(), type: openEnum(CARD_FRAUD_WARNING_TYPES).nullable() })
    .nullable()
    .optional(),
  lifecycle_controls: z.object({ cancel_after: z.object({ payment_count: z.number().int() }) }).nullable().optional(),
  livemode: z.boolean(),
  metadata: Metadata,
  /** Full card number; only with `expand: ['number']` on retrieve. */
  number: z.string().optional(),
  /** Personalization design id (`ipcd_…`) or the expanded object. */
  personalization_design: z.union([z.string(), z.object({ id: Id, object: z.literal('issuing.personalization_design') })]).nullable(),
  /** Card that replaced this one (`ic_…`) or the expanded object. */
  replaced_by: z.union([z.string(), z.object({ id: Id, object: z.literal('issuing.card') })]).nullable(),
  /** Card this one replaces (`ic_…`) or the expanded object. */
  replacement_for: z.union([z.string(), z.object({ id: Id, object: z.literal('issuing.card') })]).nullable(),
  replacement_reason: openEnum(CARD_REPLACEMENT_REASONS).nullable(),
  second_line: z.string().nullable().optional(),
  shipping: CardShippingSchema.nullable(),
  spending_controls: SpendingControlsSchema,
  status: openEnum(CARD_STATUSES),
  type: openEnum(CARD_TYPES),
  wallets: z
    .object({ apple_pay: WalletSchema, google_pay: WalletSchema, primary_account_identifier: z.string().nullable() })
    .nullable(),
};
/** Schema type of {@link IssuingCardSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingCardObjectSchema extends z.ZodObject<typeof issuingCardShape> {}
/**
 * An Issuing card (`ic_…`), virtual or physical. `cardholder` is always the expanded cardholder;
 * `number` and `cvc` are present only on `retrieve` with `expand: ['number', 'cvc']` (virtual cards, PCI scope).
 */
export const IssuingCardSchema: IssuingCardObjectSchema = z.object(issuingCardShape);
/** An Issuing card (`ic_…`). */
export type IssuingCard = z.output<typeof IssuingCardSchema>;

/** A shipping address in card params: `line1`, `city`, `postal_code` and `country` are required. */
const ShippingAddressParamSchema = z.strictObject({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  state: z.string().optional(),
  postal_code: z.string().min(1),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as "US"'),
});

/** Shipping of a physical card in params (`name` and `address` required). */
export const CardShippingParamSchema = z.strictObject({
  name: z.string().min(1),
  address: ShippingAddressParamSchema,
  address_validation: z.strictObject({ mode: paramEnum(CARD_ADDRESS_VALIDATION_MODES) }).optional(),
  business_name: z.string().optional(),
  customs: z.strictObject({ eori_number: z.string().optional() }).optional(),
  phone_number: z.string().optional(),
  require_signature: z.boolean().optional(),
  service: paramEnum(CARD_SHIPPING_SERVICES).optional(),
  type: paramEnum(CARD_SHIPPING_TYPES).optional(),
});
/** Shipping of a physical card in params. */
export type CardShippingParam = z.input<typeof CardShippingParamSchema>;

/** A PIN in params: the PIN encrypted with Stripe's public key (never the clear PIN). */
const PinParamSchema = z.strictObject({ encrypted_number: z.string().optional() });

/**
 * Params of `issuing.cards.create`: `currency` and `type` are required.
 * @example { cardholder: 'ich_123', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } }
 */
export const IssuingCardCreateParamsSchema = z.strictObject({
  /** Cardholder the card is issued to (`ich_…`). */
  cardholder: Id.optional(),
  /** Lower-case ISO currency, e.g. `usd`. */
  currency: Currency,
  /** `virtual` or `physical`. */
  type: paramEnum(CARD_TYPES),
  /** `active` or `inactive` (default `inactive`). */
  status: paramEnum(['active', 'inactive']).optional(),
  /** Treasury financial account the card spends from (`fa_…`). */
  financial_account: Id.optional(),
  /** Personalization design of a physical card (`ipcd_…`). */
  personalization_design: Id.optional(),
  shipping: CardShippingParamSchema.optional(),
  spending_controls: SpendingControlsParamSchema.optional(),
  /** Card this one replaces (`ic_…`). */
  replacement_for: Id.optional(),
  replacement_reason: paramEnum(['damaged', 'expired', 'lost', 'stolen']).optional(),
  pin: PinParamSchema.optional(),
  exp_month: z.number().int().min(1).max(12).optional(),
  exp_year: z.number().int().optional(),
  /** Second line printed on a physical card; `''` or `null` for none. */
  second_line: z.union([z.string(), z.null()]).optional(),
  /** Cancel the card automatically after this many payments. */
  lifecycle_controls: z.strictObject({ cancel_after: z.strictObject({ payment_count: z.number().int().positive() }) }).optional(),
  metadata: MetadataParam.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `issuing.cards.create`. */
export type IssuingCardCreateParams = z.input<typeof IssuingCardCreateParamsSchema>;

/** Params of `issuing.cards.retrieve`: `expand: ['number', 'cvc']` reveals the full PAN and CVC (virtual cards). */
export const IssuingCardRetrieveParamsSchema = z.strictObject({
  expand: z.array(z.string() as unknown as z.ZodType<'number' | 'cvc' | (string & {})>).optional(),
});
/** Params of `issuing.cards.retrieve`. */
export type IssuingCardRetrieveParams = z.input<typeof IssuingCardRetrieveParamsSchema>;

/** Params of `issuing.cards.update`. Setting `status: 'canceled'` is irreversible. */
export const IssuingCardUpdateParamsSchema = z.strictObject({
  status: paramEnum(CARD_STATUSES).optional(),
  /** With `status: 'canceled'`: `lost` or `stolen` (a replacement can then be ordered). */
  cancellation_reason: paramEnum(['lost', 'stolen']).optional(),
  spending_controls: SpendingControlsParamSchema.optional(),
  shipping: CardShippingParamSchema.optional(),
  pin: PinParamSchema.optional(),
  personalization_design: Id.optional(),
  financial_account: Id.optional(),
  metadata: MetadataParam.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `issuing.cards.update`. */
export type IssuingCardUpdateParams = z.input<typeof IssuingCardUpdateParamsSchema>;

/** Params of `issuing.cards.list`: v1 paging plus filters. */
export const IssuingCardListParamsSchema = z.strictObject({
  ...V1ListParams,
  cardholder: Id.optional(),
  created: RangeQuery.optional(),
  exp_month: z.number().int().min(1).max(12).optional(),
  exp_year: z.number().int().optional(),
  last4: z.string().regex(/^\d{4}$/, 'four digits').optional(),
  personalization_design: Id.optional(),
  status: paramEnum(CARD_STATUSES).optional(),
  type: paramEnum(CARD_TYPES).optional(),
});
/** Params of `issuing.cards.list`. */
export type IssuingCardListParams = z.input<typeof IssuingCardListParamsSchema>;

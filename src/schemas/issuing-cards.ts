import * as z from 'zod/mini';
import { Address, Currency, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, object } from './common.js';
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
export const CardShippingSchema = object({
  address: Address,
  address_validation: z.optional(z.nullable(object({
      mode: openEnum(CARD_ADDRESS_VALIDATION_MODES),
      normalized_address: z.nullable(Address),
      result: z.nullable(openEnum(CARD_ADDRESS_VALIDATION_RESULTS)),
    }))),
  business_name: z.optional(z.nullable(z.string())),
  carrier: z.nullable(openEnum(CARD_SHIPPING_CARRIERS)),
  customs: z.optional(z.nullable(object({ eori_number: z.nullable(z.string()) }))),
  delivered_at: z.optional(z.nullable(Timestamp)),
  eta: z.nullable(Timestamp),
  name: z.string(),
  phone_number: z.optional(z.nullable(z.string())),
  require_signature: z.optional(z.nullable(z.boolean())),
  service: openEnum(CARD_SHIPPING_SERVICES),
  shipped_at: z.optional(z.nullable(Timestamp)),
  status: z.nullable(openEnum(CARD_SHIPPING_STATUSES)),
  tracking_number: z.nullable(z.string()),
  tracking_url: z.nullable(z.string()),
  type: openEnum(CARD_SHIPPING_TYPES),
});
/** Shipping of a physical card. */
export type CardShipping = z.output<typeof CardShippingSchema>;

const WalletSchema = object({ eligible: z.boolean(), ineligible_reason: z.nullable(openEnum(CARD_WALLET_INELIGIBLE_REASONS)) });

/** Fields of an Issuing card as returned. */
const issuingCardShape = {
  id: Id,
  object: z.literal('issuing.card'),
  /** Card brand as printed, e.g. `Visa`. */
  brand: z.string(),
  cancellation_reason: z.nullable(openEnum(CARD_CANCELLATION_REASONS)),
  /** The cardholder, always expanded. */
  cardholder: IssuingCardholderSchema,
  created: Timestamp,
  currency: Currency,
  /** Card verification code; only with `expand: ['cvc']` on retrieve. */
  cvc: z.optional(z.string()),
  exp_month: z.int().check(z.minimum(1), z.maximum(12)),
  exp_year: z.int(),
  /** Treasury financial account the card spends from (`fa_…`). */
  financial_account: z.optional(z.nullable(z.string())),
  last4: z.string(),
  latest_fraud_warning: z.optional(z.nullable(object({ started_at: z.nullable(Timestamp), type: z.nullable(openEnum(CARD_FRAUD_WARNING_TYPES)) }))),
  lifecycle_controls: z.optional(z.nullable(object({ cancel_after: object({ payment_count: z.int() }) }))),
  livemode: z.boolean(),
  metadata: Metadata,
  /** Full card number; only with `expand: ['number']` on retrieve. */
  number: z.optional(z.string()),
  /** Personalization design id (`ipcd_…`) or the expanded object. */
  personalization_design: z.nullable(z.union([z.string(), object({ id: Id, object: z.literal('issuing.personalization_design') })])),
  /** Card that replaced this one (`ic_…`) or the expanded object. */
  replaced_by: z.nullable(z.union([z.string(), object({ id: Id, object: z.literal('issuing.card') })])),
  /** Card this one replaces (`ic_…`) or the expanded object. */
  replacement_for: z.nullable(z.union([z.string(), object({ id: Id, object: z.literal('issuing.card') })])),
  replacement_reason: z.nullable(openEnum(CARD_REPLACEMENT_REASONS)),
  second_line: z.optional(z.nullable(z.string())),
  shipping: z.nullable(CardShippingSchema),
  spending_controls: SpendingControlsSchema,
  status: openEnum(CARD_STATUSES),
  type: openEnum(CARD_TYPES),
  wallets: z.nullable(object({ apple_pay: WalletSchema, google_pay: WalletSchema, primary_account_identifier: z.nullable(z.string()) })),
};
/** Schema type of {@link IssuingCardSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingCardObjectSchema extends z.ZodMiniObject<typeof issuingCardShape, z.core.$strip> {}
/**
 * An Issuing card (`ic_…`), virtual or physical. `cardholder` is always the expanded cardholder;
 * `number` and `cvc` are present only on `retrieve` with `expand: ['number', 'cvc']` (virtual cards, PCI scope).
 */
export const IssuingCardSchema: IssuingCardObjectSchema = object(issuingCardShape);
/** An Issuing card (`ic_…`). */
export type IssuingCard = z.output<typeof IssuingCardSchema>;

/** A shipping address in card params: `line1`, `city`, `postal_code` and `country` are required. */
const ShippingAddressParamSchema = z.strictObject({
  line1: z.string().check(z.minLength(1)),
  line2: z.optional(z.string()),
  city: z.string().check(z.minLength(1)),
  state: z.optional(z.string()),
  postal_code: z.string().check(z.minLength(1)),
  country: z.string().check(z.regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as "US"')),
});

/** Shipping of a physical card in params (`name` and `address` required). */
export const CardShippingParamSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  address: ShippingAddressParamSchema,
  address_validation: z.optional(z.strictObject({ mode: paramEnum(CARD_ADDRESS_VALIDATION_MODES) })),
  business_name: z.optional(z.string()),
  customs: z.optional(z.strictObject({ eori_number: z.optional(z.string()) })),
  phone_number: z.optional(z.string()),
  require_signature: z.optional(z.boolean()),
  service: z.optional(paramEnum(CARD_SHIPPING_SERVICES)),
  type: z.optional(paramEnum(CARD_SHIPPING_TYPES)),
});
/** Shipping of a physical card in params. */
export type CardShippingParam = z.input<typeof CardShippingParamSchema>;

/** A PIN in params: the PIN encrypted with Stripe's public key (never the clear PIN). */
const PinParamSchema = z.strictObject({ encrypted_number: z.optional(z.string()) });

/**
 * Params of `issuing.cards.create`: `currency` and `type` are required.
 * @example { cardholder: 'ich_123', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] } }
 */
export const IssuingCardCreateParamsSchema = z.strictObject({
  /** Cardholder the card is issued to (`ich_…`). */
  cardholder: z.optional(Id),
  /** Lower-case ISO currency, e.g. `usd`. */
  currency: Currency,
  /** `virtual` or `physical`. */
  type: paramEnum(CARD_TYPES),
  /** `active` or `inactive` (default `inactive`). */
  status: z.optional(paramEnum(['active', 'inactive'])),
  /** Treasury financial account the card spends from (`fa_…`). */
  financial_account: z.optional(Id),
  /** Personalization design of a physical card (`ipcd_…`). */
  personalization_design: z.optional(Id),
  shipping: z.optional(CardShippingParamSchema),
  spending_controls: z.optional(SpendingControlsParamSchema),
  /** Card this one replaces (`ic_…`). */
  replacement_for: z.optional(Id),
  replacement_reason: z.optional(paramEnum(['damaged', 'expired', 'lost', 'stolen'])),
  pin: z.optional(PinParamSchema),
  exp_month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  exp_year: z.optional(z.int()),
  /** Second line printed on a physical card; `''` or `null` for none. */
  second_line: z.optional(z.union([z.string(), z.null()])),
  /** Cancel the card automatically after this many payments. */
  lifecycle_controls: z.optional(z.strictObject({ cancel_after: z.strictObject({ payment_count: z.int().check(z.positive()) }) })),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `issuing.cards.create`. */
export type IssuingCardCreateParams = z.input<typeof IssuingCardCreateParamsSchema>;

/** Params of `issuing.cards.retrieve`: `expand: ['number', 'cvc']` reveals the full PAN and CVC (virtual cards). */
export const IssuingCardRetrieveParamsSchema = z.strictObject({
  expand: z.optional(z.array(z.string() as unknown as z.ZodMiniType<'number' | 'cvc' | (string & {})>)),
});
/** Params of `issuing.cards.retrieve`. */
export type IssuingCardRetrieveParams = z.input<typeof IssuingCardRetrieveParamsSchema>;

/** Params of `issuing.cards.update`. Setting `status: 'canceled'` is irreversible. */
export const IssuingCardUpdateParamsSchema = z.strictObject({
  status: z.optional(paramEnum(CARD_STATUSES)),
  /** With `status: 'canceled'`: `lost` or `stolen` (a replacement can then be ordered). */
  cancellation_reason: z.optional(paramEnum(['lost', 'stolen'])),
  spending_controls: z.optional(SpendingControlsParamSchema),
  shipping: z.optional(CardShippingParamSchema),
  pin: z.optional(PinParamSchema),
  personalization_design: z.optional(Id),
  financial_account: z.optional(Id),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `issuing.cards.update`. */
export type IssuingCardUpdateParams = z.input<typeof IssuingCardUpdateParamsSchema>;

/** Params of `issuing.cards.list`: v1 paging plus filters. */
export const IssuingCardListParamsSchema = z.strictObject({
  ...V1ListParams,
  cardholder: z.optional(Id),
  created: z.optional(RangeQuery),
  exp_month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  exp_year: z.optional(z.int()),
  last4: z.optional(z.string().check(z.regex(/^\d{4}$/, 'four digits'))),
  personalization_design: z.optional(Id),
  status: z.optional(paramEnum(CARD_STATUSES)),
  type: z.optional(paramEnum(CARD_TYPES)),
});
/** Params of `issuing.cards.list`. */
export type IssuingCardListParams = z.input<typeof IssuingCardListParamsSchema>;

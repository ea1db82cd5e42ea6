import * as z from 'zod/mini';
import { Amount, Currency, DecimalString, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, MetadataUpdateParams, object } from './common.js';
import { IssuingCardholderSchema } from './issuing-cardholders.js';
import { IssuingCardSchema } from './issuing-cards.js';
import { MerchantCategoryParam, MerchantCategoryValue } from './spending-controls.js';

/** Digital wallets a card can be used through. */
export const ISSUING_WALLETS = ['apple_pay', 'google_pay', 'samsung_pay'] as const;
/** Fuel types reported by fuel merchants. */
export const FUEL_TYPES = ['diesel', 'other', 'unleaded_plus', 'unleaded_regular', 'unleaded_super'] as const;
/** Fuel units reported by fuel merchants. */
export const FUEL_UNITS = ['charging_minute', 'imperial_gallon', 'kilogram', 'kilowatt_hour', 'liter', 'other', 'pound', 'us_gallon'] as const;
/** Fleet purchase types. */
export const FLEET_PURCHASE_TYPES = ['fuel_and_non_fuel_purchase', 'fuel_purchase', 'non_fuel_purchase'] as const;
/** Fleet service types. */
export const FLEET_SERVICE_TYPES = ['full_service', 'non_fuel_transaction', 'self_service'] as const;

const issuingMerchantDataShape = {
  category: MerchantCategoryValue,
  /** The 4-digit merchant category code, e.g. `5734`. */
  category_code: z.string(),
  city: z.nullable(z.string()),
  country: z.nullable(z.string()),
  name: z.nullable(z.string()),
  network_id: z.string(),
  postal_code: z.nullable(z.string()),
  state: z.nullable(z.string()),
  tax_id: z.optional(z.nullable(z.string())),
  terminal_id: z.nullable(z.string()),
  url: z.nullable(z.string()),
};
/** Schema type of {@link IssuingMerchantDataSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingMerchantDataObjectSchema extends z.ZodMiniObject<typeof issuingMerchantDataShape, z.core.$strip> {}
/**
 * The merchant of an authorization or transaction as the card network reported it.
 * `category` is one of {@link MERCHANT_CATEGORIES} (open: a new category never breaks a call).
 */
export const IssuingMerchantDataSchema: IssuingMerchantDataObjectSchema = object(issuingMerchantDataShape);
/** The merchant of an authorization or transaction. */
export type IssuingMerchantData = z.output<typeof IssuingMerchantDataSchema>;

/** Breakdown of an amount: ATM fee and cashback, integers in minor units. */
export const IssuingAmountDetailsSchema = object({ atm_fee: z.nullable(Amount), cashback_amount: z.nullable(Amount) });

const issuingTransactionShape = {
  id: Id,
  object: z.literal('issuing.transaction'),
  /** Signed, card currency, minor units: negative for captures, positive for refunds. */
  amount: Amount,
  amount_details: z.nullable(IssuingAmountDetailsSchema),
  /** The authorization it settles (`iauth_…`); `null` for force captures and unlinked refunds. */
  authorization: z.nullable(z.union([Id, object({ id: Id, object: z.literal('issuing.authorization') })])),
  balance_transaction: z.nullable(z.union([Id, object({ id: Id, object: z.literal('balance_transaction') })])),
  /** The card id, or the expanded card. */
  card: z.union([Id, IssuingCardSchema]),
  /** The cardholder id, or the expanded cardholder. */
  cardholder: z.nullable(z.union([Id, IssuingCardholderSchema])),
  created: Timestamp,
  currency: Currency,
  /** The dispute of this transaction (`idp_…`), if any. */
  dispute: z.nullable(z.union([Id, object({ id: Id, object: z.literal('issuing.dispute') })])),
  livemode: z.boolean(),
  /** Signed, merchant currency, minor units. */
  merchant_amount: Amount,
  merchant_currency: Currency,
  merchant_data: IssuingMerchantDataSchema,
  metadata: Metadata,
  network_data: z.nullable(object({
      authorization_code: z.nullable(z.string()),
      /** `YYYY-MM-DD`. */
      processing_date: z.nullable(z.string()),
      transaction_id: z.nullable(z.string()),
    })),
  /** Level-3 data (flights, lodging, fuel, receipts); only with `expand: ['purchase_details']`. */
  purchase_details: z.optional(z.nullable(object({
      fleet: z.nullable(z.looseObject({})),
      flight: z.nullable(object({
          departure_at: z.nullable(Timestamp),
          passenger_name: z.nullable(z.string()),
          refundable: z.nullable(z.boolean()),
          segments: z.nullable(z.array(z.looseObject({}))),
          travel_agency: z.nullable(z.string()),
        })),
      fuel: z.nullable(object({
          industry_product_code: z.nullable(z.string()),
          quantity_decimal: z.nullable(DecimalString),
          type: z.string(),
          unit: z.string(),
          unit_cost_decimal: DecimalString,
        })),
      lodging: z.nullable(object({ check_in_at: z.nullable(Timestamp), nights: z.nullable(z.int()) })),
      receipt: z.nullable(z.array(object({ description: z.nullable(z.string()), quantity: z.nullable(z.number()), total: z.nullable(Amount), unit_cost: z.nullable(Amount) }))),
      reference: z.nullable(z.string()),
    }))),
  token: z.optional(z.nullable(z.union([Id, object({ id: Id, object: z.literal('issuing.token') })]))),
  /** Treasury-backed cards: the received credit/debit this transaction produced. */
  treasury: z.optional(z.nullable(object({ received_credit: z.nullable(z.string()), received_debit: z.nullable(z.string()) }))),
  type: openEnum(['capture', 'refund']),
  wallet: z.nullable(openEnum(ISSUING_WALLETS)),
};
/** Schema type of {@link IssuingTransactionSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTransactionObjectSchema extends z.ZodMiniObject<typeof issuingTransactionShape, z.core.$strip> {}
/**
 * An Issuing transaction (`ipi_…`): money that moved on a card. Card spend (`type: 'capture'`) is
 * **negative** (`-1000` = 10.00 spent), a refund to the card is positive, as Stripe records them.
 */
export const IssuingTransactionSchema: IssuingTransactionObjectSchema = object(issuingTransactionShape);
/** An Issuing transaction (`ipi_…`). */
export type IssuingTransaction = z.output<typeof IssuingTransactionSchema>;

/** Params of `issuing.transactions.update`. */
export const IssuingTransactionUpdateParamsSchema = MetadataUpdateParams;
/** Params of `issuing.transactions.update`. */
export type IssuingTransactionUpdateParams = z.input<typeof IssuingTransactionUpdateParamsSchema>;

/** Params of `issuing.transactions.list`. */
export const IssuingTransactionListParamsSchema = z.strictObject({
  ...V1ListParams,
  card: z.optional(Id),
  cardholder: z.optional(Id),
  created: z.optional(RangeQuery),
  type: z.optional(paramEnum(['capture', 'refund'])),
});
/** Params of `issuing.transactions.list`. */
export type IssuingTransactionListParams = z.input<typeof IssuingTransactionListParamsSchema>;

// ---- params shared by the simulations (test helpers) ----

/** A decimal in params: a decimal string (`"12.5"`) or a number. */
export const IssuingDecimalParam = z.union([DecimalString, z.number()]);

const issuingMerchantDataParamShape = {
  category: z.optional(MerchantCategoryParam),
  city: z.optional(z.string()),
  /** Two-letter country code, e.g. `US`. */
  country: z.optional(z.string()),
  name: z.optional(z.string()),
  network_id: z.optional(z.string()),
  postal_code: z.optional(z.string()),
  state: z.optional(z.string()),
  terminal_id: z.optional(z.string()),
  url: z.optional(z.string()),
};
/** Schema type of {@link IssuingMerchantDataParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingMerchantDataParamObjectSchema extends z.ZodMiniObject<typeof issuingMerchantDataParamShape, z.core.$strict> {}
/** The merchant of a simulated purchase. `category` is closed: a typo is rejected before sending. */
export const IssuingMerchantDataParamSchema: IssuingMerchantDataParamObjectSchema = z.strictObject(issuingMerchantDataParamShape);
/** The merchant of a simulated purchase. */
export type IssuingMerchantDataParam = z.input<typeof IssuingMerchantDataParamSchema>;

const issuingFleetParamShape = {
  cardholder_prompt_data: z.optional(z.strictObject({
      driver_id: z.optional(z.string()),
      odometer: z.optional(z.int()),
      unspecified_id: z.optional(z.string()),
      user_id: z.optional(z.string()),
      vehicle_number: z.optional(z.string()),
    })),
  purchase_type: z.optional(paramEnum(FLEET_PURCHASE_TYPES)),
  reported_breakdown: z.optional(z.strictObject({
      fuel: z.optional(z.strictObject({ gross_amount_decimal: z.optional(IssuingDecimalParam) })),
      non_fuel: z.optional(z.strictObject({ gross_amount_decimal: z.optional(IssuingDecimalParam) })),
      tax: z.optional(z.strictObject({ local_amount_decimal: z.optional(IssuingDecimalParam), national_amount_decimal: z.optional(IssuingDecimalParam) })),
    })),
  service_type: z.optional(paramEnum(FLEET_SERVICE_TYPES)),
};
/** Schema type of {@link IssuingFleetParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingFleetParamObjectSchema extends z.ZodMiniObject<typeof issuingFleetParamShape, z.core.$strict> {}
/** Fleet data of a simulated purchase. */
export const IssuingFleetParamSchema: IssuingFleetParamObjectSchema = z.strictObject(issuingFleetParamShape);

const issuingFuelParamShape = {
  industry_product_code: z.optional(z.string()),
  quantity_decimal: z.optional(IssuingDecimalParam),
  type: z.optional(paramEnum(FUEL_TYPES)),
  unit: z.optional(paramEnum(FUEL_UNITS)),
  unit_cost_decimal: z.optional(IssuingDecimalParam),
};
/** Schema type of {@link IssuingFuelParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingFuelParamObjectSchema extends z.ZodMiniObject<typeof issuingFuelParamShape, z.core.$strict> {}
/** Fuel data of a simulated purchase. */
export const IssuingFuelParamSchema: IssuingFuelParamObjectSchema = z.strictObject(issuingFuelParamShape);

const issuingPurchaseDetailsParamShape = {
  fleet: z.optional(IssuingFleetParamSchema),
  flight: z.optional(z.strictObject({
      departure_at: z.optional(z.int()),
      passenger_name: z.optional(z.string()),
      refundable: z.optional(z.boolean()),
      segments: z.optional(z.array(
          z.strictObject({
            arrival_airport_code: z.optional(z.string()),
            carrier: z.optional(z.string()),
            departure_airport_code: z.optional(z.string()),
            flight_number: z.optional(z.string()),
            service_class: z.optional(z.string()),
            stopover_allowed: z.optional(z.boolean()),
          }),
        )),
      travel_agency: z.optional(z.string()),
    })),
  fuel: z.optional(IssuingFuelParamSchema),
  lodging: z.optional(z.strictObject({ check_in_at: z.optional(z.int()), nights: z.optional(z.int()) })),
  receipt: z.optional(z.array(
      z.strictObject({
        description: z.optional(z.string().check(z.maxLength(26))),
        quantity: z.optional(IssuingDecimalParam),
        total: z.optional(z.int()),
        unit_cost: z.optional(z.int()),
      }),
    )),
  reference: z.optional(z.string()),
};
/** Schema type of {@link IssuingPurchaseDetailsParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPurchaseDetailsParamObjectSchema extends z.ZodMiniObject<typeof issuingPurchaseDetailsParamShape, z.core.$strict> {}
/** Level-3 purchase details of a simulated capture. */
export const IssuingPurchaseDetailsParamSchema: IssuingPurchaseDetailsParamObjectSchema = z.strictObject(issuingPurchaseDetailsParamShape);
/** Level-3 purchase details of a simulated capture. */
export type IssuingPurchaseDetailsParam = z.input<typeof IssuingPurchaseDetailsParamSchema>;

const issuingTransactionSimulateParamsShape = {
  /** Positive amount in minor units. */
  amount: z.int().check(z.positive()),
  card: Id,
  currency: z.optional(z.string().check(z.regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"'))),
  merchant_data: z.optional(IssuingMerchantDataParamSchema),
  purchase_details: z.optional(IssuingPurchaseDetailsParamSchema),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingTransactionSimulateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTransactionSimulateParamsObjectSchema extends z.ZodMiniObject<typeof issuingTransactionSimulateParamsShape, z.core.$strict> {}
/**
 * Params of `testHelpers.issuing.transactions.createForceCapture` and `createUnlinkedRefund`:
 * a transaction without a prior authorization. `amount` is positive; Stripe signs the result.
 */
export const IssuingTransactionSimulateParamsSchema: IssuingTransactionSimulateParamsObjectSchema = z.strictObject(issuingTransactionSimulateParamsShape);
/** Params of `createForceCapture` / `createUnlinkedRefund`. */
export type IssuingTransactionSimulateParams = z.input<typeof IssuingTransactionSimulateParamsSchema>;

/** Params of `testHelpers.issuing.transactions.refund`: defaults to the full captured amount. */
export const IssuingTransactionRefundParamsSchema = z.strictObject({
  /** Positive amount to refund, minor units. */
  refund_amount: z.optional(z.int().check(z.positive())),
  expand: z.optional(z.array(z.string())),
});
/** Params of `testHelpers.issuing.transactions.refund`. */
export type IssuingTransactionRefundParams = z.input<typeof IssuingTransactionRefundParamsSchema>;

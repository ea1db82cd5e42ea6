import * as z from 'zod';
import { Amount, Currency, DecimalString, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, MetadataUpdateParams } from './common.js';
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
  city: z.string().nullable(),
  country: z.string().nullable(),
  name: z.string().nullable(),
  network_id: z.string(),
  postal_code: z.string().nullable(),
  state: z.string().nullable(),
  tax_id: z.string().nullable().optional(),
  terminal_id: z.string().nullable(),
  url: z.string().nullable(),
};
/** Schema type of {@link IssuingMerchantDataSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingMerchantDataObjectSchema extends z.ZodObject<typeof issuingMerchantDataShape> {}
/**
 * The merchant of an authorization or transaction as the card network reported it.
 * `category` is one of {@link MERCHANT_CATEGORIES} (open: a new category never breaks a call).
 */
export const IssuingMerchantDataSchema: IssuingMerchantDataObjectSchema = z.object(issuingMerchantDataShape);
/** The merchant of an authorization or transaction. */
export type IssuingMerchantData = z.output<typeof IssuingMerchantDataSchema>;

/** Breakdown of an amount: ATM fee and cashback, integers in minor units. */
export const IssuingAmountDetailsSchema = z.object({ atm_fee: Amount.nullable(), cashback_amount: Amount.nullable() });

const issuingTransactionShape = {
  id: Id,
  object: z.literal('issuing.transaction'),
  /** Signed, card currency, minor units: negative for captures, positive for refunds. */
  amount: Amount,
  amount_details: IssuingAmountDetailsSchema.nullable(),
  /** The authorization it settles (`iauth_…`); `null` for force captures and unlinked refunds. */
  authorization: z.union([Id, z.object({ id: Id, object: z.literal('issuing.authorization') })]).nullable(),
  balance_transaction: z.union([Id, z.object({ id: Id, object: z.literal('balance_transaction') })]).nullable(),
  /** The card id, or the expanded card. */
  card: z.union([Id, IssuingCardSchema]),
  /** The cardholder id, or the expanded cardholder. */
  cardholder: z.union([Id, IssuingCardholderSchema]).nullable(),
  created: Timestamp,
  currency: Currency,
  /** The dispute of this transaction (`idp_…`), if any. */
  dispute: z.union([Id, z.object({ id: Id, object: z.literal('issuing.dispute') })]).nullable(),
  livemode: z.boolean(),
  /** Signed, merchant currency, minor units. */
  merchant_amount: Amount,
  merchant_currency: Currency,
  merchant_data: IssuingMerchantDataSchema,
  metadata: Metadata,
  network_data: z
    .object({
      authorization_code: z.string().nullable(),
      /** `YYYY-MM-DD`. */
      processing_date: z.string().nullable(),
      transaction_id: z.string().nullable(),
    })
    .nullable(),
  /** Level-3 data (flights, lodging, fuel, receipts); only with `expand: ['purchase_details']`. */
  purchase_details: z
    .object({
      fleet: z.object({}).loose().nullable(),
      flight: z
        .object({
          departure_at: Timestamp.nullable(),
          passenger_name: z.string().nullable(),
          refundable: z.boolean().nullable(),
          segments: z.array(z.object({}).loose()).nullable(),
          travel_agency: z.string().nullable(),
        })
        .nullable(),
      fuel: z
        .object({
          industry_product_code: z.string().nullable(),
          quantity_decimal: DecimalString.nullable(),
          type: z.string(),
          unit: z.string(),
          unit_cost_decimal: DecimalString,
        })
        .nullable(),
      lodging: z.object({ check_in_at: Timestamp.nullable(), nights: z.number().int().nullable() }).nullable(),
      receipt: z
        .array(z.object({ description: z.string().nullable(), quantity: z.number().nullable(), total: Amount.nullable(), unit_cost: Amount.nullable() }))
        .nullable(),
      reference: z.string().nullable(),
    })
    .nullable()
    .optional(),
  token: z.union([Id, z.object({ id: Id, object: z.literal('issuing.token') })]).nullable().optional(),
  /** Treasury-backed cards: the received credit/debit this transaction produced. */
  treasury: z.object({ received_credit: z.string().nullable(), received_debit: z.string().nullable() }).nullable().optional(),
  type: openEnum(['capture', 'refund']),
  wallet: openEnum(ISSUING_WALLETS).nullable(),
};
/** Schema type of {@link IssuingTransactionSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTransactionObjectSchema extends z.ZodObject<typeof issuingTransactionShape> {}
/**
 * An Issuing transaction (`ipi_…`): money that moved on a card. Card spend (`type: 'capture'`) is
 * **negative** (`-1000` = 10.00 spent), a refund to the card is positive, as Stripe records them.
 */
export const IssuingTransactionSchema: IssuingTransactionObjectSchema = z.object(issuingTransactionShape);
/** An Issuing transaction (`ipi_…`). */
export type IssuingTransaction = z.output<typeof IssuingTransactionSchema>;

/** Params of `issuing.transactions.update`. */
export const IssuingTransactionUpdateParamsSchema = MetadataUpdateParams;
/** Params of `issuing.transactions.update`. */
export type IssuingTransactionUpdateParams = z.input<typeof IssuingTransactionUpdateParamsSchema>;

/** Params of `issuing.transactions.list`. */
export const IssuingTransactionListParamsSchema = z.strictObject({
  ...V1ListParams,
  card: Id.optional(),
  cardholder: Id.optional(),
  created: RangeQuery.optional(),
  type: paramEnum(['capture', 'refund']).optional(),
});
/** Params of `issuing.transactions.list`. */
export type IssuingTransactionListParams = z.input<typeof IssuingTransactionListParamsSchema>;

// ---- params shared by the simulations (test helpers) ----

/** A decimal in params: a decimal string (`"12.5"`) or a number. */
export const IssuingDecimalParam = z.union([DecimalString, z.number()]);

const issuingMerchantDataParamShape = {
  category: MerchantCategoryParam.optional(),
  city: z.string().optional(),
  /** Two-letter country code, e.g. `US`. */
  country: z.string().optional(),
  name: z.string().optional(),
  network_id: z.string().optional(),
  postal_code: z.string().optional(),
  state: z.string().optional(),
  terminal_id: z.string().optional(),
  url: z.string().optional(),
};
/** Schema type of {@link IssuingMerchantDataParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingMerchantDataParamObjectSchema extends z.ZodObject<typeof issuingMerchantDataParamShape, z.core.$strict> {}
/** The merchant of a simulated purchase. `category` is closed: a typo is rejected before sending. */
export const IssuingMerchantDataParamSchema: IssuingMerchantDataParamObjectSchema = z.strictObject(issuingMerchantDataParamShape);
/** The merchant of a simulated purchase. */
export type IssuingMerchantDataParam = z.input<typeof IssuingMerchantDataParamSchema>;

const issuingFleetParamShape = {
  cardholder_prompt_data: z
    .strictObject({
      driver_id: z.string().optional(),
      odometer: z.number().int().optional(),
      unspecified_id: z.string().optional(),
      user_id: z.string().optional(),
      vehicle_number: z.string().optional(),
    })
    .optional(),
  purchase_type: paramEnum(FLEET_PURCHASE_TYPES).optional(),
  reported_breakdown: z
    .strictObject({
      fuel: z.strictObject({ gross_amount_decimal: IssuingDecimalParam.optional() }).optional(),
      non_fuel: z.strictObject({ gross_amount_decimal: IssuingDecimalParam.optional() }).optional(),
      tax: z.strictObject({ local_amount_decimal: IssuingDecimalParam.optional(), national_amount_decimal: IssuingDecimalParam.optional() }).optional(),
    })
    .optional(),
  service_type: paramEnum(FLEET_SERVICE_TYPES).optional(),
};
/** Schema type of {@link IssuingFleetParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingFleetParamObjectSchema extends z.ZodObject<typeof issuingFleetParamShape, z.core.$strict> {}
/** Fleet data of a simulated purchase. */
export const IssuingFleetParamSchema: IssuingFleetParamObjectSchema = z.strictObject(issuingFleetParamShape);

const issuingFuelParamShape = {
  industry_product_code: z.string().optional(),
  quantity_decimal: IssuingDecimalParam.optional(),
  type: paramEnum(FUEL_TYPES).optional(),
  unit: paramEnum(FUEL_UNITS).optional(),
  unit_cost_decimal: IssuingDecimalParam.optional(),
};
/** Schema type of {@link IssuingFuelParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingFuelParamObjectSchema extends z.ZodObject<typeof issuingFuelParamShape, z.core.$strict> {}
/** Fuel data of a simulated purchase. */
export const IssuingFuelParamSchema: IssuingFuelParamObjectSchema = z.strictObject(issuingFuelParamShape);

const issuingPurchaseDetailsParamShape = {
  fleet: IssuingFleetParamSchema.optional(),
  flight: z
    .strictObject({
      departure_at: z.number().int().optional(),
      passenger_name: z.string().optional(),
      refundable: z.boolean().optional(),
      segments: z
        .array(
          z.strictObject({
            arrival_airport_code: z.string().optional(),
            carrier: z.string().optional(),
            departure_airport_code: z.string().optional(),
            flight_number: z.string().optional(),
            service_class: z.string().optional(),
            stopover_allowed: z.boolean().optional(),
          }),
        )
        .optional(),
      travel_agency: z.string().optional(),
    })
    .optional(),
  fuel: IssuingFuelParamSchema.optional(),
  lodging: z.strictObject({ check_in_at: z.number().int().optional(), nights: z.number().int().optional() }).optional(),
  receipt: z
    .array(
      z.strictObject({
        description: z.string().max(26).optional(),
        quantity: IssuingDecimalParam.optional(),
        total: z.number().int().optional(),
        unit_cost: z.number().int().optional(),
      }),
    )
    .optional(),
  reference: z.string().optional(),
};
/** Schema type of {@link IssuingPurchaseDetailsParamSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPurchaseDetailsParamObjectSchema extends z.ZodObject<typeof issuingPurchaseDetailsParamShape, z.core.$strict> {}
/** Level-3 purchase details of a simulated capture. */
export const IssuingPurchaseDetailsParamSchema: IssuingPurchaseDetailsParamObjectSchema = z.strictObject(issuingPurchaseDetailsParamShape);
/** Level-3 purchase details of a simulated capture. */
export type IssuingPurchaseDetailsParam = z.input<typeof IssuingPurchaseDetailsParamSchema>;

const issuingTransactionSimulateParamsShape = {
  /** Positive amount in minor units. */
  amount: z.number().int().positive(),
  card: Id,
  currency: z.string().regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"').optional(),
  merchant_data: IssuingMerchantDataParamSchema.optional(),
  purchase_details: IssuingPurchaseDetailsParamSchema.optional(),
  expand: z.array(z.string()).optional(),
};
/** Schema type of {@link IssuingTransactionSimulateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingTransactionSimulateParamsObjectSchema extends z.ZodObject<typeof issuingTransactionSimulateParamsShape, z.core.$strict> {}
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
  refund_amount: z.number().int().positive().optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `testHelpers.issuing.transactions.refund`. */
export type IssuingTransactionRefundParams = z.input<typeof IssuingTransactionRefundParamsSchema>;

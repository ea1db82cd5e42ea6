import * as z from 'zod/mini';
import { Amount, Currency, DecimalString, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, MetadataUpdateParams, object } from './common.js';
import { IssuingCardholderSchema } from './issuing-cardholders.js';
import { IssuingCardSchema } from './issuing-cards.js';
import {
  IssuingAmountDetailsSchema,
  FLEET_PURCHASE_TYPES,
  FLEET_SERVICE_TYPES,
  IssuingFleetParamSchema,
  FUEL_TYPES,
  FUEL_UNITS,
  IssuingFuelParamSchema,
  IssuingTransactionSchema,
  IssuingMerchantDataParamSchema,
  IssuingMerchantDataSchema,
  IssuingPurchaseDetailsParamSchema,
  ISSUING_WALLETS,
} from './issuing-transactions.js';

/** Authorization statuses: `pending` while held, then `closed` (captured), `reversed` or `expired`. */
export const AUTHORIZATION_STATUSES = ['pending', 'closed', 'reversed', 'expired'] as const;
/** How the card was presented. */
export const AUTHORIZATION_METHODS = ['chip', 'contactless', 'keyed_in', 'online', 'swipe'] as const;
/** Result of an address / postal code / CVC / expiry check. */
export const VERIFICATION_CHECKS = ['match', 'mismatch', 'not_provided'] as const;

/**
 * Why a request was approved or declined (`request_history[].reason`), see the real-time
 * authorization docs. Open: Stripe adds reasons.
 */
export const AUTHORIZATION_REQUEST_REASONS = [
  'account_disabled',
  'card_active',
  'card_canceled',
  'card_expired',
  'card_inactive',
  'cardholder_blocked',
  'cardholder_inactive',
  'cardholder_verification_required',
  'insecure_authorization_method',
  'insufficient_funds',
  'network_fallback',
  'not_allowed',
  'pin_blocked',
  'spending_controls',
  'stripe_internal_error',
  'suspected_fraud',
  'verification_failed',
  'webhook_approved',
  'webhook_declined',
  'webhook_error',
  'webhook_timeout',
] as const;
/** Why a request was approved or declined. */
export type AuthorizationRequestReason = (typeof AUTHORIZATION_REQUEST_REASONS)[number];

const Check = openEnum(VERIFICATION_CHECKS);

const authorizationPendingRequestShape = {
  amount: Amount,
  amount_details: z.nullable(IssuingAmountDetailsSchema),
  currency: Currency,
  /** When `true` you may approve a different positive `amount`. */
  is_amount_controllable: z.boolean(),
  merchant_amount: Amount,
  merchant_currency: Currency,
  /** 1–99 network fraud estimate. */
  network_risk_score: z.nullable(z.int()),
};
/** Schema type of {@link AuthorizationPendingRequestSchema}, named so that declaration files refer to it instead of expanding it. */
export interface AuthorizationPendingRequestObjectSchema extends z.ZodMiniObject<typeof authorizationPendingRequestShape, z.core.$strip> {}
/**
 * The request awaiting a decision; non-null only while the `issuing_authorization.request` webhook is
 * being answered. `amount` is what Stripe will hold in the card currency if you approve.
 */
export const AuthorizationPendingRequestSchema: AuthorizationPendingRequestObjectSchema = object(authorizationPendingRequestShape);
/** The request awaiting a decision. */
export type AuthorizationPendingRequest = z.output<typeof AuthorizationPendingRequestSchema>;

const authorizationRequestHistoryShape = {
  /** `pending_request.amount` at request time; card currency, minor units. */
  amount: Amount,
  amount_details: z.nullable(IssuingAmountDetailsSchema),
  approved: z.boolean(),
  authorization_code: z.nullable(z.string()),
  created: Timestamp,
  currency: Currency,
  merchant_amount: Amount,
  merchant_currency: Currency,
  network_risk_score: z.nullable(z.int()),
  reason: openEnum(AUTHORIZATION_REQUEST_REASONS),
  reason_message: z.nullable(z.string()),
  requested_at: z.nullable(Timestamp),
};
/** Schema type of {@link AuthorizationRequestHistorySchema}, named so that declaration files refer to it instead of expanding it. */
export interface AuthorizationRequestHistoryObjectSchema extends z.ZodMiniObject<typeof authorizationRequestHistoryShape, z.core.$strip> {}
/** One decided request of an authorization (the first request, then increments). */
export const AuthorizationRequestHistorySchema: AuthorizationRequestHistoryObjectSchema = object(authorizationRequestHistoryShape);
/** One decided request of an authorization. */
export type AuthorizationRequestHistory = z.output<typeof AuthorizationRequestHistorySchema>;

const authorizationVerificationDataShape = {
  address_line1_check: Check,
  address_postal_code_check: Check,
  authentication_exemption: z.nullable(object({
      claimed_by: openEnum(['acquirer', 'issuer']),
      type: openEnum(['low_value_transaction', 'transaction_risk_analysis', 'unknown']),
    })),
  cvc_check: Check,
  expiry_check: Check,
  postal_code: z.nullable(z.string()),
  three_d_secure: z.nullable(object({ result: openEnum(['attempt_acknowledged', 'authenticated', 'failed', 'required']) })),
};
/** Schema type of {@link AuthorizationVerificationDataSchema}, named so that declaration files refer to it instead of expanding it. */
export interface AuthorizationVerificationDataObjectSchema extends z.ZodMiniObject<typeof authorizationVerificationDataShape, z.core.$strip> {}
/** Checks the network ran on the card data presented. */
export const AuthorizationVerificationDataSchema: AuthorizationVerificationDataObjectSchema = object(authorizationVerificationDataShape);
/** Checks the network ran on the card data presented. */
export type AuthorizationVerificationData = z.output<typeof AuthorizationVerificationDataSchema>;

const decimalOrNull = z.nullable(DecimalString);

const issuingAuthorizationShape = {
  id: Id,
  object: z.literal('issuing.authorization'),
  /** Total held (or, if declined, rejected) in the card currency, minor units; 0 while the first request is pending. */
  amount: Amount,
  amount_details: z.nullable(IssuingAmountDetailsSchema),
  approved: z.boolean(),
  authorization_method: openEnum(AUTHORIZATION_METHODS),
  balance_transactions: z.array(object({ id: Id, object: z.literal('balance_transaction') })),
  /** The card, always expanded. */
  card: IssuingCardSchema,
  card_presence: z.optional(z.nullable(openEnum(['present', 'not_present']))),
  /** The cardholder id, or the expanded cardholder. */
  cardholder: z.nullable(z.union([Id, IssuingCardholderSchema])),
  created: Timestamp,
  currency: Currency,
  fleet: z.nullable(object({
      cardholder_prompt_data: z.nullable(object({
          alphanumeric_id: z.optional(z.nullable(z.string())),
          driver_id: z.nullable(z.string()),
          odometer: z.nullable(z.int()),
          unspecified_id: z.nullable(z.string()),
          user_id: z.nullable(z.string()),
          vehicle_number: z.nullable(z.string()),
        })),
      purchase_type: z.nullable(openEnum(FLEET_PURCHASE_TYPES)),
      reported_breakdown: z.nullable(object({
          fuel: z.nullable(object({ gross_amount_decimal: decimalOrNull })),
          non_fuel: z.nullable(object({ gross_amount_decimal: decimalOrNull })),
          tax: z.nullable(object({ local_amount_decimal: decimalOrNull, national_amount_decimal: decimalOrNull })),
        })),
      service_type: z.nullable(openEnum(FLEET_SERVICE_TYPES)),
    })),
  fraud_challenges: z.optional(z.nullable(z.array(
      object({
        channel: openEnum(['sms']),
        status: openEnum(['expired', 'pending', 'rejected', 'undeliverable', 'verified']),
        undeliverable_reason: z.nullable(openEnum(['no_phone_number', 'unsupported_phone_number'])),
      }),
    ))),
  fuel: z.nullable(object({
      industry_product_code: z.nullable(z.string()),
      quantity_decimal: decimalOrNull,
      type: z.nullable(openEnum(FUEL_TYPES)),
      unit: z.nullable(openEnum(FUEL_UNITS)),
      unit_cost_decimal: decimalOrNull,
    })),
  livemode: z.boolean(),
  /** Total in the merchant's currency; equals `amount` unless currencies differ. */
  merchant_amount: Amount,
  merchant_currency: Currency,
  merchant_data: IssuingMerchantDataSchema,
  metadata: Metadata,
  network_data: z.nullable(object({
      acquiring_institution_id: z.nullable(z.string()),
      system_trace_audit_number: z.nullable(z.string()),
      transaction_id: z.nullable(z.string()),
    })),
  pending_request: z.nullable(AuthorizationPendingRequestSchema),
  request_history: z.array(AuthorizationRequestHistorySchema),
  status: openEnum(AUTHORIZATION_STATUSES),
  token: z.optional(z.nullable(z.union([Id, object({ id: Id, object: z.literal('issuing.token') })]))),
  /** Transactions (captures, refunds) linked to this authorization. */
  transactions: z.array(IssuingTransactionSchema),
  treasury: z.optional(z.nullable(object({ received_credits: z.array(z.string()), received_debits: z.array(z.string()), transaction: z.nullable(z.string()) }))),
  verification_data: AuthorizationVerificationDataSchema,
  verified_by_fraud_challenge: z.nullable(z.boolean()),
  wallet: z.nullable(openEnum(ISSUING_WALLETS)),
};
/** Schema type of {@link IssuingAuthorizationSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingAuthorizationObjectSchema extends z.ZodMiniObject<typeof issuingAuthorizationShape, z.core.$strip> {}
/**
 * An Issuing authorization (`iauth_…`): a merchant's request to hold funds on a card.
 * `amount` is positive (what is held); `card` is the full card object.
 * `status`: `pending` → `closed` (captured) | `reversed` | `expired`.
 */
export const IssuingAuthorizationSchema: IssuingAuthorizationObjectSchema = object(issuingAuthorizationShape);
/** An Issuing authorization (`iauth_…`). */
export type IssuingAuthorization = z.output<typeof IssuingAuthorizationSchema>;

/** Params of `issuing.authorizations.update`. */
export const IssuingAuthorizationUpdateParamsSchema = MetadataUpdateParams;
/** Params of `issuing.authorizations.update`. */
export type IssuingAuthorizationUpdateParams = z.input<typeof IssuingAuthorizationUpdateParamsSchema>;

/** Params of `issuing.authorizations.list`. */
export const IssuingAuthorizationListParamsSchema = z.strictObject({
  ...V1ListParams,
  card: z.optional(Id),
  cardholder: z.optional(Id),
  created: z.optional(RangeQuery),
  status: z.optional(paramEnum(AUTHORIZATION_STATUSES)),
});
/** Params of `issuing.authorizations.list`. */
export type IssuingAuthorizationListParams = z.input<typeof IssuingAuthorizationListParamsSchema>;

/** Params of the deprecated `issuing.authorizations.approve`. */
export const IssuingAuthorizationApproveParamsSchema = z.strictObject({
  /** A different positive hold; only when `pending_request.is_amount_controllable`. */
  amount: z.optional(z.int().check(z.positive())),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of the deprecated `issuing.authorizations.approve`. */
export type IssuingAuthorizationApproveParams = z.input<typeof IssuingAuthorizationApproveParamsSchema>;

/** Params of the deprecated `issuing.authorizations.decline`. */
export const IssuingAuthorizationDeclineParamsSchema = MetadataUpdateParams;
/** Params of the deprecated `issuing.authorizations.decline`. */
export type IssuingAuthorizationDeclineParams = z.input<typeof IssuingAuthorizationDeclineParamsSchema>;

// ---- simulations (test helpers) ----

const RiskLevel = paramEnum(['elevated', 'highest', 'low', 'normal', 'not_assessed', 'unknown']);
const CheckParam = paramEnum(VERIFICATION_CHECKS);

const issuingAuthorizationCreateParamsShape = {
  /** The card being charged (`ic_…`). */
  card: Id,
  /** Positive amount requested, minor units of `currency` (default: 1000 in the card currency). */
  amount: z.optional(z.int().check(z.positive())),
  amount_details: z.optional(z.strictObject({ atm_fee: z.optional(z.int()), cashback_amount: z.optional(z.int()) })),
  authorization_method: z.optional(paramEnum(AUTHORIZATION_METHODS)),
  currency: z.optional(z.string().check(z.regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"'))),
  fleet: z.optional(IssuingFleetParamSchema),
  fraud_disputability_likelihood: z.optional(paramEnum(['neutral', 'unknown', 'very_likely', 'very_unlikely'])),
  fuel: z.optional(IssuingFuelParamSchema),
  /** Let the approver choose a different hold amount. */
  is_amount_controllable: z.optional(z.boolean()),
  merchant_amount: z.optional(z.int().check(z.positive())),
  merchant_currency: z.optional(z.string().check(z.regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"'))),
  merchant_data: z.optional(IssuingMerchantDataParamSchema),
  network_data: z.optional(z.strictObject({ acquiring_institution_id: z.optional(z.string()) })),
  risk_assessment: z.optional(z.strictObject({
      card_testing_risk: z.optional(z.strictObject({
          invalid_account_number_decline_rate_past_hour: z.optional(z.int()),
          invalid_credentials_decline_rate_past_hour: z.optional(z.int()),
          level: RiskLevel,
        })),
      fraud_risk: z.optional(z.strictObject({ level: RiskLevel, score: z.optional(z.number()) })),
      merchant_dispute_risk: z.optional(z.strictObject({ dispute_rate: z.optional(z.int()), level: RiskLevel })),
    })),
  verification_data: z.optional(z.strictObject({
      address_line1_check: z.optional(CheckParam),
      address_postal_code_check: z.optional(CheckParam),
      authentication_exemption: z.optional(z.strictObject({
          claimed_by: paramEnum(['acquirer', 'issuer']),
          type: paramEnum(['low_value_transaction', 'transaction_risk_analysis', 'unknown']),
        })),
      cvc_check: z.optional(CheckParam),
      expiry_check: z.optional(CheckParam),
      three_d_secure: z.optional(z.strictObject({ result: paramEnum(['attempt_acknowledged', 'authenticated', 'failed', 'required']) })),
    })),
  wallet: z.optional(paramEnum(ISSUING_WALLETS)),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingAuthorizationCreateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingAuthorizationCreateParamsObjectSchema extends z.ZodMiniObject<typeof issuingAuthorizationCreateParamsShape, z.core.$strict> {}
/**
 * Params of `testHelpers.issuing.authorizations.create`: a simulated purchase on a test card.
 * @example { card: 'ic_123', amount: 1000, currency: 'usd', merchant_data: { category: 'fast_food_restaurants', name: 'Taco Lab' } }
 */
export const IssuingAuthorizationCreateParamsSchema: IssuingAuthorizationCreateParamsObjectSchema = z.strictObject(issuingAuthorizationCreateParamsShape);
/** Params of `testHelpers.issuing.authorizations.create`. */
export type IssuingAuthorizationCreateParams = z.input<typeof IssuingAuthorizationCreateParamsSchema>;

const issuingAuthorizationCaptureParamsShape = {
  /** Positive amount to capture (default: the authorized amount). */
  capture_amount: z.optional(z.int().check(z.positive())),
  /** Close the authorization after this capture (default `true`). */
  close_authorization: z.optional(z.boolean()),
  purchase_details: z.optional(IssuingPurchaseDetailsParamSchema),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingAuthorizationCaptureParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingAuthorizationCaptureParamsObjectSchema extends z.ZodMiniObject<typeof issuingAuthorizationCaptureParamsShape, z.core.$strict> {}
/** Params of `testHelpers.issuing.authorizations.capture`. */
export const IssuingAuthorizationCaptureParamsSchema: IssuingAuthorizationCaptureParamsObjectSchema = z.strictObject(issuingAuthorizationCaptureParamsShape);
/** Params of `testHelpers.issuing.authorizations.capture`. */
export type IssuingAuthorizationCaptureParams = z.input<typeof IssuingAuthorizationCaptureParamsSchema>;

/** Params of `testHelpers.issuing.authorizations.expire`. */
export const IssuingAuthorizationExpireParamsSchema = z.strictObject({ expand: z.optional(z.array(z.string())) });
/** Params of `testHelpers.issuing.authorizations.expire`. */
export type IssuingAuthorizationExpireParams = z.input<typeof IssuingAuthorizationExpireParamsSchema>;

const issuingAuthorizationFinalizeAmountParamsShape = {
  /** The final amount, minor units. */
  final_amount: z.int().check(z.nonnegative()),
  fleet: z.optional(IssuingFleetParamSchema),
  fuel: z.optional(IssuingFuelParamSchema),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingAuthorizationFinalizeAmountParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingAuthorizationFinalizeAmountParamsObjectSchema extends z.ZodMiniObject<typeof issuingAuthorizationFinalizeAmountParamsShape, z.core.$strict> {}
/** Params of `testHelpers.issuing.authorizations.finalizeAmount` (fuel dispensers). */
export const IssuingAuthorizationFinalizeAmountParamsSchema: IssuingAuthorizationFinalizeAmountParamsObjectSchema = z.strictObject(issuingAuthorizationFinalizeAmountParamsShape);
/** Params of `testHelpers.issuing.authorizations.finalizeAmount`. */
export type IssuingAuthorizationFinalizeAmountParams = z.input<typeof IssuingAuthorizationFinalizeAmountParamsSchema>;

/** Params of `testHelpers.issuing.authorizations.increment`. */
export const IssuingAuthorizationIncrementParamsSchema = z.strictObject({
  /** Positive amount added to the hold, minor units. */
  increment_amount: z.int().check(z.positive()),
  is_amount_controllable: z.optional(z.boolean()),
  expand: z.optional(z.array(z.string())),
});
/** Params of `testHelpers.issuing.authorizations.increment`. */
export type IssuingAuthorizationIncrementParams = z.input<typeof IssuingAuthorizationIncrementParamsSchema>;

/** Params of `testHelpers.issuing.authorizations.reverse`. */
export const IssuingAuthorizationReverseParamsSchema = z.strictObject({
  /** Positive amount to release (default: the whole hold). */
  reverse_amount: z.optional(z.int().check(z.positive())),
  expand: z.optional(z.array(z.string())),
});
/** Params of `testHelpers.issuing.authorizations.reverse`. */
export type IssuingAuthorizationReverseParams = z.input<typeof IssuingAuthorizationReverseParamsSchema>;

/** Params of `testHelpers.issuing.authorizations.respond` (answer a fraud challenge). */
export const IssuingAuthorizationRespondParamsSchema = z.strictObject({
  /** Whether the cardholder confirmed the purchase. */
  confirmed: z.boolean(),
  expand: z.optional(z.array(z.string())),
});
/** Params of `testHelpers.issuing.authorizations.respond`. */
export type IssuingAuthorizationRespondParams = z.input<typeof IssuingAuthorizationRespondParamsSchema>;

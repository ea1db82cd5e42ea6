import * as z from 'zod/mini';
import { Currency, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum, object } from './common.js';

/**
 * The features a financial account can have, as named in `active_features`, `pending_features` and
 * `restricted_features` (dotted: `outbound_payments.ach`).
 */
export const FINANCIAL_ACCOUNT_FEATURES = [
  'card_issuing',
  'deposit_insurance',
  'financial_addresses.aba',
  'financial_addresses.aba.forwarding',
  'inbound_transfers.ach',
  'intra_stripe_flows',
  'outbound_payments.ach',
  'outbound_payments.us_domestic_wire',
  'outbound_transfers.ach',
  'outbound_transfers.us_domestic_wire',
  'remote_deposit_capture',
] as const;

/** A financial account feature name (known values or a newer string). */
export const FinancialAccountFeatureSchema = openEnum(FINANCIAL_ACCOUNT_FEATURES);
/** A financial account feature name, e.g. `card_issuing` or `outbound_payments.ach`. */
export type FinancialAccountFeature = z.output<typeof FinancialAccountFeatureSchema>;

/** `inbound_flows` / `outbound_flows` of `platform_restrictions`. */
export const PlatformRestrictionSchema = openEnum(['restricted', 'unrestricted']);
/** `restricted` blocks the flows (an `outbound_flows: restricted` account declines card authorizations). */
export type PlatformRestriction = z.output<typeof PlatformRestrictionSchema>;

/** `status` of a financial account. */
export const FinancialAccountStatusSchema = openEnum(['open', 'closed']);
/** `status` of a financial account. */
export type FinancialAccountStatus = z.output<typeof FinancialAccountStatusSchema>;

/** A routing/account number pair of a financial account (`financial_addresses[]`). */
export const FinancialAddressSchema = object({
  aba: z.optional(object({
      account_holder_name: z.string(),
      /** Only present when expanded (`expand[]=financial_addresses.aba.account_number`). */
      account_number: z.optional(z.nullable(z.string())),
      account_number_last4: z.string(),
      bank_name: z.string(),
      routing_number: z.string(),
    })),
  supported_networks: z.optional(z.array(openEnum(['ach', 'rtp', 'us_domestic_wire']))),
  type: openEnum(['aba']),
});
/** A financial address (ABA routing and account number). */
export type FinancialAddress = z.output<typeof FinancialAddressSchema>;

/** `status` of one feature. */
export const FeatureStatusSchema = openEnum(['active', 'pending', 'restricted']);
/** `active`, `pending` or `restricted`. */
export type FeatureStatus = z.output<typeof FeatureStatusSchema>;

/** Why a feature is not active, and what to do about it. */
export const FeatureStatusDetailSchema = object({
  code: openEnum([
    'activating',
    'capability_not_requested',
    'financial_account_closed',
    'rejected_other',
    'rejected_unsupported_business',
    'requirements_past_due',
    'requirements_pending_verification',
    'restricted_by_platform',
    'restricted_other',
  ]),
  resolution: z.nullable(openEnum(['contact_stripe', 'provide_information', 'remove_restriction'])),
  /** Which flows a `restricted_by_platform` restriction covers. */
  restriction: z.optional(openEnum(['inbound_flows', 'outbound_flows'])),
});
/** One `status_details[]` entry of a feature. */
export type FeatureStatusDetail = z.output<typeof FeatureStatusDetailSchema>;

/** The state of one feature: whether it was requested, its status and the reasons. */
export const FinancialAccountFeatureStateSchema = object({
  requested: z.boolean(),
  status: FeatureStatusSchema,
  status_details: z.array(FeatureStatusDetailSchema),
});
/** `{ requested, status, status_details }` of one feature. */
export type FinancialAccountFeatureState = z.output<typeof FinancialAccountFeatureStateSchema>;

const State = FinancialAccountFeatureStateSchema;

/**
 * The features of a financial account, each `{ requested, status, status_details }`.
 * `GET /v1/treasury/financial_accounts/{id}/features`.
 */
export const FinancialAccountFeaturesSchema = object({
  object: z.literal('treasury.financial_account_features'),
  card_issuing: z.optional(State),
  deposit_insurance: z.optional(State),
  financial_addresses: z.optional(object({ aba: z.optional(State) })),
  inbound_transfers: z.optional(object({ ach: z.optional(State) })),
  intra_stripe_flows: z.optional(State),
  outbound_payments: z.optional(object({ ach: z.optional(State), us_domestic_wire: z.optional(State) })),
  outbound_transfers: z.optional(object({ ach: z.optional(State), us_domestic_wire: z.optional(State) })),
});
/** The features object of a financial account (`treasury.financial_account_features`). */
export type FinancialAccountFeatures = z.output<typeof FinancialAccountFeaturesSchema>;

/**
 * A Treasury financial account (`fa_…`) of a connected account: balances per currency, the features
 * (active, pending, restricted) and the ABA address money can be sent to.
 */
export const FinancialAccountSchema = object({
  id: Id,
  object: z.literal('treasury.financial_account'),
  active_features: z.optional(z.array(FinancialAccountFeatureSchema)),
  /** Balances per currency, in minor units: `{ cash: { usd: 1000 }, inbound_pending, outbound_pending }`. */
  balance: object({
    cash: z.record(z.string(), z.int()),
    inbound_pending: z.record(z.string(), z.int()),
    outbound_pending: z.record(z.string(), z.int()),
  }),
  country: z.string(),
  created: Timestamp,
  /** Only with `expand[]=features`. */
  features: z.optional(FinancialAccountFeaturesSchema),
  financial_addresses: z.array(FinancialAddressSchema),
  is_default: z.optional(z.boolean()),
  livemode: z.boolean(),
  metadata: z.nullable(Metadata),
  nickname: z.optional(z.nullable(z.string())),
  pending_features: z.optional(z.array(FinancialAccountFeatureSchema)),
  platform_restrictions: z.optional(z.nullable(object({ inbound_flows: z.nullable(PlatformRestrictionSchema), outbound_flows: z.nullable(PlatformRestrictionSchema) }))),
  restricted_features: z.optional(z.array(FinancialAccountFeatureSchema)),
  status: FinancialAccountStatusSchema,
  status_details: object({
    closed: z.nullable(object({ reasons: z.array(openEnum(['account_rejected', 'closed_by_platform', 'other'])) })),
  }),
  supported_currencies: z.array(z.string()),
});
/** A Treasury financial account (`fa_…`). */
export type FinancialAccount = z.output<typeof FinancialAccountSchema>;

const Request = z.strictObject({ requested: z.boolean() });

/** Features to request (`requested: true`) or remove (`requested: false`), as sent on create, update and updateFeatures. */
export const FinancialAccountFeaturesParamSchema = z.strictObject({
  card_issuing: z.optional(Request),
  deposit_insurance: z.optional(Request),
  financial_addresses: z.optional(z.strictObject({ aba: z.optional(Request) })),
  inbound_transfers: z.optional(z.strictObject({ ach: z.optional(Request) })),
  intra_stripe_flows: z.optional(Request),
  outbound_payments: z.optional(z.strictObject({ ach: z.optional(Request), us_domestic_wire: z.optional(Request) })),
  outbound_transfers: z.optional(z.strictObject({ ach: z.optional(Request), us_domestic_wire: z.optional(Request) })),
});
/** `features[card_issuing][requested]=true` and friends. */
export type FinancialAccountFeaturesParam = z.input<typeof FinancialAccountFeaturesParamSchema>;

/** `platform_restrictions` in params. */
export const PlatformRestrictionsParamSchema = z.strictObject({
  inbound_flows: z.optional(paramEnum(['restricted', 'unrestricted'])),
  outbound_flows: z.optional(paramEnum(['restricted', 'unrestricted'])),
});

/** Where the balance goes when the account closes, or where forwarded funds go. */
export const ForwardingSettingsParamSchema = z.strictObject({
  type: paramEnum(['financial_account', 'payment_method']),
  financial_account: z.optional(Id),
  payment_method: z.optional(Id),
});

/** Params of `treasury.financialAccounts.create`. */
export const FinancialAccountCreateParamsSchema = z.strictObject({
  /** Currencies the account holds, lower case (`['usd']`). */
  supported_currencies: z.array(Currency).check(z.minLength(1)),
  features: z.optional(FinancialAccountFeaturesParamSchema),
  metadata: z.optional(MetadataParam),
  nickname: z.optional(z.union([z.string(), z.literal('')])),
  platform_restrictions: z.optional(PlatformRestrictionsParamSchema),
  expand: z.optional(z.array(z.string())),
});
/** Params of `treasury.financialAccounts.create`. */
export type FinancialAccountCreateParams = z.input<typeof FinancialAccountCreateParamsSchema>;

/** Params of `treasury.financialAccounts.update`. */
export const FinancialAccountUpdateParamsSchema = z.strictObject({
  features: z.optional(FinancialAccountFeaturesParamSchema),
  forwarding_settings: z.optional(ForwardingSettingsParamSchema),
  metadata: z.optional(MetadataParam),
  nickname: z.optional(z.union([z.string(), z.literal('')])),
  platform_restrictions: z.optional(PlatformRestrictionsParamSchema),
  expand: z.optional(z.array(z.string())),
});
/** Params of `treasury.financialAccounts.update`. */
export type FinancialAccountUpdateParams = z.input<typeof FinancialAccountUpdateParamsSchema>;

/** Params of `treasury.financialAccounts.list`. */
export const FinancialAccountListParamsSchema = z.strictObject({
  created: z.optional(RangeQuery),
  status: z.optional(paramEnum(['open', 'closed'])),
  ...V1ListParams,
});
/** Params of `treasury.financialAccounts.list`. */
export type FinancialAccountListParams = z.input<typeof FinancialAccountListParamsSchema>;

/** Params of `treasury.financialAccounts.close`. */
export const FinancialAccountCloseParamsSchema = z.strictObject({
  forwarding_settings: z.optional(ForwardingSettingsParamSchema),
  expand: z.optional(z.array(z.string())),
});
/** Params of `treasury.financialAccounts.close`. */
export type FinancialAccountCloseParams = z.input<typeof FinancialAccountCloseParamsSchema>;

/** Params of `treasury.financialAccounts.updateFeatures`: the features at the top level (`card_issuing[requested]=true`). */
export const FinancialAccountUpdateFeaturesParamsSchema = z.extend(FinancialAccountFeaturesParamSchema, {
  expand: z.optional(z.array(z.string())),
});
/** Params of `treasury.financialAccounts.updateFeatures`. */
export type FinancialAccountUpdateFeaturesParams = z.input<typeof FinancialAccountUpdateFeaturesParamsSchema>;

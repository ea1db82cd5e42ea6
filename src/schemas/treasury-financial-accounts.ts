import * as z from 'zod';
import { Currency, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum } from './common.js';

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
export const FinancialAddressSchema = z.object({
  aba: z
    .object({
      account_holder_name: z.string(),
      /** Only present when expanded (`expand[]=financial_addresses.aba.account_number`). */
      account_number: z.string().nullable().optional(),
      account_number_last4: z.string(),
      bank_name: z.string(),
      routing_number: z.string(),
    })
    .optional(),
  supported_networks: z.array(openEnum(['ach', 'rtp', 'us_domestic_wire'])).optional(),
  type: openEnum(['aba']),
});
/** A financial address (ABA routing and account number). */
export type FinancialAddress = z.output<typeof FinancialAddressSchema>;

/** `status` of one feature. */
export const FeatureStatusSchema = openEnum(['active', 'pending', 'restricted']);
/** `active`, `pending` or `restricted`. */
export type FeatureStatus = z.output<typeof FeatureStatusSchema>;

/** Why a feature is not active, and what to do about it. */
export const FeatureStatusDetailSchema = z.object({
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
  resolution: openEnum(['contact_stripe', 'provide_information', 'remove_restriction']).nullable(),
  /** Which flows a `restricted_by_platform` restriction covers. */
  restriction: openEnum(['inbound_flows', 'outbound_flows']).optional(),
});
/** One `status_details[]` entry of a feature. */
export type FeatureStatusDetail = z.output<typeof FeatureStatusDetailSchema>;

/** The state of one feature: whether it was requested, its status and the reasons. */
export const FinancialAccountFeatureStateSchema = z.object({
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
export const FinancialAccountFeaturesSchema = z.object({
  object: z.literal('treasury.financial_account_features'),
  card_issuing: State.optional(),
  deposit_insurance: State.optional(),
  financial_addresses: z.object({ aba: State.optional() }).optional(),
  inbound_transfers: z.object({ ach: State.optional() }).optional(),
  intra_stripe_flows: State.optional(),
  outbound_payments: z.object({ ach: State.optional(), us_domestic_wire: State.optional() }).optional(),
  outbound_transfers: z.object({ ach: State.optional(), us_domestic_wire: State.optional() }).optional(),
});
/** The features object of a financial account (`treasury.financial_account_features`). */
export type FinancialAccountFeatures = z.output<typeof FinancialAccountFeaturesSchema>;

/**
 * A Treasury financial account (`fa_…`) of a connected account: balances per currency, the features
 * (active, pending, restricted) and the ABA address money can be sent to.
 */
export const FinancialAccountSchema = z.object({
  id: Id,
  object: z.literal('treasury.financial_account'),
  active_features: z.array(FinancialAccountFeatureSchema).optional(),
  /** Balances per currency, in minor units: `{ cash: { usd: 1000 }, inbound_pending, outbound_pending }`. */
  balance: z.object({
    cash: z.record(z.string(), z.number().int()),
    inbound_pending: z.record(z.string(), z.number().int()),
    outbound_pending: z.record(z.string(), z.number().int()),
  }),
  country: z.string(),
  created: Timestamp,
  /** Only with `expand[]=features`. */
  features: FinancialAccountFeaturesSchema.optional(),
  financial_addresses: z.array(FinancialAddressSchema),
  is_default: z.boolean().optional(),
  livemode: z.boolean(),
  metadata: Metadata.nullable(),
  nickname: z.string().nullable().optional(),
  pending_features: z.array(FinancialAccountFeatureSchema).optional(),
  platform_restrictions: z
    .object({ inbound_flows: PlatformRestrictionSchema.nullable(), outbound_flows: PlatformRestrictionSchema.nullable() })
    .nullable()
    .optional(),
  restricted_features: z.array(FinancialAccountFeatureSchema).optional(),
  status: FinancialAccountStatusSchema,
  status_details: z.object({
    closed: z.object({ reasons: z.array(openEnum(['account_rejected', 'closed_by_platform', 'other'])) }).nullable(),
  }),
  supported_currencies: z.array(z.string()),
});
/** A Treasury financial account (`fa_…`). */
export type FinancialAccount = z.output<typeof FinancialAccountSchema>;

const Request = z.strictObject({ requested: z.boolean() });

/** Features to request (`requested: true`) or remove (`requested: false`), as sent on create, update and updateFeatures. */
export const FinancialAccountFeaturesParamSchema = z.strictObject({
  card_issuing: Request.optional(),
  deposit_insurance: Request.optional(),
  financial_addresses: z.strictObject({ aba: Request.optional() }).optional(),
  inbound_transfers: z.strictObject({ ach: Request.optional() }).optional(),
  intra_stripe_flows: Request.optional(),
  outbound_payments: z.strictObject({ ach: Request.optional(), us_domestic_wire: Request.optional() }).optional(),
  outbound_transfers: z.strictObject({ ach: Request.optional(), us_domestic_wire: Request.optional() }).optional(),
});
/** `features[card_issuing][requested]=true` and friends. */
export type FinancialAccountFeaturesParam = z.input<typeof FinancialAccountFeaturesParamSchema>;

/** `platform_restrictions` in params. */
export const PlatformRestrictionsParamSchema = z.strictObject({
  inbound_flows: paramEnum(['restricted', 'unrestricted']).optional(),
  outbound_flows: paramEnum(['restricted', 'unrestricted']).optional(),
});

/** Where the balance goes when the account closes, or where forwarded funds go. */
export const ForwardingSettingsParamSchema = z.strictObject({
  type: paramEnum(['financial_account', 'payment_method']),
  financial_account: Id.optional(),
  payment_method: Id.optional(),
});

/** Params of `treasury.financialAccounts.create`. */
export const FinancialAccountCreateParamsSchema = z.strictObject({
  /** Currencies the account holds, lower case (`['usd']`). */
  supported_currencies: z.array(Currency).min(1),
  features: FinancialAccountFeaturesParamSchema.optional(),
  metadata: MetadataParam.optional(),
  nickname: z.union([z.string(), z.literal('')]).optional(),
  platform_restrictions: PlatformRestrictionsParamSchema.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `treasury.financialAccounts.create`. */
export type FinancialAccountCreateParams = z.input<typeof FinancialAccountCreateParamsSchema>;

/** Params of `treasury.financialAccounts.update`. */
export const FinancialAccountUpdateParamsSchema = z.strictObject({
  features: FinancialAccountFeaturesParamSchema.optional(),
  forwarding_settings: ForwardingSettingsParamSchema.optional(),
  metadata: MetadataParam.optional(),
  nickname: z.union([z.string(), z.literal('')]).optional(),
  platform_restrictions: PlatformRestrictionsParamSchema.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `treasury.financialAccounts.update`. */
export type FinancialAccountUpdateParams = z.input<typeof FinancialAccountUpdateParamsSchema>;

/** Params of `treasury.financialAccounts.list`. */
export const FinancialAccountListParamsSchema = z.strictObject({
  created: RangeQuery.optional(),
  status: paramEnum(['open', 'closed']).optional(),
  ...V1ListParams,
});
/** Params of `treasury.financialAccounts.list`. */
export type FinancialAccountListParams = z.input<typeof FinancialAccountListParamsSchema>;

/** Params of `treasury.financialAccounts.close`. */
export const FinancialAccountCloseParamsSchema = z.strictObject({
  forwarding_settings: ForwardingSettingsParamSchema.optional(),
  expand: z.array(z.string()).optional(),
});
/** Params of `treasury.financialAccounts.close`. */
export type FinancialAccountCloseParams = z.input<typeof FinancialAccountCloseParamsSchema>;

/** Params of `treasury.financialAccounts.updateFeatures`: the features at the top level (`card_issuing[requested]=true`). */
export const FinancialAccountUpdateFeaturesParamsSchema = FinancialAccountFeaturesParamSchema.extend({
  expand: z.array(z.string()).optional(),
});
/** Params of `treasury.financialAccounts.updateFeatures`. */
export type FinancialAccountUpdateFeaturesParams = z.input<typeof FinancialAccountUpdateFeaturesParamsSchema>;

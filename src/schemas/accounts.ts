import * as z from 'zod';
import { Address, AddressParam, Amount, Expand, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum } from './common.js';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** Capability names Issuing and Treasury integrations request on v1 accounts. */
export const V1_CAPABILITY_NAMES = ['card_issuing', 'treasury', 'transfers', 'card_payments'] as const;
/** A capability name of a v1 account (`card_issuing`, `treasury`, `transfers`, `card_payments`, or another Stripe capability). */
export type V1CapabilityName = (typeof V1_CAPABILITY_NAMES)[number] | (string & {});

/** Status of a capability in the account's `capabilities` summary map: `active`, `inactive`, `pending` (open). */
export const AccountCapabilitySummaryStatusSchema = openEnum(['active', 'inactive', 'pending']);
/** Status of a capability in `account.capabilities`. */
export type AccountCapabilitySummaryStatus = z.output<typeof AccountCapabilitySummaryStatusSchema>;

/** Status of a `capability` object: `active`, `inactive`, `pending`, `unrequested` (open). */
export const CapabilityStatusSchema = openEnum(['active', 'inactive', 'pending', 'unrequested']);
/** Status of a v1 `capability` object. */
export type CapabilityStatus = z.output<typeof CapabilityStatusSchema>;

const RequirementError = z.object({ code: z.string(), reason: z.string(), requirement: z.string() });
const Alternative = z.object({ alternative_fields_due: z.array(z.string()), original_fields_due: z.array(z.string()) });

/** Why an account is disabled (`requirements.disabled_reason`), open for new values. */
export const AccountDisabledReasonSchema = openEnum([
  'action_required.requested_capabilities',
  'listed',
  'other',
  'platform_paused',
  'rejected.fraud',
  'rejected.incomplete_verification',
  'rejected.listed',
  'rejected.other',
  'rejected.platform_fraud',
  'rejected.platform_other',
  'rejected.platform_terms_of_service',
  'rejected.terms_of_service',
  'requirements.past_due',
  'requirements.pending_verification',
  'under_review',
]);

/** `requirements` / `future_requirements` of a v1 account: fields due, by when, and why it is disabled. */
export const AccountRequirementsSchema = z.object({
  alternatives: z.array(Alternative).nullable(),
  current_deadline: Timestamp.nullable(),
  currently_due: z.array(z.string()).nullable(),
  disabled_reason: AccountDisabledReasonSchema.nullable(),
  errors: z.array(RequirementError).nullable(),
  eventually_due: z.array(z.string()).nullable(),
  past_due: z.array(z.string()).nullable(),
  pending_verification: z.array(z.string()).nullable(),
});
/** `requirements` of a v1 account. */
export type AccountRequirements = z.output<typeof AccountRequirementsSchema>;

const TosAcceptance = z.object({
  date: Timestamp.nullable(),
  ip: z.string().nullable(),
  user_agent: z.string().nullable().optional(),
});

// ---------------------------------------------------------------------------------------------
// Account
// ---------------------------------------------------------------------------------------------

/**
 * A v1 connected account (`account`): capability summary, requirements, controller and settings
 * (including `settings.card_issuing.tos_acceptance`, the Issuing terms acceptance).
 */
export const AccountSchema = z.object({
  id: Id,
  object: z.literal('account'),
  business_profile: z
    .object({
      annual_revenue: z.object({ amount: Amount.nullable(), currency: z.string().nullable(), fiscal_year_end: z.string().nullable() }).nullable().optional(),
      estimated_worker_count: z.number().int().nullable().optional(),
      mcc: z.string().nullable(),
      name: z.string().nullable(),
      product_description: z.string().nullable().optional(),
      support_address: Address.nullable().optional(),
      support_email: z.string().nullable().optional(),
      support_phone: z.string().nullable().optional(),
      support_url: z.string().nullable().optional(),
      url: z.string().nullable(),
    })
    .nullable()
    .optional(),
  business_type: openEnum(['company', 'government_entity', 'individual', 'non_profit']).nullable().optional(),
  /** Summary map: capability name → status (`card_issuing: 'active'`). */
  capabilities: z
    .object({
      card_issuing: AccountCapabilitySummaryStatusSchema.optional(),
      treasury: AccountCapabilitySummaryStatusSchema.optional(),
      transfers: AccountCapabilitySummaryStatusSchema.optional(),
      card_payments: AccountCapabilitySummaryStatusSchema.optional(),
    })
    .catchall(AccountCapabilitySummaryStatusSchema)
    .optional(),
  charges_enabled: z.boolean().optional(),
  company: z
    .object({
      address: Address.optional(),
      name: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
      tax_id_provided: z.boolean().optional(),
      directors_provided: z.boolean().optional(),
      executives_provided: z.boolean().optional(),
      owners_provided: z.boolean().optional(),
    })
    .optional(),
  controller: z
    .object({
      type: openEnum(['account', 'application']),
      is_controller: z.boolean().optional(),
      fees: z.object({ payer: openEnum(['account', 'application', 'application_custom', 'application_express']) }).optional(),
      losses: z.object({ payments: openEnum(['application', 'stripe']) }).optional(),
      requirement_collection: openEnum(['application', 'stripe']).optional(),
      stripe_dashboard: z.object({ type: openEnum(['express', 'full', 'none']) }).optional(),
    })
    .optional(),
  country: z.string().optional(),
  created: Timestamp.optional(),
  default_currency: z.string().optional(),
  details_submitted: z.boolean().optional(),
  email: z.string().nullable().optional(),
  external_accounts: z.object({ object: z.literal('list'), data: z.array(z.unknown()), has_more: z.boolean(), url: z.string() }).optional(),
  future_requirements: AccountRequirementsSchema.optional(),
  individual: z.record(z.string(), z.unknown()).optional(),
  metadata: Metadata.optional(),
  payouts_enabled: z.boolean().optional(),
  requirements: AccountRequirementsSchema.optional(),
  settings: z
    .object({
      card_issuing: z.object({ tos_acceptance: TosAcceptance }).optional(),
      treasury: z.object({ tos_acceptance: TosAcceptance }).optional(),
      dashboard: z.object({ display_name: z.string().nullable(), timezone: z.string().nullable() }).optional(),
    })
    .nullable()
    .optional(),
  tos_acceptance: TosAcceptance.extend({ service_agreement: z.string().optional() }).optional(),
  type: openEnum(['custom', 'express', 'none', 'standard']).optional(),
});
/** A v1 connected account. */
export type Account = z.output<typeof AccountSchema>;

/** Result of `accounts.del`. */
export const DeletedAccountSchema = z.object({ id: Id, object: z.literal('account'), deleted: z.literal(true) });
/** Result of `accounts.del`. */
export type DeletedAccount = z.output<typeof DeletedAccountSchema>;

// ---------------------------------------------------------------------------------------------
// Account params
// ---------------------------------------------------------------------------------------------

/** A ToS acceptance in params: Unix seconds, IP and user agent of the person who accepted. */
export const TosAcceptanceParamSchema = z.strictObject({
  date: z.number().int().optional(),
  ip: z.string().optional(),
  user_agent: z.string().optional(),
});

const CapabilityRequest = z.strictObject({ requested: z.boolean() });

const DobParam = z.strictObject({ day: z.number().int().min(1).max(31), month: z.number().int().min(1).max(12), year: z.number().int() });

/** Relationship of a person to the account in params. `percent_ownership` is a number (0–100, e.g. 0.75). */
export const PersonRelationshipParamSchema = z.strictObject({
  authorizer: z.boolean().optional(),
  director: z.boolean().optional(),
  executive: z.boolean().optional(),
  legal_guardian: z.boolean().optional(),
  owner: z.boolean().optional(),
  percent_ownership: z.union([z.number().min(0).max(100), z.literal('')]).optional(),
  representative: z.boolean().optional(),
  title: z.string().optional(),
});

const individualParam = z.strictObject({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  dob: z.union([DobParam, z.literal('')]).optional(),
  address: AddressParam.optional(),
  id_number: z.string().optional(),
  ssn_last_4: z.string().optional(),
  relationship: z.strictObject({ director: z.boolean().optional(), executive: z.boolean().optional(), owner: z.boolean().optional(), percent_ownership: z.number().min(0).max(100).optional(), title: z.string().optional() }).optional(),
  metadata: MetadataParam.optional(),
});

const accountShape = {
  account_token: z.string().optional(),
  business_type: paramEnum(['company', 'government_entity', 'individual', 'non_profit']).optional(),
  business_profile: z
    .strictObject({
      /** Merchant category code, e.g. `'5999'`. */
      mcc: z.string().optional(),
      url: z.string().optional(),
      name: z.string().optional(),
      product_description: z.string().optional(),
      support_email: z.string().optional(),
      support_phone: z.string().optional(),
      support_url: z.string().optional(),
      support_address: AddressParam.optional(),
      estimated_worker_count: z.number().int().min(0).optional(),
      annual_revenue: z.strictObject({ amount: Amount, currency: z.string(), fiscal_year_end: z.string() }).optional(),
    })
    .optional(),
  /** Request or unrequest capabilities: `{ card_issuing: { requested: true } }`. */
  capabilities: z
    .strictObject({
      card_issuing: CapabilityRequest.optional(),
      treasury: CapabilityRequest.optional(),
      transfers: CapabilityRequest.optional(),
      card_payments: CapabilityRequest.optional(),
    })
    .catchall(CapabilityRequest)
    .optional(),
  company: z
    .strictObject({
      name: z.string().optional(),
      tax_id: z.string().optional(),
      vat_id: z.string().optional(),
      registration_number: z.string().optional(),
      phone: z.string().optional(),
      address: AddressParam.optional(),
      structure: z.string().optional(),
      directors_provided: z.boolean().optional(),
      executives_provided: z.boolean().optional(),
      owners_provided: z.boolean().optional(),
    })
    .optional(),
  default_currency: z.string().optional(),
  email: z.string().optional(),
  external_account: z.string().optional(),
  individual: individualParam.optional(),
  metadata: MetadataParam.optional(),
  settings: z
    .strictObject({
      /** Issuing terms acceptance: `settings[card_issuing][tos_acceptance][date|ip|user_agent]`. */
      card_issuing: z.strictObject({ tos_acceptance: TosAcceptanceParamSchema.optional() }).optional(),
      /** Treasury terms acceptance. */
      treasury: z.strictObject({ tos_acceptance: TosAcceptanceParamSchema.optional() }).optional(),
      dashboard: z.strictObject({ display_name: z.string().optional(), timezone: z.string().optional() }).optional(),
    })
    .optional(),
  tos_acceptance: TosAcceptanceParamSchema.extend({ service_agreement: paramEnum(['full', 'recipient']).optional() }).optional(),
  expand: Expand.optional(),
};

/**
 * Params of `accounts.create`.
 * @example { controller: { stripe_dashboard: { type: 'none' }, fees: { payer: 'application' }, losses: { payments: 'application' }, requirement_collection: 'application' }, country: 'US', capabilities: { card_issuing: { requested: true }, transfers: { requested: true } } }
 */
export const AccountCreateParamsSchema = z.strictObject({
  type: paramEnum(['custom', 'express', 'standard']).optional(),
  controller: z
    .strictObject({
      fees: z.strictObject({ payer: paramEnum(['account', 'application']) }).optional(),
      losses: z.strictObject({ payments: paramEnum(['application', 'stripe']) }).optional(),
      requirement_collection: paramEnum(['application', 'stripe']).optional(),
      stripe_dashboard: z.strictObject({ type: paramEnum(['express', 'full', 'none']) }).optional(),
    })
    .optional(),
  country: z.string().optional(),
  ...accountShape,
});
/** Params of `accounts.create`. */
export type AccountCreateParams = z.input<typeof AccountCreateParamsSchema>;

/**
 * Params of `accounts.update`.
 * @example { capabilities: { card_issuing: { requested: true } }, settings: { card_issuing: { tos_acceptance: { date: 1696634647, ip: '192.168.123.132' } } } }
 */
export const AccountUpdateParamsSchema = z.strictObject(accountShape);
/** Params of `accounts.update`. */
export type AccountUpdateParams = z.input<typeof AccountUpdateParamsSchema>;

/** Params of `accounts.list`. */
export const AccountListParamsSchema = z.strictObject({ ...V1ListParams, created: RangeQuery.optional() });
/** Params of `accounts.list`. */
export type AccountListParams = z.input<typeof AccountListParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Person
// ---------------------------------------------------------------------------------------------

/** `requirements` of a person (no deadline or disabled reason). */
export const PersonRequirementsSchema = z.object({
  alternatives: z.array(Alternative).nullable(),
  currently_due: z.array(z.string()),
  errors: z.array(RequirementError),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
});

const VerificationDocument = z.object({ back: z.string().nullable(), details: z.string().nullable(), details_code: z.string().nullable(), front: z.string().nullable() });

/** A person of a v1 account (`person`): representative, owners, executives, directors. */
export const PersonSchema = z.object({
  id: Id,
  object: z.literal('person'),
  account: Id,
  additional_tos_acceptances: z.object({ account: TosAcceptance.nullable() }).optional(),
  address: Address.optional(),
  created: Timestamp,
  dob: z.object({ day: z.number().int().nullable(), month: z.number().int().nullable(), year: z.number().int().nullable() }).optional(),
  email: z.string().nullable().optional(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  future_requirements: PersonRequirementsSchema.nullable().optional(),
  id_number_provided: z.boolean().optional(),
  metadata: Metadata.optional(),
  relationship: z.object({
    authorizer: z.boolean().nullable().optional(),
    director: z.boolean().nullable(),
    executive: z.boolean().nullable(),
    legal_guardian: z.boolean().nullable().optional(),
    owner: z.boolean().nullable(),
    /** Ownership share as a number (0–100), e.g. `0.75`. */
    percent_ownership: z.number().nullable(),
    representative: z.boolean().nullable(),
    title: z.string().nullable(),
  }),
  requirements: PersonRequirementsSchema.nullable().optional(),
  ssn_last_4_provided: z.boolean().optional(),
  verification: z
    .object({
      additional_document: VerificationDocument.nullable().optional(),
      details: z.string().nullable().optional(),
      details_code: z.string().nullable().optional(),
      document: VerificationDocument.optional(),
      status: openEnum(['pending', 'unverified', 'verified']),
    })
    .optional(),
});
/** A person of a v1 account. */
export type Person = z.output<typeof PersonSchema>;

/** Result of `accounts.deletePerson`. */
export const DeletedPersonSchema = z.object({ id: Id, object: z.literal('person'), deleted: z.literal(true) });
/** Result of `accounts.deletePerson`. */
export type DeletedPerson = z.output<typeof DeletedPersonSchema>;

/**
 * Params of `accounts.createPerson`.
 * @example { first_name: 'Jenny', last_name: 'Rosen', dob: { day: 12, month: 11, year: 1978 }, relationship: { representative: true, owner: true, percent_ownership: 0.75 } }
 */
export const PersonCreateParamsSchema = z.strictObject({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  dob: z.union([DobParam, z.literal('')]).optional(),
  address: AddressParam.optional(),
  id_number: z.string().optional(),
  ssn_last_4: z.string().optional(),
  nationality: z.string().optional(),
  political_exposure: paramEnum(['existing', 'none']).optional(),
  relationship: PersonRelationshipParamSchema.optional(),
  verification: z
    .strictObject({
      document: z.strictObject({ front: z.string().optional(), back: z.string().optional() }).optional(),
      additional_document: z.strictObject({ front: z.string().optional(), back: z.string().optional() }).optional(),
    })
    .optional(),
  person_token: z.string().optional(),
  metadata: MetadataParam.optional(),
  expand: Expand.optional(),
});
/** Params of `accounts.createPerson`. */
export type PersonCreateParams = z.input<typeof PersonCreateParamsSchema>;

/** Params of `accounts.updatePerson` (as createPerson). */
export const PersonUpdateParamsSchema = PersonCreateParamsSchema;
/** Params of `accounts.updatePerson`. */
export type PersonUpdateParams = z.input<typeof PersonUpdateParamsSchema>;

/** Params of `accounts.listPersons`: filter by relationship (`relationship[owner]=true`). */
export const PersonListParamsSchema = z.strictObject({
  ...V1ListParams,
  relationship: z
    .strictObject({
      authorizer: z.boolean().optional(),
      director: z.boolean().optional(),
      executive: z.boolean().optional(),
      legal_guardian: z.boolean().optional(),
      owner: z.boolean().optional(),
      representative: z.boolean().optional(),
    })
    .optional(),
});
/** Params of `accounts.listPersons`. */
export type PersonListParams = z.input<typeof PersonListParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Capability
// ---------------------------------------------------------------------------------------------

/** Why a capability is disabled (`capability.requirements.disabled_reason`), open. */
export const CapabilityDisabledReasonSchema = openEnum([
  'other',
  'paused.inactivity',
  'pending.onboarding',
  'pending.review',
  'platform_disabled',
  'platform_paused',
  'rejected.inactivity',
  'rejected.other',
  'rejected.unsupported_business',
  'requirements.fields_needed',
]);

/** `requirements` / `future_requirements` of a v1 capability. */
export const CapabilityRequirementsSchema = z.object({
  alternatives: z.array(Alternative).nullable(),
  current_deadline: Timestamp.nullable(),
  currently_due: z.array(z.string()),
  disabled_reason: CapabilityDisabledReasonSchema.nullable(),
  errors: z.array(RequirementError),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
});

/** A capability of a v1 account (`capability`), e.g. `card_issuing`, with its status and requirements. */
export const CapabilitySchema = z.object({
  /** The capability name, e.g. `card_issuing`. */
  id: z.string(),
  object: z.literal('capability'),
  account: Id,
  future_requirements: CapabilityRequirementsSchema.optional(),
  requested: z.boolean(),
  requested_at: Timestamp.nullable(),
  requirements: CapabilityRequirementsSchema.optional(),
  status: CapabilityStatusSchema,
});
/** A capability of a v1 account. */
export type Capability = z.output<typeof CapabilitySchema>;

/** Params of `accounts.updateCapability`. */
export const CapabilityUpdateParamsSchema = z.strictObject({ requested: z.boolean().optional(), expand: Expand.optional() });
/** Params of `accounts.updateCapability`. */
export type CapabilityUpdateParams = z.input<typeof CapabilityUpdateParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Account links (v1)
// ---------------------------------------------------------------------------------------------

/** A v1 account link (`account_link`): a short-lived URL to Stripe-hosted onboarding. */
export const AccountLinkSchema = z.object({
  object: z.literal('account_link'),
  created: Timestamp,
  expires_at: Timestamp,
  url: z.string(),
});
/** A v1 account link. */
export type AccountLink = z.output<typeof AccountLinkSchema>;

/**
 * Params of `accountLinks.create`.
 * @example { account: 'acct_123', type: 'account_onboarding', refresh_url: 'https://example.com/reauth', return_url: 'https://example.com/return' }
 */
export const AccountLinkCreateParamsSchema = z.strictObject({
  account: Id,
  type: paramEnum(['account_onboarding', 'account_update']),
  refresh_url: z.url().optional(),
  return_url: z.url().optional(),
  /** Legacy; prefer `collection_options.fields`. */
  collect: paramEnum(['currently_due', 'eventually_due']).optional(),
  collection_options: z
    .strictObject({ fields: paramEnum(['currently_due', 'eventually_due']).optional(), future_requirements: paramEnum(['include', 'omit']).optional() })
    .optional(),
  expand: Expand.optional(),
});
/** Params of `accountLinks.create`. */
export type AccountLinkCreateParams = z.input<typeof AccountLinkCreateParamsSchema>;

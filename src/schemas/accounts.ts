import * as z from 'zod/mini';
import { Address, AddressParam, Amount, Expand, Id, Metadata, MetadataParam, RangeQuery, Timestamp, V1ListParams, openEnum, paramEnum, object } from './common.js';

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

const RequirementError = object({ code: z.string(), reason: z.string(), requirement: z.string() });
const Alternative = object({ alternative_fields_due: z.array(z.string()), original_fields_due: z.array(z.string()) });

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
export const AccountRequirementsSchema = object({
  alternatives: z.nullable(z.array(Alternative)),
  current_deadline: z.nullable(Timestamp),
  currently_due: z.nullable(z.array(z.string())),
  disabled_reason: z.nullable(AccountDisabledReasonSchema),
  errors: z.nullable(z.array(RequirementError)),
  eventually_due: z.nullable(z.array(z.string())),
  past_due: z.nullable(z.array(z.string())),
  pending_verification: z.nullable(z.array(z.string())),
});
/** `requirements` of a v1 account. */
export type AccountRequirements = z.output<typeof AccountRequirementsSchema>;

const TosAcceptance = object({
  date: z.nullable(Timestamp),
  ip: z.nullable(z.string()),
  user_agent: z.optional(z.nullable(z.string())),
});

// ---------------------------------------------------------------------------------------------
// Account
// ---------------------------------------------------------------------------------------------

/**
 * A v1 connected account (`account`): capability summary, requirements, controller and settings
 * (including `settings.card_issuing.tos_acceptance`, the Issuing terms acceptance).
 */
export const AccountSchema = object({
  id: Id,
  object: z.literal('account'),
  business_profile: z.optional(z.nullable(object({
      annual_revenue: z.optional(z.nullable(object({ amount: z.nullable(Amount), currency: z.nullable(z.string()), fiscal_year_end: z.nullable(z.string()) }))),
      estimated_worker_count: z.optional(z.nullable(z.int())),
      mcc: z.nullable(z.string()),
      name: z.nullable(z.string()),
      product_description: z.optional(z.nullable(z.string())),
      support_address: z.optional(z.nullable(Address)),
      support_email: z.optional(z.nullable(z.string())),
      support_phone: z.optional(z.nullable(z.string())),
      support_url: z.optional(z.nullable(z.string())),
      url: z.nullable(z.string()),
    }))),
  business_type: z.optional(z.nullable(openEnum(['company', 'government_entity', 'individual', 'non_profit']))),
  /** Summary map: capability name → status (`card_issuing: 'active'`). */
  capabilities: z.optional(z.catchall(object({
      card_issuing: z.optional(AccountCapabilitySummaryStatusSchema),
      treasury: z.optional(AccountCapabilitySummaryStatusSchema),
      transfers: z.optional(AccountCapabilitySummaryStatusSchema),
      card_payments: z.optional(AccountCapabilitySummaryStatusSchema),
    }), AccountCapabilitySummaryStatusSchema)),
  charges_enabled: z.optional(z.boolean()),
  company: z.optional(object({
      address: z.optional(Address),
      name: z.optional(z.nullable(z.string())),
      phone: z.optional(z.nullable(z.string())),
      tax_id_provided: z.optional(z.boolean()),
      directors_provided: z.optional(z.boolean()),
      executives_provided: z.optional(z.boolean()),
      owners_provided: z.optional(z.boolean()),
    })),
  controller: z.optional(object({
      type: openEnum(['account', 'application']),
      is_controller: z.optional(z.boolean()),
      fees: z.optional(object({ payer: openEnum(['account', 'application', 'application_custom', 'application_express']) })),
      losses: z.optional(object({ payments: openEnum(['application', 'stripe']) })),
      requirement_collection: z.optional(openEnum(['application', 'stripe'])),
      stripe_dashboard: z.optional(object({ type: openEnum(['express', 'full', 'none']) })),
    })),
  country: z.optional(z.string()),
  created: z.optional(Timestamp),
  default_currency: z.optional(z.string()),
  details_submitted: z.optional(z.boolean()),
  email: z.optional(z.nullable(z.string())),
  external_accounts: z.optional(object({ object: z.literal('list'), data: z.array(z.unknown()), has_more: z.boolean(), url: z.string() })),
  future_requirements: z.optional(AccountRequirementsSchema),
  individual: z.optional(z.record(z.string(), z.unknown())),
  metadata: z.optional(Metadata),
  payouts_enabled: z.optional(z.boolean()),
  requirements: z.optional(AccountRequirementsSchema),
  settings: z.optional(z.nullable(object({
      card_issuing: z.optional(object({ tos_acceptance: TosAcceptance })),
      treasury: z.optional(object({ tos_acceptance: TosAcceptance })),
      dashboard: z.optional(object({ display_name: z.nullable(z.string()), timezone: z.nullable(z.string()) })),
    }))),
  tos_acceptance: z.optional(z.extend(TosAcceptance, { service_agreement: z.optional(z.string()) })),
  type: z.optional(openEnum(['custom', 'express', 'none', 'standard'])),
});
/** A v1 connected account. */
export type Account = z.output<typeof AccountSchema>;

/** Result of `accounts.del`. */
export const DeletedAccountSchema = object({ id: Id, object: z.literal('account'), deleted: z.literal(true) });
/** Result of `accounts.del`. */
export type DeletedAccount = z.output<typeof DeletedAccountSchema>;

// ---------------------------------------------------------------------------------------------
// Account params
// ---------------------------------------------------------------------------------------------

/** A ToS acceptance in params: Unix seconds, IP and user agent of the person who accepted. */
export const TosAcceptanceParamSchema = z.strictObject({
  date: z.optional(z.int()),
  ip: z.optional(z.string()),
  user_agent: z.optional(z.string()),
});

const CapabilityRequest = z.strictObject({ requested: z.boolean() });

const DobParam = z.strictObject({ day: z.int().check(z.minimum(1), z.maximum(31)), month: z.int().check(z.minimum(1), z.maximum(12)), year: z.int() });

/** Relationship of a person to the account in params. `percent_ownership` is a number (0–100, e.g. 0.75). */
export const PersonRelationshipParamSchema = z.strictObject({
  authorizer: z.optional(z.boolean()),
  director: z.optional(z.boolean()),
  executive: z.optional(z.boolean()),
  legal_guardian: z.optional(z.boolean()),
  owner: z.optional(z.boolean()),
  percent_ownership: z.optional(z.union([z.number().check(z.minimum(0), z.maximum(100)), z.literal('')])),
  representative: z.optional(z.boolean()),
  title: z.optional(z.string()),
});

const individualParam = z.strictObject({
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  dob: z.optional(z.union([DobParam, z.literal('')])),
  address: z.optional(AddressParam),
  id_number: z.optional(z.string()),
  ssn_last_4: z.optional(z.string()),
  relationship: z.optional(z.strictObject({ director: z.optional(z.boolean()), executive: z.optional(z.boolean()), owner: z.optional(z.boolean()), percent_ownership: z.optional(z.number().check(z.minimum(0), z.maximum(100))), title: z.optional(z.string()) })),
  metadata: z.optional(MetadataParam),
});

const accountShape = {
  account_token: z.optional(z.string()),
  business_type: z.optional(paramEnum(['company', 'government_entity', 'individual', 'non_profit'])),
  business_profile: z.optional(z.strictObject({
      /** Merchant category code, e.g. `'5999'`. */
      mcc: z.optional(z.string()),
      url: z.optional(z.string()),
      name: z.optional(z.string()),
      product_description: z.optional(z.string()),
      support_email: z.optional(z.string()),
      support_phone: z.optional(z.string()),
      support_url: z.optional(z.string()),
      support_address: z.optional(AddressParam),
      estimated_worker_count: z.optional(z.int().check(z.minimum(0))),
      annual_revenue: z.optional(z.strictObject({ amount: Amount, currency: z.string(), fiscal_year_end: z.string() })),
    })),
  /** Request or unrequest capabilities: `{ card_issuing: { requested: true } }`. */
  capabilities: z.optional(z.catchall(z.strictObject({
      card_issuing: z.optional(CapabilityRequest),
      treasury: z.optional(CapabilityRequest),
      transfers: z.optional(CapabilityRequest),
      card_payments: z.optional(CapabilityRequest),
    }), CapabilityRequest)),
  company: z.optional(z.strictObject({
      name: z.optional(z.string()),
      tax_id: z.optional(z.string()),
      vat_id: z.optional(z.string()),
      registration_number: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(AddressParam),
      structure: z.optional(z.string()),
      directors_provided: z.optional(z.boolean()),
      executives_provided: z.optional(z.boolean()),
      owners_provided: z.optional(z.boolean()),
    })),
  default_currency: z.optional(z.string()),
  email: z.optional(z.string()),
  external_account: z.optional(z.string()),
  individual: z.optional(individualParam),
  metadata: z.optional(MetadataParam),
  settings: z.optional(z.strictObject({
      /** Issuing terms acceptance: `settings[card_issuing][tos_acceptance][date|ip|user_agent]`. */
      card_issuing: z.optional(z.strictObject({ tos_acceptance: z.optional(TosAcceptanceParamSchema) })),
      /** Treasury terms acceptance. */
      treasury: z.optional(z.strictObject({ tos_acceptance: z.optional(TosAcceptanceParamSchema) })),
      dashboard: z.optional(z.strictObject({ display_name: z.optional(z.string()), timezone: z.optional(z.string()) })),
    })),
  tos_acceptance: z.optional(z.extend(TosAcceptanceParamSchema, { service_agreement: z.optional(paramEnum(['full', 'recipient'])) })),
  expand: z.optional(Expand),
};

/**
 * Params of `accounts.create`.
 * @example { controller: { stripe_dashboard: { type: 'none' }, fees: { payer: 'application' }, losses: { payments: 'application' }, requirement_collection: 'application' }, country: 'US', capabilities: { card_issuing: { requested: true }, transfers: { requested: true } } }
 */
export const AccountCreateParamsSchema = z.strictObject({
  type: z.optional(paramEnum(['custom', 'express', 'standard'])),
  controller: z.optional(z.strictObject({
      fees: z.optional(z.strictObject({ payer: paramEnum(['account', 'application']) })),
      losses: z.optional(z.strictObject({ payments: paramEnum(['application', 'stripe']) })),
      requirement_collection: z.optional(paramEnum(['application', 'stripe'])),
      stripe_dashboard: z.optional(z.strictObject({ type: paramEnum(['express', 'full', 'none']) })),
    })),
  country: z.optional(z.string()),
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
export const AccountListParamsSchema = z.strictObject({ ...V1ListParams, created: z.optional(RangeQuery) });
/** Params of `accounts.list`. */
export type AccountListParams = z.input<typeof AccountListParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Person
// ---------------------------------------------------------------------------------------------

/** `requirements` of a person (no deadline or disabled reason). */
export const PersonRequirementsSchema = object({
  alternatives: z.nullable(z.array(Alternative)),
  currently_due: z.array(z.string()),
  errors: z.array(RequirementError),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
});

const VerificationDocument = object({ back: z.nullable(z.string()), details: z.nullable(z.string()), details_code: z.nullable(z.string()), front: z.nullable(z.string()) });

/** A person of a v1 account (`person`): representative, owners, executives, directors. */
export const PersonSchema = object({
  id: Id,
  object: z.literal('person'),
  account: Id,
  additional_tos_acceptances: z.optional(object({ account: z.nullable(TosAcceptance) })),
  address: z.optional(Address),
  created: Timestamp,
  dob: z.optional(object({ day: z.nullable(z.int()), month: z.nullable(z.int()), year: z.nullable(z.int()) })),
  email: z.optional(z.nullable(z.string())),
  first_name: z.optional(z.nullable(z.string())),
  last_name: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  future_requirements: z.optional(z.nullable(PersonRequirementsSchema)),
  id_number_provided: z.optional(z.boolean()),
  metadata: z.optional(Metadata),
  relationship: object({
    authorizer: z.optional(z.nullable(z.boolean())),
    director: z.nullable(z.boolean()),
    executive: z.nullable(z.boolean()),
    legal_guardian: z.optional(z.nullable(z.boolean())),
    owner: z.nullable(z.boolean()),
    /** Ownership share as a number (0–100), e.g. `0.75`. */
    percent_ownership: z.nullable(z.number()),
    representative: z.nullable(z.boolean()),
    title: z.nullable(z.string()),
  }),
  requirements: z.optional(z.nullable(PersonRequirementsSchema)),
  ssn_last_4_provided: z.optional(z.boolean()),
  verification: z.optional(object({
      additional_document: z.optional(z.nullable(VerificationDocument)),
      details: z.optional(z.nullable(z.string())),
      details_code: z.optional(z.nullable(z.string())),
      document: z.optional(VerificationDocument),
      status: openEnum(['pending', 'unverified', 'verified']),
    })),
});
/** A person of a v1 account. */
export type Person = z.output<typeof PersonSchema>;

/** Result of `accounts.deletePerson`. */
export const DeletedPersonSchema = object({ id: Id, object: z.literal('person'), deleted: z.literal(true) });
/** Result of `accounts.deletePerson`. */
export type DeletedPerson = z.output<typeof DeletedPersonSchema>;

/**
 * Params of `accounts.createPerson`.
 * @example { first_name: 'Jenny', last_name: 'Rosen', dob: { day: 12, month: 11, year: 1978 }, relationship: { representative: true, owner: true, percent_ownership: 0.75 } }
 */
export const PersonCreateParamsSchema = z.strictObject({
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  dob: z.optional(z.union([DobParam, z.literal('')])),
  address: z.optional(AddressParam),
  id_number: z.optional(z.string()),
  ssn_last_4: z.optional(z.string()),
  nationality: z.optional(z.string()),
  political_exposure: z.optional(paramEnum(['existing', 'none'])),
  relationship: z.optional(PersonRelationshipParamSchema),
  verification: z.optional(z.strictObject({
      document: z.optional(z.strictObject({ front: z.optional(z.string()), back: z.optional(z.string()) })),
      additional_document: z.optional(z.strictObject({ front: z.optional(z.string()), back: z.optional(z.string()) })),
    })),
  person_token: z.optional(z.string()),
  metadata: z.optional(MetadataParam),
  expand: z.optional(Expand),
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
  relationship: z.optional(z.strictObject({
      authorizer: z.optional(z.boolean()),
      director: z.optional(z.boolean()),
      executive: z.optional(z.boolean()),
      legal_guardian: z.optional(z.boolean()),
      owner: z.optional(z.boolean()),
      representative: z.optional(z.boolean()),
    })),
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
export const CapabilityRequirementsSchema = object({
  alternatives: z.nullable(z.array(Alternative)),
  current_deadline: z.nullable(Timestamp),
  currently_due: z.array(z.string()),
  disabled_reason: z.nullable(CapabilityDisabledReasonSchema),
  errors: z.array(RequirementError),
  eventually_due: z.array(z.string()),
  past_due: z.array(z.string()),
  pending_verification: z.array(z.string()),
});

/** A capability of a v1 account (`capability`), e.g. `card_issuing`, with its status and requirements. */
export const CapabilitySchema = object({
  /** The capability name, e.g. `card_issuing`. */
  id: z.string(),
  object: z.literal('capability'),
  account: Id,
  future_requirements: z.optional(CapabilityRequirementsSchema),
  requested: z.boolean(),
  requested_at: z.nullable(Timestamp),
  requirements: z.optional(CapabilityRequirementsSchema),
  status: CapabilityStatusSchema,
});
/** A capability of a v1 account. */
export type Capability = z.output<typeof CapabilitySchema>;

/** Params of `accounts.updateCapability`. */
export const CapabilityUpdateParamsSchema = z.strictObject({ requested: z.optional(z.boolean()), expand: z.optional(Expand) });
/** Params of `accounts.updateCapability`. */
export type CapabilityUpdateParams = z.input<typeof CapabilityUpdateParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Account links (v1)
// ---------------------------------------------------------------------------------------------

/** A v1 account link (`account_link`): a short-lived URL to Stripe-hosted onboarding. */
export const AccountLinkSchema = object({
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
  refresh_url: z.optional(z.url()),
  return_url: z.optional(z.url()),
  /** Legacy; prefer `collection_options.fields`. */
  collect: z.optional(paramEnum(['currently_due', 'eventually_due'])),
  collection_options: z.optional(z.strictObject({ fields: z.optional(paramEnum(['currently_due', 'eventually_due'])), future_requirements: z.optional(paramEnum(['include', 'omit'])) })),
  expand: z.optional(Expand),
});
/** Params of `accountLinks.create`. */
export type AccountLinkCreateParams = z.input<typeof AccountLinkCreateParamsSchema>;

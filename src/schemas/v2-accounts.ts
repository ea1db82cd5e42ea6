import * as z from 'zod/mini';
import { DecimalString, Id, Metadata, MetadataParam, Rfc3339, openEnum, paramEnum, AddressParam, object } from './common.js';

// ---------------------------------------------------------------------------------------------
// Configurations and their capability paths
// ---------------------------------------------------------------------------------------------

/**
 * The capability paths of every Accounts v2 configuration, as dotted paths under
 * `configuration.<cfg>.capabilities`. GA (`stripe` 23.1.0) and preview (α, `2025-12-15.preview`) keys are both
 * listed; `card_creator` carries both `commercial.stripe.prepaid_card` (α SDK) and
 * `commercial.prepaid_card.stripe` (the Issuing docs), because the two sources disagree.
 */
export const V2_CAPABILITY_PATHS = {
  customer: ['automatic_indirect_tax'],
  merchant: [
    'card_payments',
    'stripe_balance.payouts',
    'ach_debit_payments',
    'acss_debit_payments',
    'affirm_payments',
    'afterpay_clearpay_payments',
    'alma_payments',
    'amazon_pay_payments',
    'au_becs_debit_payments',
    'bacs_debit_payments',
    'bancontact_payments',
    'blik_payments',
    'blik_recurring_payments',
    'boleto_payments',
    'cartes_bancaires_payments',
    'cashapp_payments',
    'eps_payments',
    'fpx_payments',
    'gb_bank_transfer_payments',
    'grabpay_payments',
    'ideal_payments',
    'jcb_payments',
    'jp_bank_transfer_payments',
    'kakao_pay_payments',
    'klarna_payments',
    'konbini_payments',
    'kr_card_payments',
    'link_payments',
    'mobilepay_payments',
    'multibanco_payments',
    'mx_bank_transfer_payments',
    'naver_pay_payments',
    'oxxo_payments',
    'p24_payments',
    'pay_by_bank_payments',
    'payco_payments',
    'paynow_payments',
    'promptpay_payments',
    'revolut_pay_payments',
    'samsung_pay_payments',
    'satispay_payments',
    'sepa_bank_transfer_payments',
    'sepa_debit_payments',
    'sequra_payments',
    'sunbit_payments',
    'swish_payments',
    'twint_payments',
    'us_bank_transfer_payments',
    'zip_payments',
  ],
  recipient: [
    'bank_accounts.ach',
    'bank_accounts.fedwire',
    'bank_accounts.fps',
    'bank_accounts.local',
    'bank_accounts.rtp',
    'bank_accounts.sepa',
    'bank_accounts.swift',
    'bank_accounts.instant',
    'bank_accounts.wire',
    'cards',
    'crypto_wallets',
    'stripe_balance.payouts',
    'stripe_balance.stripe_transfers',
  ],
  storer: [
    'financial_addresses.bank_accounts',
    'financial_addresses.crypto_wallets',
    'holds_currencies.eur',
    'holds_currencies.gbp',
    'holds_currencies.usd',
    'holds_currencies.usdc',
    'inbound_transfers.bank_accounts',
    'outbound_payments.bank_accounts',
    'outbound_payments.cards',
    'outbound_payments.crypto_wallets',
    'outbound_payments.financial_accounts',
    'outbound_transfers.bank_accounts',
    'outbound_transfers.crypto_wallets',
    'outbound_transfers.financial_accounts',
  ],
  card_creator: [
    'commercial.celtic.charge_card',
    'commercial.celtic.spend_card',
    'commercial.cross_river_bank.charge_card',
    'commercial.cross_river_bank.spend_card',
    'commercial.lead.prepaid_card',
    'commercial.stripe.charge_card',
    'commercial.stripe.prepaid_card',
    'commercial.prepaid_card.stripe',
  ],
} as const;

/** An Accounts v2 configuration name: `customer`, `merchant`, `recipient`, `storer` or `card_creator`. */
export type V2Configuration = keyof typeof V2_CAPABILITY_PATHS;

/** The configuration names, in a stable order. */
export const V2_CONFIGURATIONS = ['customer', 'merchant', 'recipient', 'storer', 'card_creator'] as const satisfies readonly V2Configuration[];

/**
 * A capability path of one configuration, e.g. `V2CapabilityPath<'card_creator'>` is
 * `'commercial.stripe.charge_card' | …`. Used by {@link isCapabilityActive} to reject a path of another configuration.
 */
export type V2CapabilityPath<C extends V2Configuration = V2Configuration> = (typeof V2_CAPABILITY_PATHS)[C][number];

/** First segment of a dotted capability path. */
export type Head<P extends string> = P extends `${infer H}.${string}` ? H : P;
/** The rest of a dotted capability path after its first segment `H`. */
export type Tail<P extends string, H extends string> = P extends `${H}.${infer R}` ? R : never;

/** A nested object type with one optional key per dotted path segment and `Leaf` at the end of each path. */
export type PathTree<P extends string, Leaf> = { [K in Head<P>]?: K extends P ? Leaf : PathTree<Tail<P, K>, Leaf> };

type Node = { [key: string]: Node | null };

function treeOf(paths: readonly string[]): Node {
  const root: Node = {};
  for (const path of paths) {
    let node = root;
    const parts = path.split('.');
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = null;
      else node = (node[part] ??= {}) as Node;
    });
  }
  return root;
}

function schemaOf(node: Node, leaf: z.ZodMiniType, strict: boolean): z.ZodMiniType {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, child] of Object.entries(node)) shape[key] = z.optional((child === null ? leaf : schemaOf(child, leaf, strict)));
  return strict ? z.strictObject(shape) : object(shape);
}

/** Builds the nested capabilities schema of one configuration from its dotted paths. */
function capabilityTree<const P extends readonly string[], L extends z.ZodMiniType>(
  paths: P,
  leaf: L,
  strict: boolean,
): z.ZodMiniType<PathTree<P[number], z.output<L>>, PathTree<P[number], z.input<L>>> {
  return schemaOf(treeOf(paths), leaf, strict) as unknown as z.ZodMiniType<PathTree<P[number], z.output<L>>, PathTree<P[number], z.input<L>>>;
}

// ---------------------------------------------------------------------------------------------
// Capabilities
// ---------------------------------------------------------------------------------------------

/** Status of a v2 capability: `active`, `pending`, `restricted`, `unsupported` (and GA `rejected`); open for new values. */
export const V2CapabilityStatusSchema = openEnum(['active', 'pending', 'restricted', 'unsupported', 'rejected']);
/** Status of a v2 capability. */
export type V2CapabilityStatus = z.output<typeof V2CapabilityStatusSchema>;

/** Why a v2 capability is not active (`status_details[].code`). */
export const V2CapabilityStatusCodeSchema = openEnum([
  'determining_status',
  'rejected_fraud',
  'rejected_incomplete_verification',
  'rejected_listed',
  'rejected_other',
  'rejected_platform_fraud',
  'rejected_platform_other',
  'rejected_platform_terms_of_service',
  'rejected_terms_of_service',
  'requirements_past_due',
  'requirements_pending_verification',
  'restricted_other',
  'unsupported_business',
  'unsupported_country',
  'unsupported_entity_type',
]);
/** Why a v2 capability is not active. */
export type V2CapabilityStatusCode = z.output<typeof V2CapabilityStatusCodeSchema>;

/** What resolves a capability's status (`status_details[].resolution`). */
export const V2CapabilityResolutionSchema = openEnum(['contact_stripe', 'no_resolution', 'provide_info']);
/** What resolves a capability's status. */
export type V2CapabilityResolution = z.output<typeof V2CapabilityResolutionSchema>;

/** One capability of a configuration: `{ status, status_details[], requested? }` (`status_details` is empty when active). */
export const V2CapabilitySchema = object({
  status: V2CapabilityStatusSchema,
  status_details: z.array(object({ code: V2CapabilityStatusCodeSchema, resolution: V2CapabilityResolutionSchema })),
  /** Shown in the Issuing docs example; absent in the SDK types. */
  requested: z.optional(z.boolean()),
});
/** One capability of a v2 account configuration. */
export type V2Capability = z.output<typeof V2CapabilitySchema>;

const RequestParam = z.strictObject({ requested: z.boolean() });

// ---------------------------------------------------------------------------------------------
// Configurations (response)
// ---------------------------------------------------------------------------------------------

const configFields = { applied: z.optional(z.boolean()) };

/** The `customer` configuration as returned (unknown keys are kept). */
export const V2CustomerConfigurationSchema = object({
  ...configFields,
  capabilities: z.optional(capabilityTree(V2_CAPABILITY_PATHS.customer, V2CapabilitySchema, false)),
});
/** The `merchant` configuration as returned. */
export const V2MerchantConfigurationSchema = object({
  ...configFields,
  capabilities: z.optional(capabilityTree(V2_CAPABILITY_PATHS.merchant, V2CapabilitySchema, false)),
  mcc: z.optional(z.string()),
  statement_descriptor: z.optional(object({ descriptor: z.optional(z.string()), prefix: z.optional(z.string()) })),
  support: z.optional(object({ email: z.optional(z.string()), phone: z.optional(z.string()), url: z.optional(z.string()) })),
});
/** The `recipient` configuration as returned. */
export const V2RecipientConfigurationSchema = object({
  ...configFields,
  capabilities: z.optional(capabilityTree(V2_CAPABILITY_PATHS.recipient, V2CapabilitySchema, false)),
});
/** The `storer` configuration as returned (preview). */
export const V2StorerConfigurationSchema = object({
  ...configFields,
  capabilities: z.optional(capabilityTree(V2_CAPABILITY_PATHS.storer, V2CapabilitySchema, false)),
});
/** The `card_creator` configuration as returned (preview): the Issuing capabilities. */
export const V2CardCreatorConfigurationSchema = object({
  ...configFields,
  capabilities: z.optional(capabilityTree(V2_CAPABILITY_PATHS.card_creator, V2CapabilitySchema, false)),
});

/** `configuration` of a v2 account: one entry per configuration, `null` when not applied or not included. */
export const V2AccountConfigurationSchema = object({
  customer: z.optional(z.nullable(V2CustomerConfigurationSchema)),
  merchant: z.optional(z.nullable(V2MerchantConfigurationSchema)),
  recipient: z.optional(z.nullable(V2RecipientConfigurationSchema)),
  storer: z.optional(z.nullable(V2StorerConfigurationSchema)),
  card_creator: z.optional(z.nullable(V2CardCreatorConfigurationSchema)),
});
/** `configuration` of a v2 account. */
export type V2AccountConfiguration = z.output<typeof V2AccountConfigurationSchema>;

// ---------------------------------------------------------------------------------------------
// Requirements
// ---------------------------------------------------------------------------------------------

/** A configuration name in a response (open: Stripe may add configurations). */
export const V2ConfigurationNameSchema = openEnum(V2_CONFIGURATIONS);

const ALL_CAPABILITY_PATHS = [...new Set(Object.values(V2_CAPABILITY_PATHS).flat())] as [V2CapabilityPath, ...V2CapabilityPath[]];

/** Any capability path of any configuration, in a response (open). */
export const V2CapabilityPathSchema = openEnum(ALL_CAPABILITY_PATHS);

/** How late a requirement is: `currently_due`, `eventually_due` or `past_due`. */
export const V2DeadlineStatusSchema = openEnum(['currently_due', 'eventually_due', 'past_due']);
/** How late a requirement is. */
export type V2DeadlineStatus = z.output<typeof V2DeadlineStatusSchema>;

/** Who must act on a requirement: `user` (you and your account holder) or `stripe`. */
export const V2AwaitingActionFromSchema = openEnum(['stripe', 'user']);
/** Who must act on a requirement. */
export type V2AwaitingActionFrom = z.output<typeof V2AwaitingActionFromSchema>;

/** One requirement of a v2 account (`requirements.entries[]`). */
export const V2RequirementEntrySchema = object({
  awaiting_action_from: V2AwaitingActionFromSchema,
  /** The field to provide, e.g. `identity.attestations.persons_provided.executives`. */
  description: z.string(),
  errors: z.array(object({ code: z.string(), description: z.string() })),
  impact: object({
    restricts_capabilities: z.optional(z.nullable(z.array(
        object({
          capability: V2CapabilityPathSchema,
          configuration: V2ConfigurationNameSchema,
          deadline: object({ status: V2DeadlineStatusSchema }),
        }),
      ))),
  }),
  minimum_deadline: object({ status: V2DeadlineStatusSchema }),
  reference: z.nullable(object({
      inquiry: z.optional(z.nullable(z.string())),
      resource: z.optional(z.nullable(z.string())),
      type: openEnum(['inquiry', 'payment_method', 'person']),
    })),
  requested_reasons: z.array(object({ code: openEnum(['routine_onboarding', 'routine_verification']) })),
});
/** One requirement of a v2 account. */
export type V2RequirementEntry = z.output<typeof V2RequirementEntrySchema>;

const requirementsFields = {
  /** Who collects the requirements (`application` or `stripe`). */
  collector: z.optional(openEnum(['application', 'stripe'])),
  entries: z.array(V2RequirementEntrySchema),
  summary: z.optional(z.nullable(object({
      minimum_deadline: z.optional(z.nullable(object({ status: V2DeadlineStatusSchema, time: z.optional(z.nullable(Rfc3339)) }))),
    }))),
  alternatives: z.optional(z.nullable(z.array(object({ alternative_fields_due: z.optional(z.array(z.unknown())), original_fields_due: z.optional(z.array(z.unknown())) })))),
};

/** `requirements` of a v2 account: what is needed now to keep or enable capabilities. */
export const V2AccountRequirementsSchema = object(requirementsFields);
/** `requirements` of a v2 account. */
export type V2AccountRequirements = z.output<typeof V2AccountRequirementsSchema>;

/** `future_requirements` of a v2 account: what will be needed after `minimum_transition_date`. */
export const V2AccountFutureRequirementsSchema = object({
  ...requirementsFields,
  minimum_transition_date: z.optional(z.nullable(Rfc3339)),
});
/** `future_requirements` of a v2 account. */
export type V2AccountFutureRequirements = z.output<typeof V2AccountFutureRequirementsSchema>;

// ---------------------------------------------------------------------------------------------
// Identity and defaults
// ---------------------------------------------------------------------------------------------

const Attestation = object({ date: z.optional(z.nullable(Rfc3339)), ip: z.optional(z.nullable(z.string())), user_agent: z.optional(z.nullable(z.string())) });

const V2AddressSchema = object({
  city: z.optional(z.nullable(z.string())),
  country: z.optional(z.nullable(z.string())),
  line1: z.optional(z.nullable(z.string())),
  line2: z.optional(z.nullable(z.string())),
  postal_code: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
  town: z.optional(z.nullable(z.string())),
});

/** `identity` of a v2 account: who the account holder is and what they attested. */
export const V2AccountIdentitySchema = object({
  country: z.optional(z.nullable(z.string())),
  entity_type: z.optional(z.nullable(openEnum(['company', 'government_entity', 'individual', 'non_profit']))),
  attestations: z.optional(z.nullable(object({
      persons_provided: z.optional(object({ directors: z.optional(z.boolean()), executives: z.optional(z.boolean()), owners: z.optional(z.boolean()), ownership_exemption_reason: z.optional(z.string()) })),
      terms_of_service: z.optional(object({ account: z.optional(z.nullable(Attestation)) })),
      directorship_declaration: z.optional(z.nullable(Attestation)),
      ownership_declaration: z.optional(z.nullable(Attestation)),
      representative_declaration: z.optional(z.nullable(Attestation)),
    }))),
  business_details: z.optional(z.nullable(object({
      registered_name: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(V2AddressSchema),
      estimated_worker_count: z.optional(z.int()),
    }))),
  individual: z.optional(z.nullable(object({
      id: z.optional(z.string()),
      object: z.optional(z.string()),
      account: z.optional(z.string()),
      given_name: z.optional(z.string()),
      surname: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(V2AddressSchema),
      date_of_birth: z.optional(object({ day: z.int(), month: z.int(), year: z.int() })),
      nationalities: z.optional(z.array(z.string())),
      relationship: z.optional(object({
          director: z.optional(z.boolean()),
          executive: z.optional(z.boolean()),
          owner: z.optional(z.boolean()),
          /** A decimal string such as `"0.75"`. */
          percent_ownership: z.optional(DecimalString),
          representative: z.optional(z.boolean()),
          title: z.optional(z.string()),
        })),
      metadata: z.optional(Metadata),
      created: z.optional(Rfc3339),
      updated: z.optional(Rfc3339),
    }))),
});
/** `identity` of a v2 account. */
export type V2AccountIdentity = z.output<typeof V2AccountIdentitySchema>;

/** `defaults` of a v2 account: currency, locales and who carries fees and losses. */
export const V2AccountDefaultsSchema = object({
  currency: z.optional(z.nullable(z.string())),
  locales: z.optional(z.nullable(z.array(z.string()))),
  profile: z.optional(z.nullable(object({ business_url: z.optional(z.nullable(z.string())), doing_business_as: z.optional(z.nullable(z.string())), product_description: z.optional(z.nullable(z.string())) }))),
  responsibilities: z.optional(z.nullable(object({
      fees_collector: z.optional(z.nullable(openEnum(['application', 'application_custom', 'application_express', 'stripe']))),
      losses_collector: z.optional(z.nullable(openEnum(['application', 'stripe']))),
      requirements_collector: z.optional(z.nullable(openEnum(['application', 'stripe']))),
    }))),
});
/** `defaults` of a v2 account. */
export type V2AccountDefaults = z.output<typeof V2AccountDefaultsSchema>;

// ---------------------------------------------------------------------------------------------
// The account
// ---------------------------------------------------------------------------------------------

/**
 * An Accounts v2 account (`v2.core.account`). Sections selected by `include` (`configuration.<cfg>`,
 * `identity`, `defaults`, `requirements`, `future_requirements`) come back `null` when not included.
 * Timestamps are RFC 3339 strings.
 */
export const V2AccountSchema = object({
  id: Id,
  object: z.literal('v2.core.account'),
  applied_configurations: z.array(V2ConfigurationNameSchema),
  configuration: z.nullable(V2AccountConfigurationSchema),
  contact_email: z.nullable(z.string()),
  contact_phone: z.optional(z.nullable(z.string())),
  created: Rfc3339,
  closed: z.optional(z.boolean()),
  dashboard: z.nullable(openEnum(['express', 'full', 'none'])),
  defaults: z.nullable(V2AccountDefaultsSchema),
  display_name: z.nullable(z.string()),
  identity: z.nullable(V2AccountIdentitySchema),
  metadata: z.nullable(Metadata),
  requirements: z.nullable(V2AccountRequirementsSchema),
  future_requirements: z.optional(z.nullable(V2AccountFutureRequirementsSchema)),
  livemode: z.boolean(),
});
/** An Accounts v2 account. */
export type V2Account = z.output<typeof V2AccountSchema>;

/** The `close` result: the account, with `closed: true`. */
export const V2AccountClosedSchema = V2AccountSchema;

// ---------------------------------------------------------------------------------------------
// Params
// ---------------------------------------------------------------------------------------------

/** A value of `include[]`: which optional sections of the account to return populated. */
export const V2AccountIncludeSchema = paramEnum([
  'configuration.customer',
  'configuration.merchant',
  'configuration.recipient',
  'configuration.storer',
  'configuration.card_creator',
  'defaults',
  'future_requirements',
  'identity',
  'requirements',
]);
/** A value of `include[]` of the account calls. */
export type V2AccountInclude = z.input<typeof V2AccountIncludeSchema>;

const ConfigurationParamEnum = paramEnum(V2_CONFIGURATIONS);

const capsParam = <C extends V2Configuration>(cfg: C) => capabilityTree(V2_CAPABILITY_PATHS[cfg], RequestParam, true);

const appliedParam = {
  /** `false` deactivates the configuration and unrequests its capabilities. */
  applied: z.optional(z.boolean()),
};

/** Params of `configuration` on create/update: request capabilities with `capabilities.<path>.requested`. */
export const V2AccountConfigurationParamSchema = z.strictObject({
  customer: z.optional(z.strictObject({ ...appliedParam, capabilities: z.optional(capsParam('customer')) })),
  merchant: z.optional(z.strictObject({
      ...appliedParam,
      capabilities: z.optional(capsParam('merchant')),
      /** Merchant category code, e.g. `"5045"`. */
      mcc: z.optional(z.string()),
      statement_descriptor: z.optional(z.strictObject({ descriptor: z.optional(z.string()), prefix: z.optional(z.string()) })),
      support: z.optional(z.strictObject({ email: z.optional(z.string()), phone: z.optional(z.string()), url: z.optional(z.string()) })),
    })),
  recipient: z.optional(z.strictObject({ ...appliedParam, capabilities: z.optional(capsParam('recipient')) })),
  storer: z.optional(z.strictObject({ ...appliedParam, capabilities: z.optional(capsParam('storer')) })),
  card_creator: z.optional(z.strictObject({ ...appliedParam, capabilities: z.optional(capsParam('card_creator')) })),
});

/** A terms-of-service or declaration acceptance: when (RFC 3339), from which IP, with which browser. */
export const V2AttestationParamSchema = z.strictObject({
  date: Rfc3339,
  ip: z.string(),
  user_agent: z.optional(z.string()),
});

const CardCreatorBankTos = z.strictObject({
  apple_pay: z.optional(V2AttestationParamSchema),
  charge_card: z.optional(z.strictObject({ bank_terms: z.optional(V2AttestationParamSchema), platform: z.optional(V2AttestationParamSchema), financing_disclosures: z.optional(V2AttestationParamSchema) })),
  spend_card: z.optional(z.strictObject({ bank_terms: z.optional(V2AttestationParamSchema), platform: z.optional(V2AttestationParamSchema), financing_disclosures: z.optional(V2AttestationParamSchema) })),
  prepaid_card: z.optional(z.strictObject({ bank_terms: z.optional(V2AttestationParamSchema), platform: z.optional(V2AttestationParamSchema), financing_disclosures: z.optional(V2AttestationParamSchema) })),
});

/** A v2 address in params: the v1 fields plus `town`. */
const AddressParamV2 = z.extend(AddressParam, { town: z.optional(z.string()) });

/** Params of `identity` on create/update. */
export const V2AccountIdentityParamSchema = z.strictObject({
  /** Two-letter country code of the account holder, e.g. `gb`. */
  country: z.optional(z.string()),
  entity_type: z.optional(paramEnum(['company', 'government_entity', 'individual', 'non_profit'])),
  attestations: z.optional(z.strictObject({
      terms_of_service: z.optional(z.strictObject({
          /** Acceptance of Stripe's account terms. */
          account: z.optional(V2AttestationParamSchema),
          /** Issuing terms (preview): `card_creator.commercial.{account_holder, global_account_holder, <bank>.…}`. */
          card_creator: z.optional(z.strictObject({
              commercial: z.optional(z.strictObject({
                  account_holder: z.optional(V2AttestationParamSchema),
                  global_account_holder: z.optional(V2AttestationParamSchema),
                  celtic: z.optional(CardCreatorBankTos),
                  cross_river_bank: z.optional(CardCreatorBankTos),
                  lead: z.optional(CardCreatorBankTos),
                  stripe: z.optional(CardCreatorBankTos),
                })),
            })),
          storer: z.optional(V2AttestationParamSchema),
          crypto_storer: z.optional(V2AttestationParamSchema),
        })),
      persons_provided: z.optional(z.strictObject({
          directors: z.optional(z.boolean()),
          executives: z.optional(z.boolean()),
          owners: z.optional(z.boolean()),
          ownership_exemption_reason: z.optional(paramEnum(['qualified_entity_exceeds_ownership_threshold', 'qualifies_as_financial_institution'])),
        })),
      directorship_declaration: z.optional(V2AttestationParamSchema),
      ownership_declaration: z.optional(V2AttestationParamSchema),
      representative_declaration: z.optional(V2AttestationParamSchema),
    })),
  business_details: z.optional(z.strictObject({
      registered_name: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(AddressParamV2),
      estimated_worker_count: z.optional(z.int()),
      structure: z.optional(z.string()),
    })),
  individual: z.optional(z.strictObject({
      given_name: z.optional(z.string()),
      surname: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      address: z.optional(AddressParamV2),
      date_of_birth: z.optional(z.strictObject({ day: z.int().check(z.minimum(1), z.maximum(31)), month: z.int().check(z.minimum(1), z.maximum(12)), year: z.int() })),
      id_numbers: z.optional(z.array(z.strictObject({ type: z.string(), value: z.string() }))),
      nationalities: z.optional(z.array(z.string())),
      legal_gender: z.optional(paramEnum(['female', 'male'])),
      political_exposure: z.optional(paramEnum(['existing', 'none'])),
      relationship: z.optional(z.strictObject({
          director: z.optional(z.boolean()),
          executive: z.optional(z.boolean()),
          owner: z.optional(z.boolean()),
          /** Ownership share as a decimal string (`"0.75"`), as on the wire. */
          percent_ownership: z.optional(DecimalString),
          representative: z.optional(z.boolean()),
          title: z.optional(z.string()),
        })),
      metadata: z.optional(MetadataParam),
    })),
});

/** Params of `defaults` on create/update. */
export const V2AccountDefaultsParamSchema = z.strictObject({
  currency: z.optional(z.string().check(z.regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "gbp"'))),
  locales: z.optional(z.array(z.string())),
  profile: z.optional(z.strictObject({ business_url: z.optional(z.string()), doing_business_as: z.optional(z.string()), product_description: z.optional(z.string()) })),
  responsibilities: z.optional(z.strictObject({
      fees_collector: paramEnum(['application', 'application_custom', 'application_express', 'stripe']),
      losses_collector: paramEnum(['application', 'stripe']),
    })),
});

const accountParams = {
  configuration: z.optional(V2AccountConfigurationParamSchema),
  contact_email: z.optional(z.string()),
  contact_phone: z.optional(z.string()),
  dashboard: z.optional(paramEnum(['express', 'full', 'none'])),
  defaults: z.optional(V2AccountDefaultsParamSchema),
  display_name: z.optional(z.string()),
  identity: z.optional(V2AccountIdentityParamSchema),
  /** Sections to return populated (`configuration.card_creator`, `requirements`, …). */
  include: z.optional(z.array(V2AccountIncludeSchema)),
  metadata: z.optional(MetadataParam),
};

/**
 * Params of `v2.core.accounts.create`.
 * @example { display_name: 'Acme', identity: { country: 'gb', entity_type: 'individual' },
 *   configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
 *   include: ['configuration.card_creator', 'requirements'] }
 */
export const V2AccountCreateParamsSchema = z.strictObject({
  /** An account token (`acct_tok_…`) holding identity data collected client-side. */
  account_token: z.optional(z.string()),
  ...accountParams,
});
/** Params of `v2.core.accounts.create`. */
export type V2AccountCreateParams = z.input<typeof V2AccountCreateParamsSchema>;

/** Params of `v2.core.accounts.update`: as create; request a capability with `configuration.<cfg>.capabilities.<path>.requested`. */
export const V2AccountUpdateParamsSchema = z.strictObject({ account_token: z.optional(z.string()), ...accountParams });
/** Params of `v2.core.accounts.update`. */
export type V2AccountUpdateParams = z.input<typeof V2AccountUpdateParamsSchema>;

/** Params of `v2.core.accounts.retrieve` (sent in the query: `include[0]=identity`). */
export const V2AccountRetrieveParamsSchema = z.strictObject({ include: z.optional(z.array(V2AccountIncludeSchema)) });
/** Params of `v2.core.accounts.retrieve`. */
export type V2AccountRetrieveParams = z.input<typeof V2AccountRetrieveParamsSchema>;

/** Params of `v2.core.accounts.list`. */
export const V2AccountListParamsSchema = z.strictObject({
  /** Only accounts with all of these configurations. */
  applied_configurations: z.optional(z.array(ConfigurationParamEnum)),
  /** `true` lists closed accounts too (by default only open ones). */
  closed: z.optional(z.boolean()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
/** Params of `v2.core.accounts.list`. */
export type V2AccountListParams = z.input<typeof V2AccountListParamsSchema>;

/** Params of `v2.core.accounts.close`. */
export const V2AccountCloseParamsSchema = z.strictObject({
  /** The configurations to close (each must be applied). */
  applied_configurations: z.optional(z.array(ConfigurationParamEnum)),
});
/** Params of `v2.core.accounts.close`. */
export type V2AccountCloseParams = z.input<typeof V2AccountCloseParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Account links (v2)
// ---------------------------------------------------------------------------------------------

const V2LinkCollectionOptions = z.strictObject({
  fields: z.optional(paramEnum(['currently_due', 'eventually_due'])),
  future_requirements: z.optional(paramEnum(['include', 'omit'])),
});

const V2LinkUseCaseBody = z.strictObject({
  /** Configurations to onboard (preview: customer, merchant, recipient, storer; card_creator accepted too). */
  configurations: z.optional(z.array(paramEnum(['customer', 'merchant', 'recipient', 'storer', 'card_creator']))),
  /** Where Stripe sends the user when the link expired or was already visited. */
  refresh_url: z.url(),
  /** Where Stripe sends the user after the flow. */
  return_url: z.optional(z.url()),
  collection_options: z.optional(V2LinkCollectionOptions),
});

/**
 * Params of `v2.core.accountLinks.create`.
 * @example { account: 'acct_123', use_case: { type: 'account_onboarding', account_onboarding: { refresh_url: 'https://example.com/reauth', return_url: 'https://example.com/done' } } }
 */
export const V2AccountLinkCreateParamsSchema = z.strictObject({
  account: Id,
  use_case: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('account_onboarding'), account_onboarding: V2LinkUseCaseBody }),
    z.strictObject({ type: z.literal('account_update'), account_update: V2LinkUseCaseBody }),
  ]),
});
/** Params of `v2.core.accountLinks.create`. */
export type V2AccountLinkCreateParams = z.input<typeof V2AccountLinkCreateParamsSchema>;

const V2LinkUseCaseOut = object({
  configurations: z.optional(z.array(V2ConfigurationNameSchema)),
  refresh_url: z.string(),
  return_url: z.optional(z.nullable(z.string())),
  collection_options: z.optional(z.nullable(object({ fields: z.optional(openEnum(['currently_due', 'eventually_due'])), future_requirements: z.optional(openEnum(['include', 'omit'])) }))),
});

/** A v2 account link (`v2.core.account_link`): a short-lived URL to Stripe-hosted onboarding. */
export const V2AccountLinkSchema = object({
  object: z.literal('v2.core.account_link'),
  account: Id,
  created: Rfc3339,
  expires_at: Rfc3339,
  url: z.string(),
  use_case: object({
    type: openEnum(['account_onboarding', 'account_update']),
    account_onboarding: z.optional(z.nullable(V2LinkUseCaseOut)),
    account_update: z.optional(z.nullable(V2LinkUseCaseOut)),
  }),
  livemode: z.boolean(),
});
/** A v2 account link. */
export type V2AccountLink = z.output<typeof V2AccountLinkSchema>;

import * as z from 'zod/mini';
import { Address, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams, object } from './common.js';
import { CardholderSpendingControlsParamSchema, SpendingControlsSchema } from './spending-controls.js';

/** Statuses of a cardholder: `blocked` is set by Stripe (requirements or review), never by a call. */
export const CARDHOLDER_STATUSES = ['active', 'inactive', 'blocked'] as const;
/** Status of a cardholder. */
export type CardholderStatus = (typeof CARDHOLDER_STATUSES)[number];
/** Whether a returned cardholder status is one this version knows (narrows the open union to {@link CardholderStatus}). */
export function isCardholderStatus(value: string): value is CardholderStatus {
  return (CARDHOLDER_STATUSES as readonly string[]).includes(value);
}

/** Kinds of cardholder. */
export const CARDHOLDER_TYPES = ['individual', 'company'] as const;
/** Kind of cardholder. */
export type CardholderType = (typeof CARDHOLDER_TYPES)[number];

/** Locales a cardholder can prefer (3-D Secure messages, wallets). */
export const CARDHOLDER_LOCALES = ['de', 'en', 'es', 'fr', 'it'] as const;
/** A locale a cardholder can prefer. */
export type CardholderLocale = (typeof CARDHOLDER_LOCALES)[number];

/** Why a cardholder is disabled (`requirements.disabled_reason`). */
export const CARDHOLDER_DISABLED_REASONS = ['listed', 'rejected.listed', 'requirements.past_due', 'under_review'] as const;

/** Fields Stripe still needs for a cardholder (`requirements.past_due[]`). */
export const CARDHOLDER_PAST_DUE = [
  'company.tax_id',
  'individual.card_issuing.user_terms_acceptance.date',
  'individual.card_issuing.user_terms_acceptance.ip',
  'individual.dob.day',
  'individual.dob.month',
  'individual.dob.year',
  'individual.first_name',
  'individual.last_name',
  'individual.verification.document',
] as const;

/** A file id (`file_…`) or an expanded File object. */
const FileRef = z.union([z.string(), object({ id: Id, object: z.literal('file') })]);

/** Fields of an Issuing cardholder as returned. */
const issuingCardholderShape = {
  id: Id,
  object: z.literal('issuing.cardholder'),
  billing: object({ address: Address }),
  company: z.nullable(object({ tax_id_provided: z.boolean() })),
  created: Timestamp,
  email: z.nullable(z.string()),
  individual: z.nullable(object({
      card_issuing: z.optional(z.nullable(object({
          user_terms_acceptance: z.nullable(object({ date: z.nullable(Timestamp), ip: z.nullable(z.string()), user_agent: z.nullable(z.string()) })),
        }))),
      dob: z.nullable(object({ day: z.nullable(z.int()), month: z.nullable(z.int()), year: z.nullable(z.int()) })),
      first_name: z.nullable(z.string()),
      last_name: z.nullable(z.string()),
      verification: z.nullable(object({ document: z.nullable(object({ back: z.nullable(FileRef), front: z.nullable(FileRef) })) })),
    })),
  livemode: z.boolean(),
  metadata: Metadata,
  name: z.string(),
  phone_number: z.nullable(z.string()),
  preferred_locales: z.nullable(z.array(openEnum(CARDHOLDER_LOCALES))),
  requirements: object({
    disabled_reason: z.nullable(openEnum(CARDHOLDER_DISABLED_REASONS)),
    past_due: z.nullable(z.array(openEnum(CARDHOLDER_PAST_DUE))),
  }),
  spending_controls: z.nullable(SpendingControlsSchema),
  status: openEnum(CARDHOLDER_STATUSES),
  type: openEnum(CARDHOLDER_TYPES),
};
/** Schema type of {@link IssuingCardholderSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingCardholderObjectSchema extends z.ZodMiniObject<typeof issuingCardholderShape, z.core.$strip> {}
/**
 * An Issuing cardholder (`ich_…`): the person or company cards are issued to, with billing address,
 * verification data and spending controls applying to all of their cards.
 */
export const IssuingCardholderSchema: IssuingCardholderObjectSchema = object(issuingCardholderShape);
/** An Issuing cardholder (`ich_…`). */
export type IssuingCardholder = z.output<typeof IssuingCardholderSchema>;

/** A billing address in cardholder params: `line1`, `city`, `postal_code` and `country` are required. */
export const CardholderAddressParamSchema = z.strictObject({
  line1: z.string().check(z.minLength(1)),
  line2: z.optional(z.string()),
  city: z.string().check(z.minLength(1)),
  state: z.optional(z.string()),
  postal_code: z.string().check(z.minLength(1)),
  /** Two-letter country code, e.g. `US`. */
  country: z.string().check(z.regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as "US"')),
});

/** The `individual` block of cardholder params (KYC of an individual cardholder). */
export const CardholderIndividualParamSchema = z.strictObject({
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  /** Date of birth; all three parts are required together. */
  dob: z.optional(z.strictObject({
      day: z.int().check(z.minimum(1), z.maximum(31)),
      month: z.int().check(z.minimum(1), z.maximum(12)),
      year: z.int().check(z.minimum(1900)),
    })),
  card_issuing: z.optional(z.strictObject({
      /** The cardholder's acceptance of the Issuing terms (needed for some programs). */
      user_terms_acceptance: z.optional(z.strictObject({
          /** When the terms were accepted (Unix seconds). */
          date: z.optional(Timestamp),
          /** IP address the terms were accepted from. */
          ip: z.optional(z.string()),
          /** User agent of the browser that accepted; `''` or `null` unsets it. */
          user_agent: z.optional(z.union([z.string(), z.null()])),
        })),
    })),
  verification: z.optional(z.strictObject({
      /** Identity document: `file_…` ids uploaded with purpose `identity_document`. */
      document: z.optional(z.strictObject({ front: z.optional(z.string()), back: z.optional(z.string()) })),
    })),
});

const cardholderCommonParams = {
  /** Billing address (also used for AVS checks). */
  billing: z.strictObject({ address: CardholderAddressParamSchema }),
  email: z.optional(z.string()),
  /** E.164 phone number, e.g. `+18008675309` (needed for 3-D Secure and wallets). */
  phone_number: z.optional(z.string()),
  individual: z.optional(CardholderIndividualParamSchema),
  company: z.optional(z.strictObject({ tax_id: z.optional(z.string()) })),
  preferred_locales: z.optional(z.array(paramEnum(CARDHOLDER_LOCALES))),
  spending_controls: z.optional(CardholderSpendingControlsParamSchema),
  /** `active` or `inactive` (`blocked` is set by Stripe only). */
  status: z.optional(paramEnum(['active', 'inactive'])),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
};

/**
 * Params of `issuing.cardholders.create`: `name` and `billing.address` are required.
 * @example { name: 'Jenny Rosen', type: 'individual', email: 'jenny@example.com', billing: { address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } } }
 */
export const IssuingCardholderCreateParamsSchema = z.strictObject({
  /** Full name (or company name), up to 24 characters printed on physical cards. */
  name: z.string().check(z.minLength(1)),
  /** `individual` (default) or `company`. */
  type: z.optional(paramEnum(CARDHOLDER_TYPES)),
  ...cardholderCommonParams,
});
/** Params of `issuing.cardholders.create`. */
export type IssuingCardholderCreateParams = z.input<typeof IssuingCardholderCreateParamsSchema>;

/** Params of `issuing.cardholders.update`: as create without `name` and `type`, every field optional. */
export const IssuingCardholderUpdateParamsSchema = z.strictObject({
  ...cardholderCommonParams,
  billing: z.optional(cardholderCommonParams.billing),
});
/** Params of `issuing.cardholders.update`. */
export type IssuingCardholderUpdateParams = z.input<typeof IssuingCardholderUpdateParamsSchema>;

/** Params of `issuing.cardholders.list`: v1 paging plus filters. */
export const IssuingCardholderListParamsSchema = z.strictObject({
  ...V1ListParams,
  created: z.optional(RangeQuery),
  email: z.optional(z.string()),
  phone_number: z.optional(z.string()),
  status: z.optional(paramEnum(CARDHOLDER_STATUSES)),
  type: z.optional(paramEnum(CARDHOLDER_TYPES)),
});
/** Params of `issuing.cardholders.list`. */
export type IssuingCardholderListParams = z.input<typeof IssuingCardholderListParamsSchema>;

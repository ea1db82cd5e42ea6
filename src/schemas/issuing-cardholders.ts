import * as z from 'zod';
import { Address, Id, Metadata, MetadataParam, openEnum, paramEnum, RangeQuery, Timestamp, V1ListParams } from './common.js';
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
const FileRef = z.union([z.string(), z.object({ id: Id, object: z.literal('file') })]);

/** Fields of an Issuing cardholder as returned. */
const issuingCardholderShape = {
  id: Id,
  object: z.literal('issuing.cardholder'),
  billing: z.object({ address: Address }),
  company: z.object({ tax_id_provided: z.boolean() }).nullable(),
  created: Timestamp,
  email: z.string().nullable(),
  individual: z
    .object({
      card_issuing: z
        .object({
          user_terms_acceptance: z
            .object({ date: Timestamp.nullable(), ip: z.string().nullable(), user_agent: z.string().nullable() })
            .nullable(),
        })
        .nullable()
        .optional(),
      dob: z.object({ day: z.number().int().nullable(), month: z.number().int().nullable(), year: z.number().int().nullable() }).nullable(),
      first_name: z.string().nullable(),
      last_name: z.string().nullable(),
      verification: z.object({ document: z.object({ back: FileRef.nullable(), front: FileRef.nullable() }).nullable() }).nullable(),
    })
    .nullable(),
  livemode: z.boolean(),
  metadata: Metadata,
  name: z.string(),
  phone_number: z.string().nullable(),
  preferred_locales: z.array(openEnum(CARDHOLDER_LOCALES)).nullable(),
  requirements: z.object({
    disabled_reason: openEnum(CARDHOLDER_DISABLED_REASONS).nullable(),
    past_due: z.array(openEnum(CARDHOLDER_PAST_DUE)).nullable(),
  }),
  spending_controls: SpendingControlsSchema.nullable(),
  status: openEnum(CARDHOLDER_STATUSES),
  type: openEnum(CARDHOLDER_TYPES),
};
/** Schema type of {@link IssuingCardholderSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingCardholderObjectSchema extends z.ZodObject<typeof issuingCardholderShape> {}
/**
 * An Issuing cardholder (`ich_…`): the person or company cards are issued to, with billing address,
 * verification data and spending controls applying to all of their cards.
 */
export const IssuingCardholderSchema: IssuingCardholderObjectSchema = z.object(issuingCardholderShape);
/** An Issuing cardholder (`ich_…`). */
export type IssuingCardholder = z.output<typeof IssuingCardholderSchema>;

/** A billing address in cardholder params: `line1`, `city`, `postal_code` and `country` are required. */
export const CardholderAddressParamSchema = z.strictObject({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string().min(1),
  state: z.string().optional(),
  postal_code: z.string().min(1),
  /** Two-letter country code, e.g. `US`. */
  country: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as "US"'),
});

/** The `individual` block of cardholder params (KYC of an individual cardholder). */
export const CardholderIndividualParamSchema = z.strictObject({
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  /** Date of birth; all three parts are required together. */
  dob: z
    .strictObject({
      day: z.number().int().min(1).max(31),
      month: z.number().int().min(1).max(12),
      year: z.number().int().min(1900),
    })
    .optional(),
  card_issuing: z
    .strictObject({
      /** The cardholder's acceptance of the Issuing terms (needed for some programs). */
      user_terms_acceptance: z
        .strictObject({
          /** When the terms were accepted (Unix seconds). */
          date: Timestamp.optional(),
          /** IP address the terms were accepted from. */
          ip: z.string().optional(),
          /** User agent of the browser that accepted; `''` or `null` unsets it. */
          user_agent: z.union([z.string(), z.null()]).optional(),
        })
        .optional(),
    })
    .optional(),
  verification: z
    .strictObject({
      /** Identity document: `file_…` ids uploaded with purpose `identity_document`. */
      document: z.strictObject({ front: z.string().optional(), back: z.string().optional() }).optional(),
    })
    .optional(),
});

const cardholderCommonParams = {
  /** Billing address (also used for AVS checks). */
  billing: z.strictObject({ address: CardholderAddressParamSchema }),
  email: z.string().optional(),
  /** E.164 phone number, e.g. `+18008675309` (needed for 3-D Secure and wallets). */
  phone_number: z.string().optional(),
  individual: CardholderIndividualParamSchema.optional(),
  company: z.strictObject({ tax_id: z.string().optional() }).optional(),
  preferred_locales: z.array(paramEnum(CARDHOLDER_LOCALES)).optional(),
  spending_controls: CardholderSpendingControlsParamSchema.optional(),
  /** `active` or `inactive` (`blocked` is set by Stripe only). */
  status: paramEnum(['active', 'inactive']).optional(),
  metadata: MetadataParam.optional(),
  expand: z.array(z.string()).optional(),
};

/**
 * Params of `issuing.cardholders.create`: `name` and `billing.address` are required.
 * @example { name: 'Jenny Rosen', type: 'individual', email: 'jenny@example.com', billing: { address: { line1: '1 Main St', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' } } }
 */
export const IssuingCardholderCreateParamsSchema = z.strictObject({
  /** Full name (or company name), up to 24 characters printed on physical cards. */
  name: z.string().min(1),
  /** `individual` (default) or `company`. */
  type: paramEnum(CARDHOLDER_TYPES).optional(),
  ...cardholderCommonParams,
});
/** Params of `issuing.cardholders.create`. */
export type IssuingCardholderCreateParams = z.input<typeof IssuingCardholderCreateParamsSchema>;

/** Params of `issuing.cardholders.update`: as create without `name` and `type`, every field optional. */
export const IssuingCardholderUpdateParamsSchema = z.strictObject({
  ...cardholderCommonParams,
  billing: cardholderCommonParams.billing.optional(),
});
/** Params of `issuing.cardholders.update`. */
export type IssuingCardholderUpdateParams = z.input<typeof IssuingCardholderUpdateParamsSchema>;

/** Params of `issuing.cardholders.list`: v1 paging plus filters. */
export const IssuingCardholderListParamsSchema = z.strictObject({
  ...V1ListParams,
  created: RangeQuery.optional(),
  email: z.string().optional(),
  phone_number: z.string().optional(),
  status: paramEnum(CARDHOLDER_STATUSES).optional(),
  type: paramEnum(CARDHOLDER_TYPES).optional(),
});
/** Params of `issuing.cardholders.list`. */
export type IssuingCardholderListParams = z.input<typeof IssuingCardholderListParamsSchema>;

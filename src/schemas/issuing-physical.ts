import * as z from 'zod';
import { Id, Metadata, MetadataParam, openEnum, paramEnum, Timestamp, V1ListParams } from './common.js';

/** `optional` / `required` / `unsupported`: whether a physical bundle supports a personalization feature. */
const FeatureSupport = openEnum(['optional', 'required', 'unsupported']);

const issuingPhysicalBundleShape = {
  id: Id,
  object: z.literal('issuing.physical_bundle'),
  features: z.object({ card_logo: FeatureSupport, carrier_text: FeatureSupport, second_line: FeatureSupport }),
  livemode: z.boolean(),
  name: z.string(),
  status: openEnum(['active', 'inactive', 'review']),
  type: openEnum(['custom', 'standard']),
};
/** Schema type of {@link IssuingPhysicalBundleSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPhysicalBundleObjectSchema extends z.ZodObject<typeof issuingPhysicalBundleShape> {}
/**
 * A physical bundle (`ics_…`): the card stock, carrier and envelope a physical card is printed with.
 * Read-only; `GET /v1/issuing/physical_bundles/{id}`.
 */
export const IssuingPhysicalBundleSchema: IssuingPhysicalBundleObjectSchema = z.object(issuingPhysicalBundleShape);
/** A physical bundle (`ics_…`). */
export type IssuingPhysicalBundle = z.output<typeof IssuingPhysicalBundleSchema>;

/** Why a personalization design's card logo was rejected. */
export const CARD_LOGO_REJECTION_REASONS = [
  'geographic_location',
  'inappropriate',
  'network_name',
  'non_binary_image',
  'non_fiat_currency',
  'other',
  'other_entity',
  'promotional_material',
] as const;
/** Why a personalization design's carrier text was rejected. */
export const CARRIER_TEXT_REJECTION_REASONS = [
  'geographic_location',
  'inappropriate',
  'network_name',
  'non_fiat_currency',
  'other',
  'other_entity',
  'promotional_material',
] as const;

/** A file id, or the expanded `file` object. */
const FileRef = z.union([Id, z.object({ id: Id, object: z.literal('file') })]);

const issuingPersonalizationDesignShape = {
  id: Id,
  object: z.literal('issuing.personalization_design'),
  card_logo: FileRef.nullable(),
  carrier_text: z
    .object({
      footer_body: z.string().nullable(),
      footer_title: z.string().nullable(),
      header_body: z.string().nullable(),
      header_title: z.string().nullable(),
    })
    .nullable(),
  created: Timestamp,
  livemode: z.boolean(),
  lookup_key: z.string().nullable(),
  metadata: Metadata,
  name: z.string().nullable(),
  /** The bundle id, or the expanded bundle (`expand: ['physical_bundle']`). */
  physical_bundle: z.union([Id, IssuingPhysicalBundleSchema]),
  preferences: z.object({ is_default: z.boolean(), is_platform_default: z.boolean().nullable() }),
  rejection_reasons: z.object({
    card_logo: z.array(openEnum(CARD_LOGO_REJECTION_REASONS)).nullable(),
    carrier_text: z.array(openEnum(CARRIER_TEXT_REJECTION_REASONS)).nullable(),
  }),
  status: openEnum(['active', 'inactive', 'rejected', 'review']),
};
/** Schema type of {@link IssuingPersonalizationDesignSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignObjectSchema extends z.ZodObject<typeof issuingPersonalizationDesignShape> {}
/**
 * A personalization design (`ipcd_…`): logo and carrier text printed on physical cards, reviewed by Stripe.
 * `status` moves `review` → `active` | `rejected`; `inactive` once deactivated.
 */
export const IssuingPersonalizationDesignSchema: IssuingPersonalizationDesignObjectSchema = z.object(issuingPersonalizationDesignShape);
/** A personalization design (`ipcd_…`). */
export type IssuingPersonalizationDesign = z.output<typeof IssuingPersonalizationDesignSchema>;

const Emptyable = <T extends z.ZodType>(s: T) => z.union([s, z.literal('')]);

const CarrierTextParam = z.strictObject({
  footer_body: Emptyable(z.string()).optional(),
  footer_title: Emptyable(z.string()).optional(),
  header_body: Emptyable(z.string()).optional(),
  header_title: Emptyable(z.string()).optional(),
});

const issuingPersonalizationDesignCreateParamsShape = {
  /** The physical bundle the design prints on (`ics_…`). */
  physical_bundle: Id,
  /** A file id (`file_…`) uploaded with purpose `issuing_logo`. */
  card_logo: Id.optional(),
  carrier_text: CarrierTextParam.optional(),
  lookup_key: z.string().max(200).optional(),
  metadata: MetadataParam.optional(),
  name: z.string().optional(),
  preferences: z.strictObject({ is_default: z.boolean() }).optional(),
  /** Move `lookup_key` from another design to this one. */
  transfer_lookup_key: z.boolean().optional(),
  expand: z.array(z.string()).optional(),
};
/** Schema type of {@link IssuingPersonalizationDesignCreateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignCreateParamsObjectSchema extends z.ZodObject<typeof issuingPersonalizationDesignCreateParamsShape, z.core.$strict> {}
/** Params of `issuing.personalizationDesigns.create`. */
export const IssuingPersonalizationDesignCreateParamsSchema: IssuingPersonalizationDesignCreateParamsObjectSchema = z.strictObject(issuingPersonalizationDesignCreateParamsShape);
/** Params of `issuing.personalizationDesigns.create`. */
export type IssuingPersonalizationDesignCreateParams = z.input<typeof IssuingPersonalizationDesignCreateParamsSchema>;

const issuingPersonalizationDesignUpdateParamsShape = {
  card_logo: Emptyable(Id).optional(),
  carrier_text: Emptyable(CarrierTextParam).optional(),
  lookup_key: Emptyable(z.string().max(200)).optional(),
  metadata: MetadataParam.optional(),
  name: Emptyable(z.string()).optional(),
  physical_bundle: Id.optional(),
  preferences: z.strictObject({ is_default: z.boolean() }).optional(),
  transfer_lookup_key: z.boolean().optional(),
  expand: z.array(z.string()).optional(),
};
/** Schema type of {@link IssuingPersonalizationDesignUpdateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignUpdateParamsObjectSchema extends z.ZodObject<typeof issuingPersonalizationDesignUpdateParamsShape, z.core.$strict> {}
/** Params of `issuing.personalizationDesigns.update` (`''` unsets a field). */
export const IssuingPersonalizationDesignUpdateParamsSchema: IssuingPersonalizationDesignUpdateParamsObjectSchema = z.strictObject(issuingPersonalizationDesignUpdateParamsShape);
/** Params of `issuing.personalizationDesigns.update`. */
export type IssuingPersonalizationDesignUpdateParams = z.input<typeof IssuingPersonalizationDesignUpdateParamsSchema>;

/** Params of `issuing.personalizationDesigns.list`. */
export const IssuingPersonalizationDesignListParamsSchema = z.strictObject({
  ...V1ListParams,
  lookup_keys: z.array(z.string()).max(200).optional(),
  preferences: z.strictObject({ is_default: z.boolean().optional(), is_platform_default: z.boolean().optional() }).optional(),
  status: paramEnum(['active', 'inactive', 'rejected', 'review']).optional(),
});
/** Params of `issuing.personalizationDesigns.list`. */
export type IssuingPersonalizationDesignListParams = z.input<typeof IssuingPersonalizationDesignListParamsSchema>;

/** Params of `testHelpers.issuing.personalizationDesigns.reject`: at least one reason list. */
export const IssuingPersonalizationDesignRejectParamsSchema = z.strictObject({
  rejection_reasons: z
    .strictObject({
      card_logo: z.array(paramEnum(CARD_LOGO_REJECTION_REASONS)).optional(),
      carrier_text: z.array(paramEnum(CARRIER_TEXT_REJECTION_REASONS)).optional(),
    })
    .refine((r) => (r.card_logo?.length ?? 0) + (r.carrier_text?.length ?? 0) > 0, 'give at least one card_logo or carrier_text reason'),
  expand: z.array(z.string()).optional(),
});
/** Params of `testHelpers.issuing.personalizationDesigns.reject`. */
export type IssuingPersonalizationDesignRejectParams = z.input<typeof IssuingPersonalizationDesignRejectParamsSchema>;

/** Params of `issuing.physicalBundles.list`. */
export const IssuingPhysicalBundleListParamsSchema = z.strictObject({
  ...V1ListParams,
  status: paramEnum(['active', 'inactive', 'review']).optional(),
  type: paramEnum(['custom', 'standard']).optional(),
});
/** Params of `issuing.physicalBundles.list`. */
export type IssuingPhysicalBundleListParams = z.input<typeof IssuingPhysicalBundleListParamsSchema>;

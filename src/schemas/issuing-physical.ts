import * as z from 'zod/mini';
import { Id, Metadata, MetadataParam, openEnum, paramEnum, Timestamp, V1ListParams, object } from './common.js';

/** `optional` / `required` / `unsupported`: whether a physical bundle supports a personalization feature. */
const FeatureSupport = openEnum(['optional', 'required', 'unsupported']);

const issuingPhysicalBundleShape = {
  id: Id,
  object: z.literal('issuing.physical_bundle'),
  features: object({ card_logo: FeatureSupport, carrier_text: FeatureSupport, second_line: FeatureSupport }),
  livemode: z.boolean(),
  name: z.string(),
  status: openEnum(['active', 'inactive', 'review']),
  type: openEnum(['custom', 'standard']),
};
/** Schema type of {@link IssuingPhysicalBundleSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPhysicalBundleObjectSchema extends z.ZodMiniObject<typeof issuingPhysicalBundleShape, z.core.$strip> {}
/**
 * A physical bundle (`ics_…`): the card stock, carrier and envelope a physical card is printed with.
 * Read-only; `GET /v1/issuing/physical_bundles/{id}`.
 */
export const IssuingPhysicalBundleSchema: IssuingPhysicalBundleObjectSchema = object(issuingPhysicalBundleShape);
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
const FileRef = z.union([Id, object({ id: Id, object: z.literal('file') })]);

const issuingPersonalizationDesignShape = {
  id: Id,
  object: z.literal('issuing.personalization_design'),
  card_logo: z.nullable(FileRef),
  carrier_text: z.nullable(object({
      footer_body: z.nullable(z.string()),
      footer_title: z.nullable(z.string()),
      header_body: z.nullable(z.string()),
      header_title: z.nullable(z.string()),
    })),
  created: Timestamp,
  livemode: z.boolean(),
  lookup_key: z.nullable(z.string()),
  metadata: Metadata,
  name: z.nullable(z.string()),
  /** The bundle id, or the expanded bundle (`expand: ['physical_bundle']`). */
  physical_bundle: z.union([Id, IssuingPhysicalBundleSchema]),
  preferences: object({ is_default: z.boolean(), is_platform_default: z.nullable(z.boolean()) }),
  rejection_reasons: object({
    card_logo: z.nullable(z.array(openEnum(CARD_LOGO_REJECTION_REASONS))),
    carrier_text: z.nullable(z.array(openEnum(CARRIER_TEXT_REJECTION_REASONS))),
  }),
  status: openEnum(['active', 'inactive', 'rejected', 'review']),
};
/** Schema type of {@link IssuingPersonalizationDesignSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignObjectSchema extends z.ZodMiniObject<typeof issuingPersonalizationDesignShape, z.core.$strip> {}
/**
 * A personalization design (`ipcd_…`): logo and carrier text printed on physical cards, reviewed by Stripe.
 * `status` moves `review` → `active` | `rejected`; `inactive` once deactivated.
 */
export const IssuingPersonalizationDesignSchema: IssuingPersonalizationDesignObjectSchema = object(issuingPersonalizationDesignShape);
/** A personalization design (`ipcd_…`). */
export type IssuingPersonalizationDesign = z.output<typeof IssuingPersonalizationDesignSchema>;

const Emptyable = <T extends z.ZodMiniType>(s: T) => z.union([s, z.literal('')]);

const CarrierTextParam = z.strictObject({
  footer_body: z.optional(Emptyable(z.string())),
  footer_title: z.optional(Emptyable(z.string())),
  header_body: z.optional(Emptyable(z.string())),
  header_title: z.optional(Emptyable(z.string())),
});

const issuingPersonalizationDesignCreateParamsShape = {
  /** The physical bundle the design prints on (`ics_…`). */
  physical_bundle: Id,
  /** A file id (`file_…`) uploaded with purpose `issuing_logo`. */
  card_logo: z.optional(Id),
  carrier_text: z.optional(CarrierTextParam),
  lookup_key: z.optional(z.string().check(z.maxLength(200))),
  metadata: z.optional(MetadataParam),
  name: z.optional(z.string()),
  preferences: z.optional(z.strictObject({ is_default: z.boolean() })),
  /** Move `lookup_key` from another design to this one. */
  transfer_lookup_key: z.optional(z.boolean()),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingPersonalizationDesignCreateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignCreateParamsObjectSchema extends z.ZodMiniObject<typeof issuingPersonalizationDesignCreateParamsShape, z.core.$strict> {}
/** Params of `issuing.personalizationDesigns.create`. */
export const IssuingPersonalizationDesignCreateParamsSchema: IssuingPersonalizationDesignCreateParamsObjectSchema = z.strictObject(issuingPersonalizationDesignCreateParamsShape);
/** Params of `issuing.personalizationDesigns.create`. */
export type IssuingPersonalizationDesignCreateParams = z.input<typeof IssuingPersonalizationDesignCreateParamsSchema>;

const issuingPersonalizationDesignUpdateParamsShape = {
  card_logo: z.optional(Emptyable(Id)),
  carrier_text: z.optional(Emptyable(CarrierTextParam)),
  lookup_key: z.optional(Emptyable(z.string().check(z.maxLength(200)))),
  metadata: z.optional(MetadataParam),
  name: z.optional(Emptyable(z.string())),
  physical_bundle: z.optional(Id),
  preferences: z.optional(z.strictObject({ is_default: z.boolean() })),
  transfer_lookup_key: z.optional(z.boolean()),
  expand: z.optional(z.array(z.string())),
};
/** Schema type of {@link IssuingPersonalizationDesignUpdateParamsSchema}, named so that declaration files refer to it instead of expanding it. */
export interface IssuingPersonalizationDesignUpdateParamsObjectSchema extends z.ZodMiniObject<typeof issuingPersonalizationDesignUpdateParamsShape, z.core.$strict> {}
/** Params of `issuing.personalizationDesigns.update` (`''` unsets a field). */
export const IssuingPersonalizationDesignUpdateParamsSchema: IssuingPersonalizationDesignUpdateParamsObjectSchema = z.strictObject(issuingPersonalizationDesignUpdateParamsShape);
/** Params of `issuing.personalizationDesigns.update`. */
export type IssuingPersonalizationDesignUpdateParams = z.input<typeof IssuingPersonalizationDesignUpdateParamsSchema>;

/** Params of `issuing.personalizationDesigns.list`. */
export const IssuingPersonalizationDesignListParamsSchema = z.strictObject({
  ...V1ListParams,
  lookup_keys: z.optional(z.array(z.string()).check(z.maxLength(200))),
  preferences: z.optional(z.strictObject({ is_default: z.optional(z.boolean()), is_platform_default: z.optional(z.boolean()) })),
  status: z.optional(paramEnum(['active', 'inactive', 'rejected', 'review'])),
});
/** Params of `issuing.personalizationDesigns.list`. */
export type IssuingPersonalizationDesignListParams = z.input<typeof IssuingPersonalizationDesignListParamsSchema>;

/** Params of `testHelpers.issuing.personalizationDesigns.reject`: at least one reason list. */
export const IssuingPersonalizationDesignRejectParamsSchema = z.strictObject({
  rejection_reasons: z.strictObject({
      card_logo: z.optional(z.array(paramEnum(CARD_LOGO_REJECTION_REASONS))),
      carrier_text: z.optional(z.array(paramEnum(CARRIER_TEXT_REJECTION_REASONS))),
    }).check(z.refine((r) => (r.card_logo?.length ?? 0) + (r.carrier_text?.length ?? 0) > 0, 'give at least one card_logo or carrier_text reason')),
  expand: z.optional(z.array(z.string())),
});
/** Params of `testHelpers.issuing.personalizationDesigns.reject`. */
export type IssuingPersonalizationDesignRejectParams = z.input<typeof IssuingPersonalizationDesignRejectParamsSchema>;

/** Params of `issuing.physicalBundles.list`. */
export const IssuingPhysicalBundleListParamsSchema = z.strictObject({
  ...V1ListParams,
  status: z.optional(paramEnum(['active', 'inactive', 'review'])),
  type: z.optional(paramEnum(['custom', 'standard'])),
});
/** Params of `issuing.physicalBundles.list`. */
export type IssuingPhysicalBundleListParams = z.input<typeof IssuingPhysicalBundleListParamsSchema>;

import * as z from 'zod/mini';
import { Id, Metadata, MetadataParam, Timestamp, V1ListParams, object } from './common.js';

/** An Issuing program of a connected account (preview): which platform program its cards belong to. */
export const IssuingProgramSchema = object({
  id: Id,
  object: z.literal('issuing.program'),
  created: Timestamp,
  is_default: z.boolean(),
  livemode: z.optional(z.boolean()),
  metadata: Metadata,
  platform_program: z.nullable(z.string()),
});
/** An Issuing program (`iprg_…`). */
export type IssuingProgram = z.output<typeof IssuingProgramSchema>;

/** Params of `issuing.programs.create`. */
export const IssuingProgramCreateParamsSchema = z.strictObject({
  /** The platform's program this account's program belongs to (`iprg_…`). */
  platform_program: Id,
  /** Make this the account's default program (one default at a time). */
  is_default: z.optional(z.boolean()),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `issuing.programs.create`. */
export type IssuingProgramCreateParams = z.input<typeof IssuingProgramCreateParamsSchema>;

/** Params of `issuing.programs.update`. */
export const IssuingProgramUpdateParamsSchema = z.strictObject({
  is_default: z.optional(z.boolean()),
  metadata: z.optional(MetadataParam),
  expand: z.optional(z.array(z.string())),
});
/** Params of `issuing.programs.update`. */
export type IssuingProgramUpdateParams = z.input<typeof IssuingProgramUpdateParamsSchema>;

/** Params of `issuing.programs.list`. */
export const IssuingProgramListParamsSchema = z.strictObject({ ...V1ListParams });
/** Params of `issuing.programs.list`. */
export type IssuingProgramListParams = z.input<typeof IssuingProgramListParamsSchema>;

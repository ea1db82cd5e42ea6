import * as z from 'zod';

/**
 * A Stripe enum in a response. The type is the known values or any other string
 * (Stripe may add values without a version bump); at run time an unknown value is
 * reported as drift (or thrown in strict mode) but never fails a call.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<T[number] | (string & {})> {
  return z.enum(values) as unknown as z.ZodType<T[number] | (string & {})>;
}

/** A closed enum in request params: a value outside it is rejected before sending. */
export function paramEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}

/** Object id such as `ic_123`. */
export const Id = z.string().min(1);

/** Unix timestamp in seconds (v1). */
export const Timestamp = z.number().int();

/** RFC 3339 timestamp string (v2), e.g. `2025-06-18T00:48:16.000Z`. */
export const Rfc3339 = z.string();

/** Three-letter ISO currency code, lower case (`usd`). */
export const Currency = z.string().regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"');

/** Integer amount in the currency's minor unit (cents). */
export const Amount = z.number().int();

/** Metadata as returned: string values. */
export const Metadata = z.record(z.string(), z.string());

/** Metadata in params: string or number values; `''` or `null` unsets a key. `''` or `null` for the whole object unsets every key. */
export const MetadataParam = z.union([
  z.record(
    z.string().max(40).regex(/^[^[\]]*$/, 'metadata keys cannot contain [ or ]'),
    z.union([z.string().max(500), z.number(), z.null()]),
  ),
  z.literal(''),
  z.null(),
]);

/** `expand[]` of v1 retrieve and list calls. */
export const Expand = z.array(z.string());

/** Range filter on a timestamp (`created[gte]=…`), or an exact value. */
export const RangeQuery = z.union([
  z.number().int(),
  z.strictObject({ gt: z.number().int().optional(), gte: z.number().int().optional(), lt: z.number().int().optional(), lte: z.number().int().optional() }),
]);

/** Params every v1 list accepts. */
export const V1ListParams = {
  limit: z.number().int().min(1).max(100).optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
  expand: Expand.optional(),
};

/** Params of the updates that only change metadata (authorizations, transactions, payouts, …). */
export const MetadataUpdateParams = z.strictObject({ metadata: MetadataParam.optional(), expand: Expand.optional() });

/** Params of a v1 retrieve (only `expand`). */
export const V1RetrieveParams = z.strictObject({ expand: Expand.optional() });

/** A postal address as returned. */
export const Address = z.object({
  city: z.string().nullable(),
  country: z.string().nullable(),
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  postal_code: z.string().nullable(),
  state: z.string().nullable(),
});

/** A postal address in params. */
export const AddressParam = z.strictObject({
  city: z.string().optional(),
  country: z.string().optional(),
  line1: z.string().optional(),
  line2: z.string().optional(),
  postal_code: z.string().optional(),
  state: z.string().optional(),
});

/** A v2 money amount: `{ value, currency }` in minor units. */
export const V2Amount = z.object({ value: z.number().int(), currency: z.string() });

/** A v2 64-bit integer travelling as a JSON string; params accept a bigint, number or string. */
export const Int64String = z.string().regex(/^-?\d+$/);
/** Param form of an int64_string. */
export const Int64Param = z.union([z.bigint(), z.number().int(), z.string().regex(/^-?\d+$/)]);
/** A v2 decimal travelling as a JSON string, e.g. `"0.75"`. */
export const DecimalString = z.string().regex(/^-?\d+(?:\.\d+)?$/);

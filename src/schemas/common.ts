import { $constructor, $ZodObjectJIT, type $ZodLooseShape, type $ZodObjectDef, type $strip } from 'zod/v4/core';
import * as z from 'zod/mini';

/**
 * A Stripe enum in a response. The type is the known values or any other string
 * (Stripe may add values without a version bump); at run time an unknown value is
 * reported as drift (or thrown in strict mode) but never fails a call.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodMiniType<T[number] | (string & {})> {
  return z.enum(values) as unknown as z.ZodMiniType<T[number] | (string & {})>;
}

/**
 * `z.object` of zod/mini, parsed by zod's compiled (JIT) object parser as classic zod's objects are:
 * mini's own objects use the interpreted parser, about four times slower on a card. Same type, same
 * behaviour (unknown keys stripped in zod's output, which cardplane never returns); where `new Function`
 * is not allowed (CSP), zod falls back to the interpreted parser by itself.
 */
type Init = (inst: unknown, def: unknown) => void;
const ZodMiniObjectJIT = /* @__PURE__ */ $constructor('ZodMiniObject', (inst: z.ZodMiniObject, def: $ZodObjectDef) => {
  ($ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  // The shape is the plain object the schema was built from (recursion goes through `k.lazy`), so it is
  // set as is: zod's lazy-property helper would pull zod's whole util namespace into every bundle.
  Object.defineProperty(inst, 'shape', { value: def.shape, enumerable: false, configurable: true, writable: true });
});

/** A response object: `z.object` with zod's compiled parser. */
// @__NO_SIDE_EFFECTS__
export function object<const T extends $ZodLooseShape>(shape: T): z.ZodMiniObject<T, $strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, $strip>;
}

/** A closed enum in request params: a value outside it is rejected before sending. */
export function paramEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values);
}

/** Object id such as `ic_123`. */
export const Id = z.string().check(z.minLength(1));

/** Unix timestamp in seconds (v1). */
export const Timestamp = z.int();

/** RFC 3339 timestamp string (v2), e.g. `2025-06-18T00:48:16.000Z`. */
export const Rfc3339 = z.string();

/** Three-letter ISO currency code, lower case (`usd`). */
export const Currency = z.string().check(z.regex(/^[a-z]{3}$/, 'a lower-case three-letter ISO currency code such as "usd"'));

/** Integer amount in the currency's minor unit (cents). */
export const Amount = z.int();

/** Metadata as returned: string values. */
export const Metadata = z.record(z.string(), z.string());

/** Metadata in params: string or number values; `''` or `null` unsets a key. `''` or `null` for the whole object unsets every key. */
export const MetadataParam = z.union([
  z.record(
    z.string().check(z.maxLength(40), z.regex(/^[^[\]]*$/, 'metadata keys cannot contain [ or ]')),
    z.union([z.string().check(z.maxLength(500)), z.number(), z.null()]),
  ),
  z.literal(''),
  z.null(),
]);

/** `expand[]` of v1 retrieve and list calls. */
export const Expand = z.array(z.string());

/** Range filter on a timestamp (`created[gte]=…`), or an exact value. */
export const RangeQuery = z.union([
  z.int(),
  z.strictObject({ gt: z.optional(z.int()), gte: z.optional(z.int()), lt: z.optional(z.int()), lte: z.optional(z.int()) }),
]);

/** Params every v1 list accepts. */
export const V1ListParams = {
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  starting_after: z.optional(z.string()),
  ending_before: z.optional(z.string()),
  expand: z.optional(Expand),
};

/** Params of the updates that only change metadata (authorizations, transactions, payouts, …). */
export const MetadataUpdateParams = z.strictObject({ metadata: z.optional(MetadataParam), expand: z.optional(Expand) });

/** Params of a v1 retrieve (only `expand`). */
export const V1RetrieveParams = z.strictObject({ expand: z.optional(Expand) });

/** A postal address as returned. */
export const Address = object({
  city: z.nullable(z.string()),
  country: z.nullable(z.string()),
  line1: z.nullable(z.string()),
  line2: z.nullable(z.string()),
  postal_code: z.nullable(z.string()),
  state: z.nullable(z.string()),
});

/** A postal address in params. */
export const AddressParam = z.strictObject({
  city: z.optional(z.string()),
  country: z.optional(z.string()),
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  postal_code: z.optional(z.string()),
  state: z.optional(z.string()),
});

/** A v2 money amount: `{ value, currency }` in minor units. */
export const V2Amount = object({ value: z.int(), currency: z.string() });

/** A v2 64-bit integer travelling as a JSON string; params accept a bigint, number or string. */
export const Int64String = z.string().check(z.regex(/^-?\d+$/));
/** Param form of an int64_string. */
export const Int64Param = z.union([z.bigint(), z.int(), z.string().check(z.regex(/^-?\d+$/))]);
/** A v2 decimal travelling as a JSON string, e.g. `"0.75"`. */
export const DecimalString = z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/));

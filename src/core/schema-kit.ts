/**
 * The building blocks of the generated schemas (`src/generated/schemas/`): thin, non-generic wrappers
 * over zod/mini, so that type-checking thousands of generated schemas costs nothing (each named schema
 * is typed once, by its generated interface) and every schema is built on first use.
 * @internal
 */
import * as z from 'zod/mini';
import { object as jitObject } from '../schemas/common.js';

/**
 * A zod/mini schema whose input and output are `T`: the type of every exported schema. Every generated type
 * `X` (`IssuingCard`, `IssuingCardCreateParams`, …) has one, exported as `XSchema` (`IssuingCardSchema:
 * Schema<IssuingCard>`; a type used both as params and in results also has `XParamSchema`/`XResultSchema`).
 * The API site lists them here instead of giving each of them a page.
 */
export type Schema<T> = z.ZodMiniType<T, T>;
/** Any schema (the kit's untyped currency). @internal */
type AnySchema = z.ZodMiniType;

const received = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v);
const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/**
 * zod/mini ships no messages: these English ones (zod's wording, for the checks the schemas make) are
 * given per parse (by the client's checks and by the mock's), so no global zod config is touched and
 * zod's locale table stays out of a bundle.
 * @internal
 */
export const englishErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${received(issue.input)}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Invalid input: expected ${show(issue.values[0])}` : `Invalid option: expected one of ${issue.values.map(show).join('|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const bound = big ? issue.maximum : issue.minimum;
      const op = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin ?? 'value'} to ${unit ? 'have' : 'be'} ${op}${String(bound)}${unit}`;
    }
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`;
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`;
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? `Invalid string: must match pattern ${String(issue.pattern)}` : `Invalid ${issue.format}`;
    default:
      return 'Invalid input';
  }
};

/** `string`. @internal */
export const string: AnySchema = z.string();
/** `number`. @internal */
export const number: AnySchema = z.number();
/** `boolean`. @internal */
export const boolean: AnySchema = z.boolean();
/** `null`. @internal */
export const nul: AnySchema = z.null();
/** Anything. @internal */
export const unknown: AnySchema = z.unknown();
/** A decimal in a response: a JSON string such as `"12.5"`. @internal */
export const decimal: AnySchema = z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/));
/** A decimal in params: a decimal string or a number. @internal */
export const decimalParam: AnySchema = z.union([decimal, z.number()]);

/** A list `limit`: an integer from 1 to 100 (see `PARAM_REFINEMENTS` in scripts/generate/overrides.ts). @internal */
export const limit: AnySchema = z.int().check(z.gte(1), z.lte(100));
/** An `amount` param: a whole, non-negative number of minor units. @internal */
export const amount: AnySchema = z.int().check(z.gte(0));

/** Metadata params: Stripe's limits (50 keys; keys up to 40 characters, without `[` or `]`; values up to 500). @internal */
export const metadataParam: AnySchema = z
  .record(z.string().check(z.maxLength(40), z.regex(/^[^[\]]*$/, 'metadata keys cannot contain [ or ]')), z.union([z.string().check(z.maxLength(500)), z.number(), z.null()]))
  .check(z.refine((m) => Object.keys(m as object).length <= 50, 'at most 50 metadata keys'));

const isUploadData = (d: unknown): boolean =>
  typeof d === 'string' ||
  d instanceof Uint8Array ||
  d instanceof ArrayBuffer ||
  (typeof ReadableStream !== 'undefined' && d instanceof ReadableStream) ||
  (typeof d === 'object' && d !== null && typeof (d as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');

/**
 * A file to upload (`FileUpload`, src/core/upload.ts): a `Blob`/`File`, or `{ data, name?, type? }` with
 * `data` text, bytes or a stream of bytes. @internal
 */
export const fileUpload: AnySchema = /* @__PURE__ */ z.custom((v) => {
  if (typeof Blob !== 'undefined' && v instanceof Blob) return true;
  if (typeof v !== 'object' || v === null || !isUploadData((v as { data?: unknown }).data)) return false;
  const { name, type, ...rest } = v as { name?: unknown; type?: unknown };
  return (name === undefined || typeof name === 'string') && (type === undefined || typeof type === 'string') && Object.keys(rest).length === 1;
}, 'must be a Blob or File, or { data, name?, type? } with data a string, Uint8Array, ArrayBuffer, ReadableStream or async iterable of bytes');

/** `T | undefined` (an optional field). @internal */
export function optional(s: AnySchema): AnySchema {
  return z.optional(s);
}
/** `T | null`. @internal */
export function nullable(s: AnySchema): AnySchema {
  return z.nullable(s);
}
/** `T[]`. @internal */
export function array(s: AnySchema): AnySchema {
  return z.array(s);
}
/** `{ [key: string]: T }`. @internal */
export function record(s: AnySchema): AnySchema {
  return z.record(z.string(), s);
}
/** One of several schemas. @internal */
export function union(options: AnySchema[]): AnySchema {
  return z.union(options as [AnySchema, AnySchema, ...AnySchema[]]);
}
/** A literal value. @internal */
export function literal(value: string | number | boolean): AnySchema {
  return z.literal(value);
}
/** A closed enum of strings. @internal */
export function enumOf(values: string[]): AnySchema {
  return z.enum(values as [string, ...string[]]);
}
/** A params object: unknown keys are refused (Stripe refuses them too). @internal */
export function params(shape: Record<string, AnySchema>): AnySchema {
  return z.strictObject(shape);
}
/** A response object: unknown keys are kept in the result (they are not part of the check). @internal */
export function result(shape: Record<string, AnySchema>): AnySchema {
  return jitObject(shape) as unknown as AnySchema;
}
/** An object of a resource this SDK does not type in full (a `Charge`, a `Customer`…): its id and `object`. @internal */
export const stripeObject: AnySchema = /* @__PURE__ */ result({ id: string, object: string });

/**
 * A named schema, built the first time it is used (so importing the SDK builds none), typed by its
 * generated interface.
 * @internal
 */
// @__NO_SIDE_EFFECTS__
export function lazy<T>(build: () => AnySchema): Schema<T> {
  const schema = Object.create(lazyPrototype()) as { [BUILD]: () => AnySchema };
  schema[BUILD] = build;
  return schema as unknown as Schema<T>;
}

const BUILD = Symbol('cardplane.lazy');
let lazyProto: object | undefined;

/**
 * What {@link lazy} returns inherits from: zod's own lazy schema class (so `parse`, `safeParse`, `instanceof`
 * and every check that reads `_zod` behave as for `z.lazy`), with `_zod`, `def` and `type` built on first
 * read: the schema's zod instance is made then and its fields become the object's own (plain data from then
 * on, no getter on the parse path). Importing the SDK makes ~2 900 generated schemas; `z.lazy` for each cost
 * ~50 ms of cold import, this costs an object each.
 */
function lazyPrototype(): object {
  if (lazyProto) return lazyProto;
  const materialize = (self: { [BUILD]: () => AnySchema }): void => {
    const real = z.lazy(self[BUILD]) as unknown as { _zod: unknown; def: unknown; type: unknown };
    for (const key of ['_zod', 'def', 'type'] as const) Object.defineProperty(self, key, { value: real[key], writable: true, enumerable: key !== '_zod', configurable: true });
  };
  const field = (key: '_zod' | 'def' | 'type'): PropertyDescriptor => ({
    configurable: true,
    get(this: { [BUILD]: () => AnySchema } & Record<string, unknown>) {
      materialize(this);
      return this[key];
    },
  });
  lazyProto = Object.create(Object.getPrototypeOf(z.lazy(() => z.never())) as object, { _zod: field('_zod'), def: field('def'), type: field('type') });
  return lazyProto!;
}

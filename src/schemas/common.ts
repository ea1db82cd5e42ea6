import { $constructor, $ZodObject, $ZodObjectJIT, type $ZodLooseShape, type $ZodObjectDef, type $strip } from 'zod/v4/core';
import * as z from 'zod/mini';

/**
 * `z.object` of zod/mini, parsed by zod's compiled (JIT) object parser as classic zod's objects are:
 * mini's own objects use the interpreted parser, about four times slower on a card. Same type, same
 * behaviour (unknown keys stripped in zod's output, which cardplane never returns); where `new Function`
 * is not allowed (CSP), zod falls back to the interpreted parser by itself.
 */
type Init = (inst: unknown, def: unknown) => void;
type Parse = (payload: unknown, ctx: unknown) => unknown;

/**
 * Parses of each object schema made by zod's interpreted parser before its compiled one takes over:
 * compiling costs more than a few interpreted parses (a card: ~11 ms to compile, its first interpreted
 * parse ~8 ms with its nested schemas), so a process that parses a shape once or twice (a script, a cold
 * start) never compiles it, and a long-running one compiles it on the third parse.
 */
const INTERPRETED_PARSES = 2;

const ZodMiniObjectJIT = /* @__PURE__ */ $constructor('ZodMiniObject', (inst: z.ZodMiniObject, def: $ZodObjectDef) => {
  ($ZodObjectJIT.init as Init)(inst, def);
  (z.ZodMiniType.init as Init)(inst, def);
  const internals = inst._zod as unknown as { parse: Parse };
  const compiled = internals.parse;
  // The same object schema with zod's interpreted parser, on an internal instance of its own.
  const shadow = {} as { _zod: { parse: Parse } };
  ($ZodObject.init as Init)(shadow, def);
  const interpreted = shadow._zod.parse;
  let parses = 0;
  internals.parse = (payload, ctx) => {
    if (++parses > INTERPRETED_PARSES) internals.parse = compiled;
    return (parses > INTERPRETED_PARSES ? compiled : interpreted)(payload, ctx);
  };
  // The shape is the plain object the schema was built from (recursion goes through `k.lazy`), so it is
  // set as is: zod's lazy-property helper would pull zod's whole util namespace into every bundle.
  Object.defineProperty(inst, 'shape', { value: def.shape, enumerable: false, configurable: true, writable: true });
});

/** A response object: `z.object` with zod's compiled parser. */
// @__NO_SIDE_EFFECTS__
export function object<const T extends $ZodLooseShape>(shape: T): z.ZodMiniObject<T, $strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape }) as unknown as z.ZodMiniObject<T, $strip>;
}

/** Object id such as `ic_123`. */
export const Id = z.string().check(z.minLength(1));

/** Unix timestamp in seconds (v1). */
export const Timestamp = z.int();

/** RFC 3339 timestamp string (v2), e.g. `2025-06-18T00:48:16.000Z`. */
export const Rfc3339 = z.string();

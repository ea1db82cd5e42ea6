import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { IssuingAuthorizationSchema, IssuingCardSchema } from '../../src/schemas/index.js';
import { object } from '../../src/schemas/common.js';
import { fixtures } from '../../src/testing/index.js';

/** The same shape through zod/mini's own (interpreted) object, as the reference. */
const reference = (schema: { shape: z.core.$ZodLooseShape }) => z.object(schema.shape);
const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.map(String).join('.')}:${i.code}`).sort();

// Values that break a field in every way a drifting response could.
const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.constant({}), fc.constant([]), fc.double());

describe('object() — zod/mini objects with the compiled parser', () => {
  it('is a ZodMiniObject that extends, exposes its shape and keeps unknown keys out of the way', () => {
    const schema = object({ id: z.string(), n: z.int() });
    expect(schema).toBeInstanceOf(z.ZodMiniObject);
    expect(Object.keys(schema.shape)).toEqual(['id', 'n']);
    const extended = z.extend(schema, { extra: z.optional(z.boolean()) });
    expect(extended.safeParse({ id: 'a', n: 1, extra: true, unknown: 1 }).success).toBe(true);
    const bad = extended.safeParse({ id: 1, n: 1.5, extra: 'x' });
    expect(paths(bad)).toEqual(['extra:invalid_type', 'id:invalid_type', 'n:invalid_type']);
  });

  it('interprets the first parses of a schema and compiles on the third: the same answers before and after', () => {
    const schema = object({ id: z.string(), n: z.int(), nested: z.optional(object({ ok: z.boolean() })) });
    const internals = schema._zod as unknown as { parse: unknown };
    const first = internals.parse;
    const answers = Array.from({ length: 5 }, (_, i) => [
      schema.safeParse({ id: `x${i}`, n: i, nested: { ok: true }, extra: 1 }).success,
      paths(schema.safeParse({ id: i, n: 1.5, nested: { ok: 'no' } })),
    ]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toEqual([true, ['id:invalid_type', 'n:invalid_type', 'nested.ok:invalid_type']]);
    // By now the schema answers with zod's compiled parser itself, without the counting wrapper.
    expect(internals.parse).not.toBe(first);
  });

  it('accepts and rejects exactly what zod/mini’s own object does, with the same issue paths (cards and authorizations, fuzzed)', () => {
    // The generated schemas are built on first use (`z.lazy`); the object inside is the compiled one.
    const built = (lazy: unknown) => (lazy as { _zod: { def: { getter: () => { safeParse: (v: unknown) => unknown; shape: z.core.$ZodLooseShape } } } })._zod.def.getter();
    const cases: [{ safeParse: (v: unknown) => unknown; shape: z.core.$ZodLooseShape }, Record<string, unknown>][] = [
      [built(IssuingCardSchema), fixtures.issuingCard()],
      [built(IssuingAuthorizationSchema), fixtures.issuingAuthorization()],
    ];
    for (const [schema, base] of cases) {
      const ref = reference(schema);
      expect(paths(schema.safeParse(base) as never)).toEqual([]);
      const keys = Object.keys(base);
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), junk), { maxLength: 4 }), (edits) => {
          const value: Record<string, unknown> = { ...base };
          for (const [key, v] of edits) {
            if (v === undefined) delete value[key];
            else value[key] = v;
          }
          expect(paths(schema.safeParse(value) as never)).toEqual(paths(ref.safeParse(value) as never));
        }),
        { numRuns: 300 },
      );
    }
  });
});

import type * as z from 'zod/mini';

/*
 * A generated schema referenced by an endpoint, loaded with its resource's schema module on first use.
 *
 * The Node build of the package (`dist/index.js`, `dist/index.cjs`) points each generated endpoint table at
 * `src/generated/lazy/<module>.ts` instead of `src/generated/schemas/<module>.ts` (tsup.config.ts): there,
 * every schema an endpoint names is a reference whose module is `import()`ed by the first call that needs
 * it, so importing the SDK compiles none of the ~1 MB of generated schemas. The per-file build for bundlers
 * (`dist/esm`) and the sources keep the static imports, so a bundle tree-shakes down to the schemas a
 * program's calls reach. The transport and the mock take either form.
 */

const REF = Symbol.for('cardplane.schemaRef');

/** A schema loaded on first use (the Node build's generated endpoint tables hold these). */
export interface SchemaRef {
  readonly [REF]: true;
  /** The schema's export name in its generated module, e.g. `IssuingCardSchema`. */
  readonly name: string;
  /** The schema once loaded. */
  loaded: z.ZodMiniType | undefined;
  /** Loads the schema's module (once) and resolves to the schema. */
  load(): Promise<z.ZodMiniType>;
}

/** A reference to the export `name` of the module `load` imports. */
export function schemaRef(load: () => Promise<Record<string, unknown>>, name: string): SchemaRef {
  let pending: Promise<z.ZodMiniType> | undefined;
  const ref: SchemaRef = {
    [REF]: true,
    name,
    loaded: undefined,
    load: () =>
      (pending ??= load().then((mod) => {
        const schema = mod[name] as z.ZodMiniType | undefined;
        if (!schema) throw new Error(`cardplane: the generated schema ${name} is missing from its module`);
        return (ref.loaded = schema);
      })),
  };
  return ref;
}

/** What an endpoint holds for a schema: the schema, or a reference to it. */
export type SchemaSource = z.ZodMiniType | SchemaRef;

/** Whether a value is a {@link SchemaRef}. */
function isSchemaRef(value: unknown): value is SchemaRef {
  return typeof value === 'object' && value !== null && REF in value;
}

/** The schema itself: as is when it is one (or absent), awaited once when it is a reference not loaded yet. */
export function resolveSchema(schema: SchemaSource | undefined): z.ZodMiniType | undefined | Promise<z.ZodMiniType> {
  if (!isSchemaRef(schema)) return schema;
  return schema.loaded ?? schema.load();
}

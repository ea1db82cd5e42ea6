import type * as z from 'zod/mini';
import { englishErrors } from '../core/schema-kit.js';
import { isResource, type Endpoint, type NamespaceTree, type ResourceDefinition, type EndpointTable } from '../core/resource.js';
import * as resources from '../resources/named.js';
import { coerceScalars } from './decode.js';
import { resolveSchema, type SchemaSource } from '../core/schema-ref.js';

/*
 * Requests checked like Stripe: the mock finds the endpoint a request is for in the client's own
 * endpoint tables, decodes form values by that endpoint's params schema (a number only where the
 * schema takes a number, so `description=2024` stays the string '2024'), and refuses what Stripe
 * refuses, with Stripe's error body: `parameter_unknown`, `parameter_missing`, an invalid value
 * naming `param` (bracket notation on v1, dotted on v2 with `code: 'invalid_fields'`).
 * Endpoints whose params are sent unchecked (the α previews) fall back to plain decoding.
 */

interface Known {
  method: string;
  regex: RegExp;
  schema: SchemaSource | undefined;
}

let index: Known[] | undefined;

function endpoints(): Known[] {
  if (index) return index;
  const out: Known[] = [];
  const walk = (node: ResourceDefinition<EndpointTable> | NamespaceTree): void => {
    if (!isResource(node)) {
      for (const child of Object.values(node)) walk(child);
      return;
    }
    if (node.children) walk(node.children);
    for (const ep of Object.values(node.endpoints) as Endpoint[]) {
      const pattern = ep.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      out.push({ method: ep.method, regex: new RegExp(`^${pattern}$`), schema: ep.params });
    }
  };
  for (const node of Object.values(resources) as (ResourceDefinition<EndpointTable> | NamespaceTree)[]) walk(node);
  return (index = out);
}

/**
 * The params schema of the endpoint a request is for (loaded first where the build references it):
 * `null` when the endpoint is unknown to the tables.
 */
export async function paramsSchemaFor(method: string, path: string): Promise<z.ZodMiniType | undefined | null> {
  const hit = endpoints().find((e) => e.method === method && e.regex.test(path));
  return hit ? await resolveSchema(hit.schema) : null;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** What scalar kinds a schema accepts, looking through optional, nullable, default, union and pipe. */
function scalarKinds(schema: unknown, out = new Set<string>()): Set<string> {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return scalarKinds(def.innerType, out);
    case 'pipe':
      return scalarKinds(def.in, out);
    case 'lazy':
      return scalarKinds((def.getter as () => unknown)(), out);
    case 'union':
      for (const o of def.options as unknown[]) scalarKinds(o, out);
      return out;
    case 'literal':
      // A string literal ('' to unset, a fixed word) is kept as its own text, not as "any string".
      for (const v of def.values as unknown[]) out.add(typeof v === 'string' ? `=${v}` : typeof v);
      return out;
    case 'number':
    case 'int':
    case 'bigint':
      out.add('number');
      return out;
    case 'boolean':
      out.add('boolean');
      return out;
    case 'any':
    case 'unknown':
      out.add('any');
      return out;
    default:
      out.add(def.type);
      return out;
  }
}

/** The object, array or record schemas a schema can be (through wrappers and unions). */
function containers(schema: unknown, out: Def[] = []): Def[] {
  const def = defOf(schema);
  if (['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly'].includes(def.type)) return containers(def.innerType, out);
  if (def.type === 'pipe') return containers(def.in, out);
  if (def.type === 'lazy') return containers((def.getter as () => unknown)(), out);
  if (def.type === 'union') {
    for (const o of def.options as unknown[]) containers(o, out);
    return out;
  }
  if (def.type === 'object' || def.type === 'array' || def.type === 'record') out.push(def);
  return out;
}

/** Turns decoded form strings into the JSON types the schema expects there; other strings stay strings. */
export function coerceBySchema(value: unknown, schema: unknown): unknown {
  if (typeof value === 'string') {
    const kinds = scalarKinds(schema);
    if (kinds.has('any')) return coerceScalars(value);
    if (kinds.has('string') || kinds.has('enum') || kinds.has(`=${value}`)) return value;
    if (kinds.has('number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
    if (kinds.has('boolean') && (value === 'true' || value === 'false')) return value === 'true';
    return value;
  }
  const defs = containers(schema);
  if (Array.isArray(value)) {
    const arr = defs.find((d) => d.type === 'array');
    return arr ? value.map((v) => coerceBySchema(v, arr.element)) : value;
  }
  if (value && typeof value === 'object') {
    const objects = defs.filter((d) => d.type === 'object');
    const record = defs.find((d) => d.type === 'record');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const field = objects.map((o) => (o.shape as Record<string, unknown>)[k]).find((f) => f !== undefined);
      const inner = field ?? (record ? record.valueType : undefined);
      out[k] = inner === undefined ? v : coerceBySchema(v, inner);
    }
    // A form array of objects arrives as an object keyed by index (`items[0][x]`): a schema array says so.
    const arr = defs.find((d) => d.type === 'array');
    if (arr && objects.length === 0 && Object.keys(out).every((k) => /^\d+$/.test(k))) return Object.values(out).map((v) => coerceBySchema(v, arr.element));
    return out;
  }
  return value;
}

/** A Stripe error body for the first problem with the params, or `undefined` when Stripe would take them. */
export function paramsProblem(schema: z.ZodMiniType, body: unknown, isV2: boolean): Record<string, unknown> | undefined {
  const result = schema.safeParse(body, { error: englishErrors });
  if (result.success) return undefined;
  // Stripe names an unknown param before anything else is wrong with the request.
  const issues = result.error.issues;
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  const join = (path: readonly PropertyKey[]): string => (isV2 ? path.map(String).join('.') : path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join(''));
  const fail = (param: string, message: string, code?: string): Record<string, unknown> =>
    isV2
      ? { type: 'invalid_request_error', code: 'invalid_fields', message, param, invalid_param: param }
      : { type: 'invalid_request_error', message, param, ...(code ? { code, doc_url: `https://docs.stripe.com/error-codes/${code.replace(/_/g, '-')}` } : {}) };
  if (issue.code === 'unrecognized_keys') {
    const param = join([...issue.path, issue.keys[0]!]);
    return fail(param, `Received unknown parameter: ${param}`, 'parameter_unknown');
  }
  const param = join(issue.path);
  const input = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), body);
  if (input === undefined) return fail(param, `Missing required param: ${param}.`, 'parameter_missing');
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return fail(param, `Invalid ${param}: must be one of ${(issue.values as unknown[]).map(String).join(', ')}`);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') return fail(param, `Invalid integer: ${String(input)}`, 'parameter_invalid_integer');
  return fail(param, `Invalid ${param}: ${issue.message}`);
}

import { CardplaneValidationError } from '../errors.js';
import { unreadable } from './validate.js';

/**
 * v1 bracket-notation encoding, byte-for-byte what stripe-node sends:
 * `a[b][c]=v`, arrays indexed `a[0]=x`, booleans as `true`/`false`, `null` and `''`
 * as an empty value (unset), `undefined` and empty arrays/objects omitted,
 * `Date` as Unix seconds, `bigint` as its decimal text. Keys and values are
 * percent-encoded as RFC 3986 (`!'()*` escaped too) with `[` and `]` left readable
 * in keys and values alike (as stripe-node does; the server accepts both forms).
 * Refuses, with a {@link CardplaneValidationError} naming the field, what cannot be sent faithfully:
 * keys that are empty or hold `[`/`]`, lone UTF-16 surrogates, functions, symbols, invalid dates,
 * cycles and nesting deeper than {@link MAX_PARAM_DEPTH}.
 */
export function encodeForm(params: Record<string, unknown> | undefined, context = 'request'): string {
  if (!params) return '';
  const parts: string[] = [];
  walkForm(params, context, (key, value) => parts.push(`${encodePart(key)}=${encodePart(value)}`));
  return parts.join('&');
}

/**
 * The `[key, value]` pairs of {@link encodeForm}, neither percent-encoded (`['expand[0]', 'cardholder']`):
 * the parts of a multipart body. Refuses what {@link encodeForm} refuses.
 */
export function formPairs(params: Record<string, unknown>, context = 'request'): [string, string][] {
  const pairs: [string, string][] = [];
  walkForm(params, context, (key, value) => pairs.push([key, value]));
  return pairs;
}

/** Walks params in bracket notation, handing each leaf's key and text to `emit`, in order. */
function walkForm(params: Record<string, unknown>, context: string, emit: Emit): void {
  const walk: FormWalk = { context, ancestors: [], emit };
  try {
    enterObject(walk, params, []);
    for (const key of Object.keys(params)) append(walk, [checkFormKey(walk, key, [])], params[key]);
  } catch (error) {
    throw unreadable(error, context);
  }
}

type Emit = (key: string, value: string) => void;

/**
 * How deep params may nest. Stripe's deepest params nest 4 or 5 levels
 * (`spending_controls[spending_limits][0][categories][0]`); 32 leaves room and keeps the encoders' recursion shallow.
 */
const MAX_PARAM_DEPTH = 32;

const LONE_SURROGATE = /\p{Cs}/u;

/** The state of one encoding: where messages point, and the objects being walked (for cycles). */
interface Walk {
  context: string;
  ancestors: object[];
}

/** A form walk: where each leaf goes. */
interface FormWalk extends Walk {
  emit: Emit;
}

const fieldOf = (path: readonly string[]): string => (path.length === 0 ? '(root)' : path.join('.'));

function refuse(walk: Walk, path: readonly string[], message: string): never {
  throw new CardplaneValidationError([{ field: fieldOf(path), message }], walk.context);
}

/** Enters an object or array: refuses cycles and nesting deeper than {@link MAX_PARAM_DEPTH}. */
function enterObject(walk: Walk, value: object, path: readonly string[]): void {
  if (walk.ancestors.includes(value)) refuse(walk, path, 'circular reference: the value contains itself');
  if (path.length > MAX_PARAM_DEPTH) refuse(walk, path.slice(0, MAX_PARAM_DEPTH + 1), `nested deeper than ${MAX_PARAM_DEPTH} levels`);
  walk.ancestors.push(value);
}

/** A key must survive the wire: well-formed, and (in bracket notation) not empty and without `[` or `]`. */
function checkKey(walk: Walk, key: string, path: readonly string[]): string {
  if (LONE_SURROGATE.test(key)) refuse(walk, path, `key ${JSON.stringify(key)} contains a lone UTF-16 surrogate, which cannot be sent`);
  return key;
}

function checkFormKey(walk: Walk, key: string, path: readonly string[]): string {
  checkKey(walk, key, path);
  if (key === '') refuse(walk, path, 'an empty key cannot be sent in bracket notation');
  if (/[[\]]/.test(key)) refuse(walk, [...path, key], `key ${JSON.stringify(key)} contains "[" or "]", which bracket notation cannot carry`);
  return key;
}

/** A leaf value that cannot be sent as text: a function, a symbol, a string with a lone surrogate. */
function leafProblem(value: unknown): string | undefined {
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value} cannot be sent`;
  if (typeof value === 'string' && LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate, which cannot be sent';
  if (value instanceof Date && Number.isNaN(value.getTime())) return 'an invalid Date cannot be sent';
  return undefined;
}

const bracketKey = (path: readonly string[]): string =>
  (path[0] ?? '') +
  path
    .slice(1)
    .map((k) => `[${k}]`)
    .join('');

function append(walk: FormWalk, path: string[], value: unknown): void {
  if (value === undefined) return;
  const problem = leafProblem(value);
  if (problem) refuse(walk, path, problem);
  const key = bracketKey(path);
  if (value === null || value === '') {
    walk.emit(key, '');
    return;
  }
  if (value instanceof Date) {
    walk.emit(key, String(Math.floor(value.getTime() / 1000)));
    return;
  }
  if (typeof value === 'object') {
    enterObject(walk, value, path);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) append(walk, [...path, String(i)], value[i]);
    } else {
      const obj = value as Record<string, unknown>;
      for (const k of Object.keys(obj)) append(walk, [...path, checkFormKey(walk, k, path)], obj[k]);
    }
    walk.ancestors.pop();
    return;
  }
  walk.emit(key, String(value));
}

/** Percent-encodes a key or a value: RFC 3986 unreserved characters stay, `[` and `]` stay readable. */
function encodePart(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
}

/**
 * JSON for v2 bodies: `bigint` values (int64_string fields) travel as strings. Refuses, as {@link encodeForm}
 * does, lone surrogates, functions, symbols, cycles and nesting deeper than {@link MAX_PARAM_DEPTH}.
 */
export function encodeJson(params: Record<string, unknown> | undefined, context = 'request'): string {
  try {
    if (params) checkJson({ context, ancestors: [] }, params, []);
    return JSON.stringify(params ?? {}, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  } catch (error) {
    throw unreadable(error, context);
  }
}

function checkJson(walk: Walk, value: unknown, path: string[]): void {
  if (value === undefined || value === null) return;
  const problem = leafProblem(value);
  if (problem) refuse(walk, path, problem);
  if (typeof value !== 'object' || value instanceof Date) return;
  enterObject(walk, value, path);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkJson(walk, value[i], [...path, String(i)]);
  } else {
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) checkJson(walk, obj[k], [...path, checkKey(walk, k, path)]);
  }
  walk.ancestors.pop();
}

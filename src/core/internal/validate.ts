import type * as z from 'zod/mini';
import { englishErrors } from '../schema-kit.js';
import { CardplaneResponseError, CardplaneValidationError, type ValidationIssue } from '../errors.js';
import type { LevelLogger } from './logger.js';
import { REQUEST_OPTION_KEYS } from './options.js';

// Options of every parse: English messages (zod/mini ships none; no global zod config is touched).
const PARSE_OPTIONS = { error: englishErrors };

function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** Flattens zod issues into `{ field, message }`, one per offending field. */
function toIssues(error: z.core.$ZodError): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const hint =
          issue.path.length === 0 && REQUEST_OPTION_KEYS.has(key)
            ? ' (a request option: pass it in the last argument)'
            : ' (if Stripe accepts it and this SDK does not know it yet, send it with the `unvalidatedParams` request option)';
        out.push({ field: pathOf([...issue.path, key]), message: `unknown param${hint}` });
      }
    } else if (issue.code === 'invalid_union' && 'errors' in issue && Array.isArray(issue.errors) && issue.errors.length > 0) {
      const nested = (issue.errors as z.core.$ZodIssue[][]).flat();
      const first = nested[0];
      out.push({ field: pathOf([...issue.path, ...(first?.path ?? [])]), message: first?.message ?? issue.message });
    } else if (issue.code === 'invalid_key' && issue.issues[0]) {
      out.push({ field: pathOf(issue.path), message: `key: ${issue.issues[0].message}` });
    } else {
      out.push({ field: pathOf(issue.path), message: issue.message });
    }
  }
  return out;
}

// Whether a params schema accepts `{}`: a call given no params is then valid without a parse (`retrieve(id)`).
const acceptsNoParams = new WeakMap<object, boolean>();

/**
 * Validates request params (`undefined`: none given, checked as `{}`); throws {@link CardplaneValidationError}
 * naming the field. Never changes `params`.
 */
export function checkParams(schema: z.ZodMiniType | undefined, params: unknown, context: string): void {
  if (!schema) return;
  if (params === undefined) {
    let accepts = acceptsNoParams.get(schema);
    if (accepts === undefined) acceptsNoParams.set(schema, (accepts = schema.safeParse({}, PARSE_OPTIONS).success));
    if (accepts) return;
    params = {};
  }
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(params, PARSE_OPTIONS);
  } catch (error) {
    // Only params built to throw when read (a getter, a Proxy) get here.
    throw unreadable(error, context);
  }
  if (!result.success) throw new CardplaneValidationError(toIssues(result.error), context);
}

/** The typed error for params that threw while being read (a getter, a Proxy). */
export function unreadable(error: unknown, context: string): CardplaneValidationError {
  if (error instanceof CardplaneValidationError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CardplaneValidationError([{ field: '(params)', message: `could not be read: ${message}` }], context);
}

// Drift already reported, per logger (so each client's logger hears about a drift once).
const reported = new WeakMap<LevelLogger, Set<string>>();

/** Responses of a shape validated one by one before sampling starts (non-strict mode). */
export const VALIDATE_FIRST = 64;
/** After {@link VALIDATE_FIRST}, one response of a shape in this many is validated (non-strict mode). */
export const VALIDATE_ONE_IN = 16;

/** What a client has seen of one shape: its responses so far, and whether one of them drifted. */
interface ShapeTally {
  seen: number;
  drifted: boolean;
}

// Per logger (one per client), per schema, per endpoint: the tally of each shape.
const tallies = new WeakMap<LevelLogger, WeakMap<object, Map<string, ShapeTally>>>();

function tallyOf(logger: LevelLogger, schema: object, context: string): ShapeTally {
  let bySchema = tallies.get(logger);
  if (!bySchema) tallies.set(logger, (bySchema = new WeakMap()));
  let byContext = bySchema.get(schema);
  if (!byContext) bySchema.set(schema, (byContext = new Map()));
  let tally = byContext.get(context);
  if (!tally) byContext.set(context, (tally = { seen: 0, drifted: false }));
  return tally;
}

/**
 * Checks a response against its schema. The data returned is always the body as received
 * (unknown keys kept). On a mismatch, strict mode throws; otherwise the drift is logged once per shape and logger.
 *
 * Which responses are checked: in strict mode, every one. Otherwise per shape (an endpoint with its schema; a
 * list's items are counted one by one) and per client: the first {@link VALIDATE_FIRST} responses, then one in
 * {@link VALIDATE_ONE_IN} (the 80th, 96th, …), and every response of a shape once one of them has drifted (so
 * that each new kind of drift is reported, as before). The trade-off: a drift that shows in every response of a
 * shape (a field renamed, retyped or removed, an enum value added and in use) is still reported, at the latest
 * {@link VALIDATE_ONE_IN} responses after it starts; a drift that shows in a rare response only (a value one
 * response in thousands carries) may go unreported, since a response skipped is neither checked nor counted as
 * drifted. Skipped responses are returned as received, as checked ones are in non-strict mode.
 */
export function checkResponse<T>(
  schema: z.ZodMiniType | undefined,
  body: unknown,
  ctx: { strict: boolean; logger: LevelLogger; context: string; status: number; requestId: string | undefined },
): T {
  if (!schema) return body as T;
  const tally = ctx.strict ? undefined : tallyOf(ctx.logger, schema, ctx.context);
  if (tally && !tally.drifted && ++tally.seen > VALIDATE_FIRST && (tally.seen - VALIDATE_FIRST) % VALIDATE_ONE_IN !== 0) return body as T;
  const result = schema.safeParse(body, PARSE_OPTIONS);
  if (result.success) return body as T;
  const issues = toIssues(result.error);
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  if (ctx.strict) {
    throw new CardplaneResponseError(`Response of ${ctx.context} does not match its schema: ${summary}`, {
      status: ctx.status,
      requestId: ctx.requestId,
      issues,
    });
  }
  if (tally) tally.drifted = true;
  const key = `${ctx.context}|${issues.map((i) => i.field).join(',')}`;
  let seen = reported.get(ctx.logger);
  if (!seen) reported.set(ctx.logger, (seen = new Set()));
  if (!seen.has(key)) {
    seen.add(key);
    ctx.logger.log('warn', `cardplane: response drift in ${ctx.context}: ${summary}`, { requestId: ctx.requestId });
  }
  return body as T;
}

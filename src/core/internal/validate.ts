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

/** Validates request params; throws {@link CardplaneValidationError} naming the field. Never changes `params`. */
export function checkParams(schema: z.ZodMiniType | undefined, params: unknown, context: string): void {
  if (!schema) return;
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

/**
 * Checks a response against its schema. The data returned is always the body as received
 * (unknown keys kept). On a mismatch, strict mode throws; otherwise the drift is logged once per shape and logger.
 */
export function checkResponse<T>(
  schema: z.ZodMiniType | undefined,
  body: unknown,
  ctx: { strict: boolean; logger: LevelLogger; context: string; status: number; requestId: string | undefined },
): T {
  if (!schema) return body as T;
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
  const key = `${ctx.context}|${issues.map((i) => i.field).join(',')}`;
  let seen = reported.get(ctx.logger);
  if (!seen) reported.set(ctx.logger, (seen = new Set()));
  if (!seen.has(key)) {
    seen.add(key);
    ctx.logger.log('warn', `cardplane: response drift in ${ctx.context}: ${summary}`, { requestId: ctx.requestId });
  }
  return body as T;
}

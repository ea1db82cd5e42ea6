/**
 * Small value helpers the mock's routes share: plain-object checks, coerced form values, ids of
 * id-or-expanded fields, the clock in Unix seconds and the 400 of a call not allowed in an object's state.
 * @module
 */
import { mockFail } from './router.js';

type Obj = Record<string, unknown>;

/** Whether a value is a plain object. */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Form values arrive coerced (`94111` → number): text fields are turned back into strings. */
export const str = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : String(v));
/** The id of an id-or-expanded field. */
export const idOf = (v: unknown): string | null => (isObj(v) ? str(v.id) : str(v));
/** Now, in Unix seconds. */
export const now = (): number => Math.floor(Date.now() / 1000);

/** Answers 400 the way Stripe does for a call not allowed in the object's current state. */
export function badState(message: string, param?: string): never {
  return mockFail(400, 'invalid_request_error', message, param ? { param } : {});
}

/**
 * Looking up the mock's connected accounts, shared by the Connect routes and the external account routes.
 * @module
 */
import { mustGet } from './crud.js';
import type { MockRequest } from './router.js';

type Obj = Record<string, unknown>;

/** The stored account of a v1 call (v1, or v2 seen through v1), or 404. */
export function anyAccount(req: MockRequest, id: string): Obj {
  const found = req.store.get(id);
  if (found?.object === 'v2.core.account') return found;
  return mustGet(req, id, 'account');
}

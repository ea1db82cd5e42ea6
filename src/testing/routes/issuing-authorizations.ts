import { mergeMetadata, metadataUpdateRoute, mustGet, retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import type { MockRequest, MockRoute } from '../router.js';
import { badState, isObj, now } from '../values.js';

type Obj = Record<string, unknown>;

/** The authorization's pending request, or 400 when no request awaits a decision. */
function pendingRequest(auth: Obj): Obj {
  if (!isObj(auth.pending_request)) badState(`This authorization (${String(auth.id)}) has no pending request to approve or decline.`);
  return auth.pending_request;
}

/** Records the decision on a pending request, as the deprecated approve/decline endpoints do. */
function decidePending(req: MockRequest, approved: boolean): Obj {
  const auth = mustGet(req, req.params.id ?? '', 'issuing.authorization');
  const pending = pendingRequest(auth);
  let amount = Number(pending.amount);
  if (approved && req.body.amount !== undefined) {
    if (pending.is_amount_controllable !== true) badState('amount can only be set when pending_request.is_amount_controllable is true.', 'amount');
    amount = Number(req.body.amount);
  }
  const history = Array.isArray(auth.request_history) ? auth.request_history : [];
  history.push({
    amount,
    amount_details: pending.amount_details ?? null,
    approved,
    authorization_code: approved ? String(100000 + Math.floor(Math.random() * 900000)) : null,
    created: now(),
    currency: pending.currency,
    merchant_amount: pending.merchant_amount,
    merchant_currency: pending.merchant_currency,
    network_risk_score: pending.network_risk_score ?? null,
    reason: approved ? 'webhook_approved' : 'webhook_declined',
    reason_message: null,
    requested_at: now(),
  });
  auth.request_history = history;
  auth.pending_request = null;
  auth.approved = approved;
  if (approved) auth.amount = Number(auth.amount) + amount;
  else if (Number(auth.amount) === 0) auth.status = 'closed';
  if ('metadata' in req.body) auth.metadata = mergeMetadata(auth.metadata, req.body.metadata);
  return auth;
}

/**
 * Mock routes of Issuing authorizations: list, retrieve, update (metadata), and the deprecated approve/decline
 * of a pending request. Authorizations are made by the simulations (`test-helpers-issuing-authorizations.ts`).
 */
export const issuingAuthorizationRoutes: MockRoute[] = [
  listRoute('/v1/issuing/authorizations', 'issuing.authorization', ['card', 'cardholder', 'status']),
  retrieveRoute('/v1/issuing/authorizations/:id', 'issuing.authorization'),
  metadataUpdateRoute('/v1/issuing/authorizations/:id', 'issuing.authorization'),
  { method: 'POST', path: '/v1/issuing/authorizations/:id/approve', handle: (req) => decidePending(req, true) },
  { method: 'POST', path: '/v1/issuing/authorizations/:id/decline', handle: (req) => decidePending(req, false) },
];

import { documented, HAS_DOCUMENTED } from '../helpers/documented.js';

export { documented, HAS_DOCUMENTED };

/** The endpoint secret used across the webhook tests. */
export const SECRET = 'whsec_test_cardplane_0123456789';

/** A v1 event envelope around an object, as Stripe sends it (pretty-printed by `stripeBody`). */
export function snapshotEvent(type: string, object: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `evt_test_${type.replace(/\W/g, '_')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: 1_700_000_000,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    ...extra,
  };
}

/** A body formatted the way Stripe sends webhooks (2-space pretty JSON). */
export function stripeBody(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The documented authorization fixture turned into a real-time request (`pending_request` set by the fixture). */
export function authorizationRequestObject(pending: Record<string, unknown> = {}): Record<string, unknown> {
  const auth = documented('issuing.authorization');
  auth.approved = false;
  auth.pending_request = { ...(auth.pending_request as Record<string, unknown>), ...pending };
  return auth;
}

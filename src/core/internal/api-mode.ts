/** Which API a request belongs to: v1 (form bodies, `Stripe-Account`) or v2 (JSON bodies, `Stripe-Context`). */
export type ApiMode = 'v1' | 'v2';

/**
 * The API mode of a path (`/v2/…` is v2, everything else v1): the one place it is worked out. An endpoint
 * computes it once, when it is bound, and carries it on each request (`RequestSpec.mode`); the transport
 * computes it only for requests that come without it (`rawRequest`).
 */
export function apiMode(path: string): ApiMode {
  return /^\/v2(?:[/?]|$)/.test(path) ? 'v2' : 'v1';
}

const KEY_PATTERN = /\b(?:sk|rk|pk)_(?:test|live)_[A-Za-z0-9_]{4,}/g;
const WHSEC_PATTERN = /\bwhsec_[A-Za-z0-9_]{4,}/g;

/**
 * Replaces anything that looks like a Stripe secret, restricted or publishable key
 * (and webhook secrets) with a redacted marker. `known` adds exact strings to hide.
 */
export function redact(text: string, known?: string): string {
  let out = text;
  if (known && known.length > 0 && out.includes(known)) out = out.split(known).join('[REDACTED]');
  return out.replace(KEY_PATTERN, (m) => `${m.slice(0, m.indexOf('_', 3) + 1)}[REDACTED]`).replace(WHSEC_PATTERN, 'whsec_[REDACTED]');
}

/** A short, safe description of a key for logs and `inspect()`: its prefix and mode only. */
export function describeKey(key: string): string {
  const m = /^(sk|rk|pk)_(test|live)_/.exec(key);
  return m ? `${m[1]}_${m[2]}_[REDACTED]` : '[REDACTED]';
}

/** Whether a key is a live-mode key. */
export function isLiveKey(key: string): boolean {
  return /^(?:sk|rk)_live_/.test(key);
}

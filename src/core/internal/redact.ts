// A secret, restricted or publishable key: prefix, optional mode, then the secret part (not an already redacted one).
const KEY_PATTERN = /\b(sk|rk|pk)_(?!(?:test|live)_\[REDACTED\])(?:(test|live)_)?[A-Za-z0-9_]{4,}/g;
const WHSEC_PATTERN = /\bwhsec_[A-Za-z0-9_]{4,}/g;
// A JSON string literal, escapes included.
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/** Every API key a client was built with, hidden by {@link redact} wherever it appears (whatever its shape). */
const secrets = new Set<string>();

/** Registers a key so that every later {@link redact} hides it, even in text that does not know which key is in use. */
export function rememberSecret(key: string): void {
  if (key.length > 0) secrets.add(key);
}

/**
 * Replaces anything that looks like a Stripe secret, restricted or publishable key
 * (and webhook secrets), and every key a client was built with, by a redacted marker.
 * `known` adds one more exact string to hide.
 */
export function redact(text: string, known?: string): string {
  let out = text;
  if (known && known.length > 0 && out.includes(known)) out = out.split(known).join(describeKey(known));
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(describeKey(secret));
  return out.replace(KEY_PATTERN, (_m, kind: string, mode: string | undefined) => `${kind}_${mode ? `${mode}_` : ''}[REDACTED]`).replace(WHSEC_PATTERN, 'whsec_[REDACTED]');
}

/**
 * {@link redact} for text that may be JSON: every string literal is decoded first, so that a key written
 * with escapes (`sk_test_\u0041…`) is found too. A literal holding a key is written back redacted; the rest is kept as is.
 */
function redactText(text: string): string {
  const decoded = text.includes('\\')
    ? text.replace(JSON_STRING, (literal) => {
        let value: unknown;
        try {
          value = JSON.parse(literal);
        } catch {
          return literal;
        }
        if (typeof value !== 'string') return literal;
        const safe = redact(value);
        return safe === value ? literal : JSON.stringify(safe);
      })
    : text;
  return redact(decoded);
}

/**
 * A redacted copy of any value an error carries: strings (through {@link redactText}), array items, object keys
 * and values, `Headers` values and `Error`s (message, stack, code, cause). Other values are returned as they are.
 */
export function redactDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (typeof Headers !== 'undefined' && value instanceof Headers) {
    const copy = new Headers();
    value.forEach((v, k) => copy.append(redactText(k), redactText(v)));
    return copy as T;
  }
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown };
    const copy = new Error(redactText(e.message)) as Error & { code?: unknown };
    copy.name = e.name;
    copy.stack = e.stack === undefined ? undefined : redactText(e.stack);
    if (e.code !== undefined) copy.code = redactDeep(e.code, depth + 1);
    if (e.cause !== undefined) copy.cause = redactDeep(e.cause, depth + 1);
    return copy as T;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1)) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redactText(k)] = redactDeep(v, depth + 1);
  return out as T;
}

/** A short, safe description of a key for logs and `inspect()`: its prefix and mode only. */
export function describeKey(key: string): string {
  const m = /^(sk|rk|pk)_(test|live)_/.exec(key);
  return m ? `${m[1]}_${m[2]}_[REDACTED]` : '[REDACTED]';
}

/** What kind of credential a string looks like, for messages that must not print it. */
export function keyKind(key: string): string {
  if (key.trim() === '') return 'an empty string';
  if (/^pk_/.test(key)) return 'a publishable key (pk_…)';
  if (/^whsec_/.test(key)) return 'a webhook signing secret (whsec_…)';
  if (/^(?:acct|ic|ich|iauth)_/.test(key)) return 'an object id, not a key';
  if (/^(?:sk|rk)_/.test(key)) return 'an sk_/rk_ prefix followed by characters a Stripe key never has';
  return 'an unknown kind of string';
}

/** Whether a key is a live-mode key. */
export function isLiveKey(key: string): boolean {
  return /^(?:sk|rk)_live_/.test(key);
}

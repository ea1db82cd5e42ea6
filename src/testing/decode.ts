/** Decodes a v1 bracket-notation form or query string into nested objects and arrays (values stay strings). */
export function decodeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  if (!text) return root;
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = decodeURIComponent((eq === -1 ? part : part.slice(0, eq)).replace(/\+/g, ' '));
    const value = decodeURIComponent((eq === -1 ? '' : part.slice(eq + 1)).replace(/\+/g, ' '));
    const first = rawKey.indexOf('[');
    const keys = first === -1 ? [rawKey] : [rawKey.slice(0, first), ...[...rawKey.slice(first).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '')];
    let node: Record<string, unknown> = root;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(keys[i + 1] ?? '');
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = nextIsIndex ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return root;
}

/** Turns decoded form strings back into JSON types where the text is unambiguous (`true`, `false`, integers). */
export function coerceScalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(coerceScalars);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'metadata' ? v : coerceScalars(v);
    return out;
  }
  if (value === 'true') return true;
  if (value === 'false') return false;
  // Only canonical integers: '0123' (a last4, a postal code) stays text.
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value) && String(Number(value)) === value) return Number(value);
  return value;
}

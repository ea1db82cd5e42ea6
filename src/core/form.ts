/**
 * v1 bracket-notation encoding, byte-for-byte what stripe-node sends:
 * `a[b][c]=v`, arrays indexed `a[0]=x`, booleans as `true`/`false`, `null` and `''`
 * as an empty value (unset), `undefined` and empty arrays/objects omitted,
 * `Date` as Unix seconds, `bigint` as its decimal text. Keys and values are
 * percent-encoded as RFC 3986 (`!'()*` escaped too) with `[` and `]` left readable
 * in keys and values alike (as stripe-node does; the server accepts both forms).
 */
export function encodeForm(params: Record<string, unknown> | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  for (const key of Object.keys(params)) append(parts, key, params[key]);
  return parts.join('&');
}

function append(parts: string[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || value === '') {
    parts.push(`${encodePart(key)}=`);
    return;
  }
  if (value instanceof Date) {
    parts.push(`${encodePart(key)}=${Math.floor(value.getTime() / 1000)}`);
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) append(parts, `${key}[${i}]`, value[i]);
    return;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const k of Object.keys(obj)) append(parts, `${key}[${k}]`, obj[k]);
    return;
  }
  parts.push(`${encodePart(key)}=${encodePart(String(value))}`);
}

/** Percent-encodes a key or a value: RFC 3986 unreserved characters stay, `[` and `]` stay readable. */
function encodePart(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
}

/** JSON for v2 bodies: `bigint` values (int64_string fields) travel as strings. */
export function encodeJson(params: Record<string, unknown> | undefined): string {
  return JSON.stringify(params ?? {}, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

import { describe, expect, it } from 'vitest';
import { CardplaneError } from '../../src/core/errors.js';
import { hmacSha256, toHex } from '../../src/webhooks/internal/crypto.js';
import {
  constructEvent,
  parseSignatureHeader,
  signTestPayload,
  verify,
  WebhookBodyReserializedError,
  WebhookConfigurationError,
  WebhookError,
  WebhookHeaderMalformedError,
  WebhookHeaderMissingError,
  WebhookPayloadTypeError,
  WebhookSecretError,
  WebhookSignatureError,
  WebhookSignatureMismatchError,
  WebhookTimestampError,
  type WebhookPayload,
} from '../../src/webhooks/index.js';
import { documented, HAS_DOCUMENTED, SECRET, snapshotEvent, stripeBody } from './helpers.js';

// Worked vector of the API reference (stripe-node 23.1.0, cross-checked with Python hmac).
const VECTOR_BODY = '{"id":"evt_test_1","object":"event","type":"issuing_authorization.request"}';
const VECTOR_HEADER = 't=1700000000,v1=1e05351fbfbf15da34ef7005bd8f450d21b45fb56f6bde26e8bd0a3e77f94fae';
const VECTOR_SECRET = 'whsec_test_secret';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('known vectors', () => {
  it('HMAC-SHA256("test_secret", "") matches the SDK CryptoProvider value', async () => {
    expect(toHex(await hmacSha256('test_secret', new Uint8Array(0)))).toBe('f7f9bd47fb987337b5796fdc1fdb9ba221d0d5396814bfcaf9521f43fd8927fd');
  });

  it('verifies the documented worked vector (tolerance 0) and signTestPayload reproduces its header', async () => {
    await expect(verify(VECTOR_BODY, VECTOR_HEADER, VECTOR_SECRET, { tolerance: 0 })).resolves.toEqual({ timestamp: 1700000000, secretIndex: 0 });
    expect(await signTestPayload(VECTOR_BODY, VECTOR_SECRET, { timestamp: 1700000000 })).toBe(VECTOR_HEADER);
  });

  it('rejects the worked vector under the default tolerance (it is years old)', async () => {
    const e = await rejection(verify(VECTOR_BODY, VECTOR_HEADER, VECTOR_SECRET));
    expect(e).toBeInstanceOf(WebhookTimestampError);
    expect((e as WebhookTimestampError).tolerance).toBe(300);
    expect((e as WebhookTimestampError).timestamp).toBe(1700000000);
  });
});

describe('verify: accepted inputs', () => {
  const body = stripeBody({ id: 'evt_1', object: 'event' });

  it.each<[string, (s: string) => WebhookPayload]>([
    ['string', (s) => s],
    ['Uint8Array', (s) => new TextEncoder().encode(s)],
    ['Buffer', (s) => Buffer.from(s, 'utf8')],
    ['ArrayBuffer', (s) => new TextEncoder().encode(s).buffer as ArrayBuffer],
  ])('a %s body', async (_name, make) => {
    const header = await signTestPayload(body, SECRET);
    await expect(verify(make(body), header, SECRET)).resolves.toMatchObject({ secretIndex: 0 });
  });

  it('a Buffer slice of a larger pool (byteOffset ≠ 0) is read exactly', async () => {
    const pool = Buffer.from(`xxxx${body}yyyy`, 'utf8');
    const slice = pool.subarray(4, 4 + Buffer.byteLength(body));
    await expect(verify(slice, await signTestPayload(body, SECRET), SECRET)).resolves.toBeDefined();
  });

  it('non-ASCII bodies: the HMAC covers the UTF-8 bytes', async () => {
    const b = stripeBody({ name: 'Zoë Ünïcødé 😀', id: 'evt_u', object: 'event' });
    const header = await signTestPayload(b, SECRET);
    await expect(verify(Buffer.from(b), header, SECRET)).resolves.toBeDefined();
  });

  it('any of several v1 signatures may match; v0 is ignored; spaces and line breaks around items are tolerated', async () => {
    const t = Math.floor(Date.now() / 1000);
    const good = (await signTestPayload(body, SECRET, { timestamp: t })).split(',')[1];
    const header = `t=${t},\n v1=${'0'.repeat(64)}, ${good},v0=${'a'.repeat(64)}`;
    await expect(verify(body, header, SECRET)).resolves.toBeDefined();
  });

  it('a v0-only header is refused (no downgrade to the unverifiable test scheme)', async () => {
    const t = Math.floor(Date.now() / 1000);
    const sig = (await signTestPayload(body, SECRET, { timestamp: t })).split('v1=')[1];
    const e = await rejection(verify(body, `t=${t},v0=${sig}`, SECRET));
    expect(e).toBeInstanceOf(WebhookHeaderMalformedError);
    expect((e as WebhookHeaderMalformedError).reason).toBe('no_v1_signature');
  });

  it('secret rotation: an array of secrets accepts a signature from any of them and says which', async () => {
    const header = await signTestPayload(body, 'whsec_new_secret_2');
    await expect(verify(body, header, ['whsec_old_secret_1', 'whsec_new_secret_2'])).resolves.toMatchObject({ secretIndex: 1 });
    // Stripe signs with both secrets during the rotation window: one header with two v1 values.
    const both = await signTestPayload(body, ['whsec_old_secret_1', 'whsec_new_secret_2']);
    expect(both.match(/v1=/g)).toHaveLength(2);
    await expect(verify(body, both, 'whsec_new_secret_2')).resolves.toBeDefined();
    await expect(verify(body, both, 'whsec_old_secret_1')).resolves.toBeDefined();
  });

  it('the tolerance is configurable, applies both ways, and 0 disables it', async () => {
    const now = 1_800_000_000;
    const old = await signTestPayload(body, SECRET, { timestamp: now - 301 });
    await expect(verify(body, old, SECRET, { now })).rejects.toBeInstanceOf(WebhookTimestampError);
    await expect(verify(body, old, SECRET, { now, tolerance: 400 })).resolves.toBeDefined();
    await expect(verify(body, old, SECRET, { now, tolerance: 0 })).resolves.toBeDefined();
    const edge = await signTestPayload(body, SECRET, { timestamp: now - 300 });
    await expect(verify(body, edge, SECRET, { now })).resolves.toBeDefined();
    const future = await signTestPayload(body, SECRET, { timestamp: now + 301 });
    const e = await rejection(verify(body, future, SECRET, { now }));
    expect(e).toBeInstanceOf(WebhookTimestampError);
    expect((e as WebhookTimestampError).ageSeconds).toBe(-301);
  });

  it.skipIf(!HAS_DOCUMENTED)('signs and verifies events wrapping every documented Issuing and Treasury fixture', async () => {
    const names = [
      'issuing.authorization',
      'issuing.card',
      'issuing.cardholder',
      'issuing.transaction',
      'issuing.dispute',
      'issuing.personalization_design',
      'treasury.financial_account',
      'treasury.received_credit',
      'treasury.outbound_payment',
      'topup',
      'balance',
    ];
    for (const name of names) {
      const raw = stripeBody(snapshotEvent(`${name}.updated`, documented(name)));
      const header = await signTestPayload(raw, SECRET);
      const event = await constructEvent(raw, header, SECRET);
      expect(event.data.object).toEqual(documented(name));
    }
  });
});

describe('verify: every failure is a distinct typed error', () => {
  const body = stripeBody(snapshotEvent('issuing_card.created', { id: 'ic_1', object: 'issuing.card' }));

  it.each<[string, unknown]>([
    ['a parsed object', { id: 'evt_1' }],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('a raw body that is %s → WebhookPayloadTypeError', async (_n, value) => {
    const header = await signTestPayload(body, SECRET);
    const e = await rejection(verify(value as string, header, SECRET));
    expect(e).toBeInstanceOf(WebhookPayloadTypeError);
    expect((e as WebhookPayloadTypeError).code).toBe('payload_type');
    expect((e as Error).message).toMatch(/raw request body/);
  });

  it('a body re-serialised after parsing (compact JSON.stringify) → WebhookBodyReserializedError', async () => {
    const header = await signTestPayload(body, SECRET);
    const e = await rejection(verify(JSON.stringify(JSON.parse(body)), header, SECRET));
    expect(e).toBeInstanceOf(WebhookBodyReserializedError);
    expect(e).toBeInstanceOf(WebhookSignatureMismatchError);
    expect((e as WebhookBodyReserializedError).code).toBe('body_reserialized');
  });

  it('a compact body that was pretty-printed again → WebhookBodyReserializedError', async () => {
    const compact = JSON.stringify({ id: 'evt_1', object: 'event', n: [1, 2] });
    const header = await signTestPayload(compact, SECRET);
    await expect(verify(JSON.stringify(JSON.parse(compact), null, 2), header, SECRET)).rejects.toBeInstanceOf(WebhookBodyReserializedError);
  });

  it('a wrong secret → WebhookSignatureMismatchError (not the re-serialisation error)', async () => {
    const header = await signTestPayload(body, 'whsec_other_endpoint');
    const e = await rejection(verify(body, header, SECRET));
    expect(e).toBeInstanceOf(WebhookSignatureMismatchError);
    expect(e).not.toBeInstanceOf(WebhookBodyReserializedError);
    expect((e as WebhookSignatureMismatchError).code).toBe('signature_mismatch');
  });

  it('a tampered body (one amount changed) → WebhookSignatureMismatchError', async () => {
    const header = await signTestPayload(body, SECRET);
    await expect(verify(body.replace('ic_1', 'ic_2'), header, SECRET)).rejects.toBeInstanceOf(WebhookSignatureMismatchError);
  });

  it('a signature of another timestamp (t swapped) → WebhookSignatureMismatchError', async () => {
    const header = await signTestPayload(body, SECRET);
    const t = Number(/t=(\d+)/.exec(header)?.[1]);
    await expect(verify(body, header.replace(`t=${t}`, `t=${t + 1}`), SECRET)).rejects.toBeInstanceOf(WebhookSignatureMismatchError);
  });

  it.each<[string, string | null | undefined]>([
    ['undefined', undefined],
    ['null', null],
    ['empty', ''],
    ['blank', '   '],
  ])('a %s header → WebhookHeaderMissingError', async (_n, header) => {
    const e = await rejection(verify(body, header, SECRET));
    expect(e).toBeInstanceOf(WebhookHeaderMissingError);
    expect((e as WebhookHeaderMissingError).code).toBe('header_missing');
  });

  it.each<[string, string, WebhookHeaderMalformedError['reason']]>([
    ['no t', `v1=${'a'.repeat(64)}`, 'no_timestamp'],
    ['garbage', 'garbage', 'no_timestamp'],
    ['non-numeric t', `t=abc,v1=${'a'.repeat(64)}`, 'bad_timestamp'],
    ['negative t', `t=-5,v1=${'a'.repeat(64)}`, 'bad_timestamp'],
    ['two different t', `t=1,t=2,v1=${'a'.repeat(64)}`, 'duplicate_timestamp'],
    ['no v1', 't=1700000000', 'no_v1_signature'],
    ['v1 not 64 hex digits', 't=1700000000,v1=abc', 'no_v1_signature'],
    ['v1 with non-hex characters', `t=1700000000,v1=${'z'.repeat(64)}`, 'no_v1_signature'],
  ])('a header with %s → WebhookHeaderMalformedError', async (_n, header, reason) => {
    const e = await rejection(verify(body, header, SECRET));
    expect(e).toBeInstanceOf(WebhookHeaderMalformedError);
    expect((e as WebhookHeaderMalformedError).reason).toBe(reason);
  });

  it("Node's string[] form: one value is read, two (a duplicated header) → WebhookHeaderMalformedError", async () => {
    const header = await signTestPayload(body, SECRET);
    await expect(verify(body, [header], SECRET)).resolves.toBeDefined();
    await expect(verify(body, [header, header], SECRET)).rejects.toBeInstanceOf(WebhookHeaderMalformedError);
    await expect(verify(body, 42 as unknown as string, SECRET)).rejects.toBeInstanceOf(WebhookHeaderMalformedError);
  });

  it.each<[string, unknown]>([
    ['empty', ''],
    ['blank', '  '],
    ['with a trailing newline', `${SECRET}\n`],
    ['an empty array', []],
    ['not a string', 123],
    ['undefined', undefined],
    ['an array holding a non-string', [SECRET, 5]],
  ])('a secret that is %s → WebhookSecretError', async (_n, secret) => {
    const header = await signTestPayload(body, SECRET);
    const e = await rejection(verify(body, header, secret as string));
    expect(e).toBeInstanceOf(WebhookSecretError);
    expect(e).toBeInstanceOf(WebhookConfigurationError);
    expect(e).not.toBeInstanceOf(WebhookSignatureError);
  });

  it('an invalid tolerance → WebhookConfigurationError', async () => {
    const header = await signTestPayload(body, SECRET);
    await expect(verify(body, header, SECRET, { tolerance: -1 })).rejects.toBeInstanceOf(WebhookConfigurationError);
    await expect(verify(body, header, SECRET, { tolerance: Number.NaN })).rejects.toBeInstanceOf(WebhookConfigurationError);
  });

  it('every error is a WebhookError and a CardplaneError, and no message carries the secret', async () => {
    const header = await signTestPayload(body, SECRET);
    const errors = await Promise.all([
      rejection(verify({} as unknown as string, header, SECRET)),
      rejection(verify(body, undefined, SECRET)),
      rejection(verify(body, 'x', SECRET)),
      rejection(verify(body, header, 'whsec_wrong_one')),
      rejection(verify(body, header, ` ${SECRET}`)),
    ]);
    for (const e of errors) {
      expect(e).toBeInstanceOf(WebhookError);
      expect(e).toBeInstanceOf(CardplaneError);
      expect(String(e)).not.toContain(SECRET);
    }
    expect(new Set(errors.map((e) => (e as Error).constructor))).toHaveProperty('size', 5);
  });
});

describe('parseSignatureHeader', () => {
  it('reads t and every v1 in order', () => {
    expect(parseSignatureHeader(`t=12,v1=${'a'.repeat(64)},v0=zz,v1=${'b'.repeat(64)}`)).toEqual({ timestamp: 12, signatures: ['a'.repeat(64), 'b'.repeat(64)] });
  });
});

describe('signTestPayload', () => {
  it('defaults the timestamp to now', async () => {
    const header = await signTestPayload('{}', SECRET);
    const t = Number(/^t=(\d+),v1=[0-9a-f]{64}$/.exec(header)?.[1]);
    expect(Math.abs(t - Date.now() / 1000)).toBeLessThan(5);
  });

  it('refuses a non-integer timestamp and a non-payload body', async () => {
    await expect(signTestPayload('{}', SECRET, { timestamp: 1.5 })).rejects.toBeInstanceOf(WebhookConfigurationError);
    await expect(signTestPayload({} as unknown as string, SECRET)).rejects.toBeInstanceOf(WebhookPayloadTypeError);
  });
});

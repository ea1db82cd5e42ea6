import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { encodeForm, encodeJson } from '../../src/core/internal/form.js';
import { decodeForm } from '../../src/testing/decode.js';
import { formPairs, startServer, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51FormEncodingKey0000';

describe('encodeForm (v1 bracket notation)', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['flat scalars', { amount: 1000, currency: 'usd' }, 'amount=1000&currency=usd'],
    ['nested objects', { a: { b: { c: 'v' } } }, 'a[b][c]=v'],
    ['indexed scalar arrays', { expand: ['number', 'cvc'] }, 'expand[0]=number&expand[1]=cvc'],
    [
      'arrays of objects',
      {
        spending_controls: {
          spending_limits: [
            { amount: 5000, interval: 'monthly' },
            { amount: 100, interval: 'per_authorization' },
          ],
        },
      },
      'spending_controls[spending_limits][0][amount]=5000&spending_controls[spending_limits][0][interval]=monthly' +
        '&spending_controls[spending_limits][1][amount]=100&spending_controls[spending_limits][1][interval]=per_authorization',
    ],
    ['booleans', { capabilities: { card_issuing: { requested: true } }, is_default: false }, 'capabilities[card_issuing][requested]=true&is_default=false'],
    ['numbers (integers, negatives, decimals)', { a: 0, b: -5, c: 1.5 }, 'a=0&b=-5&c=1.5'],
    ["'' unsets", { description: '' }, 'description='],
    ['null unsets', { description: null }, 'description='],
    ['undefined is omitted', { a: undefined, b: 'x' }, 'b=x'],
    ['empty array is omitted', { expand: [], b: 'x' }, 'b=x'],
    ['empty object is omitted', { metadata: {}, b: 'x' }, 'b=x'],
    ['Date → unix seconds (floored)', { d: new Date(1_700_000_000_999) }, 'd=1700000000'],
    ['Date nested in a range filter', { created: { gte: new Date(1_700_000_000_000), lt: 1_710_000_000 } }, 'created[gte]=1700000000&created[lt]=1710000000'],
    ['metadata set, delete one key, delete all', { metadata: { order_id: 6735, old: '' } }, 'metadata[order_id]=6735&metadata[old]='],
    ['metadata = "" clears all', { metadata: '' }, 'metadata='],
    ['+ and @ are percent-encoded', { email: 'jenny+1@example.com' }, 'email=jenny%2B1%40example.com'],
    ["!'()* are escaped", { d: "it's (fun)! *" }, 'd=it%27s%20%28fun%29%21%20%2A'],
    ['spaces as %20, & and = encoded', { q: 'a b&c=d' }, 'q=a%20b%26c%3Dd'],
    ['unicode as UTF-8', { name: 'Zoë 日本' }, 'name=Zo%C3%AB%20%E6%97%A5%E6%9C%AC'],
    ['special characters in keys', { metadata: { 'a b&c': 'x' } }, 'metadata[a%20b%26c]=x'],
    ['brackets stay readable in values too (as stripe-node)', { description: 'x[1]' }, 'description=x[1]'],
    ['null inside an array keeps its index', { a: [null, 'b'] }, 'a[0]=&a[1]=b'],
    ['undefined inside an array is skipped but keeps indices', { a: ['x', undefined, 'z'] }, 'a[0]=x&a[2]=z'],
    ['bigint as decimal text', { n: 12345678901234567890n }, 'n=12345678901234567890'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(encodeForm(input)).toBe(expected);
  });

  it('encodes nothing for undefined or {}', () => {
    expect(encodeForm(undefined)).toBe('');
    expect(encodeForm({})).toBe('');
  });

  it('never mutates its input', () => {
    const input = deepFreeze({ a: { b: [1, { c: new Date(0) }] }, d: null });
    const copy = structuredClone(input);
    encodeForm(input);
    expect(input).toEqual(copy);
  });
});

describe('encodeJson (v2 bodies)', () => {
  it('bigint → string, undefined dropped, null kept', () => {
    expect(encodeJson({ a: 9007199254740993n, b: undefined, c: null, d: { e: [1n] } })).toBe('{"a":"9007199254740993","c":null,"d":{"e":["1"]}}');
  });
  it('no params → {}', () => {
    expect(encodeJson(undefined)).toBe('{}');
  });
});

// Keys as the API names them: no brackets (metadata keys may not contain them), not all digits (index ambiguity).
const keyArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((k) => !/[[\]]/.test(k) && !/^\d+$/.test(k) && k !== '__proto__');
const scalarArb = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.integer().map(String), fc.constantFrom('true', 'false'));
// Values as they decode: strings (decodeForm keeps every value a string). Empty arrays/objects emit nothing, so none are generated.
const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarArb, tie('array'), tie('object')),
  array: fc.array(tie('value'), { minLength: 1, maxLength: 3 }),
  object: fc.dictionary(keyArb, tie('value'), { minKeys: 1, maxKeys: 3 }),
})).value;
const paramsArb = fc.dictionary(keyArb, valueArb, { maxKeys: 5 });

describe('property: decodeForm(encodeForm(x)) round-trips', () => {
  it('for nested objects, arrays and unicode strings', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        expect(decodeForm(encodeForm(params))).toEqual(params);
      }),
      { numRuns: 400 },
    );
  });

  it('numbers and booleans come back as their text', () => {
    fc.assert(
      fc.property(fc.dictionary(keyArb, fc.oneof(fc.integer(), fc.boolean()), { maxKeys: 5 }), (params) => {
        const expected = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        expect(decodeForm(encodeForm(params))).toEqual(expected);
      }),
    );
  });

  it('the encoding only uses unreserved characters, %XX escapes, brackets, = and &', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        expect(encodeForm(params)).toMatch(/^[A-Za-z0-9\-_.~%[\]=&]*$/);
      }),
    );
  });
});

describe('on the wire', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(() => ({ body: {} }));
  });
  afterAll(() => server.close());

  it('v1 POST: form body byte-exact with content-type', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url });
    const params = {
      cardholder: 'ich_123',
      currency: 'usd',
      type: 'virtual',
      status: 'active',
      spending_controls: { spending_limits: [{ amount: 5000, interval: 'monthly' }] },
      metadata: { ref: 'A1' },
    };
    await cp.rawRequest('POST', '/v1/issuing/cards', params, { stripeAccount: 'acct_123' });
    const req = server.requests.at(-1)!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/issuing/cards');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.body).toBe(
      'cardholder=ich_123&currency=usd&type=virtual&status=active&spending_controls[spending_limits][0][amount]=5000&spending_controls[spending_limits][0][interval]=monthly&metadata[ref]=A1',
    );
  });

  it('v1 GET: params in the query string, same bracket form, no body, no content-type', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url });
    await cp.rawRequest('GET', '/v1/issuing/cards', { limit: 3, created: { gte: 1700000000 }, expand: ['data.cardholder'], email: 'a+b@c.d' });
    const req = server.requests.at(-1)!;
    expect(req.method).toBe('GET');
    expect(req.rawQuery).toBe('limit=3&created[gte]=1700000000&expand[0]=data.cardholder&email=a%2Bb%40c.d');
    expect(req.body).toBe('');
    expect(req.headers['content-type']).toBeUndefined();
  });

  it('v2 GET: include[] in the query string', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url });
    await cp.rawRequest('GET', '/v2/core/accounts/acct_1', { include: ['identity', 'requirements'] });
    const req = server.requests.at(-1)!;
    expect(req.rawQuery).toBe('include[0]=identity&include[1]=requirements');
    expect(formPairs(req.rawQuery)).toEqual([
      ['include[0]', 'identity'],
      ['include[1]', 'requirements'],
    ]);
  });

  it('v2 POST: JSON body with content-type application/json, bigint → string', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url });
    const params = {
      include: ['configuration.card_creator'],
      display_name: 'Acme',
      configuration: { card_creator: { capabilities: { commercial: { stripe: { charge_card: { requested: true } } } } } },
      metadata: { n: null },
      amount: 12345678901234567890n,
    };
    await cp.rawRequest('POST', '/v2/core/accounts', params);
    const req = server.requests.at(-1)!;
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({ ...params, amount: '12345678901234567890' });
    expect(req.rawQuery).toBe('');
  });

  it('v2 DELETE: params in the query string, no body', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url });
    await cp.rawRequest('DELETE', '/v2/core/accounts/acct_1/persons/person_1', { include: ['x'] });
    const req = server.requests.at(-1)!;
    expect(req.method).toBe('DELETE');
    expect(req.rawQuery).toBe('include[0]=x');
    expect(req.body).toBe('');
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('coerceScalars (cardplane/testing decoding)', () => {
  it('turns canonical integers and booleans into JSON types but keeps leading-zero digits as text', async () => {
    const { coerceScalars, decodeForm } = await import('../../src/testing/decode.js');
    expect(coerceScalars(decodeForm('amount=5000&last4=0123&postal=02134&zero=0&neg=-5&ok=true'))).toEqual({
      amount: 5000,
      last4: '0123',
      postal: '02134',
      zero: 0,
      neg: -5,
      ok: true,
    });
  });
});

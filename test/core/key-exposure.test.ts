import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthenticationError, Cardplane, CardplaneConfigurationError, CardplaneValidationError } from '../../src/index.js';
import { recordingLogger, startServer, type TestServer } from '../helpers/server.js';

const SECRET = '51KeyExposureSecretPart9f8e7d6c5b4a3210ZyXwVuTsRqPoNmLkJ';
const KEY = `sk_test_${SECRET}`;
const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Every 8-character piece of the secret part: none may show anywhere. */
const pieces = Array.from({ length: SECRET.length - 7 }, (_, i) => SECRET.slice(i, i + 8));
function expectNoKey(text: string, where: string): void {
  for (const piece of pieces) expect(text.includes(piece), `${where} shows "${piece}" of the key: ${text.slice(0, 400)}`).toBe(false);
}
function views(e: Error): Record<string, string> {
  return {
    message: e.message,
    stack: e.stack ?? '',
    json: JSON.stringify(e),
    inspect: inspect(e, { depth: 10 }),
    inspectHidden: inspect(e, { depth: 10, showHidden: true }),
  };
}

/** JSON text of `s` with every character after the 12th written as a `\uXXXX` escape. */
const escaped = (s: string): string => s.slice(0, 12) + [...s.slice(12)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('an API key never comes out of an error', () => {
  it('a metadata key or an unknown param named like the key: field, issues, JSON and inspect stay clean', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: 'http://127.0.0.1:9', logLevel: 'off' });
    const calls = [
      () => cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', metadata: { [KEY]: 'x' } }),
      () => cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', [KEY]: 'x' } as never),
      () => cp.issuing.cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', metadata: { [`a[${KEY}]`]: 'x' } }),
    ];
    for (const call of calls) {
      const e = await call().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CardplaneValidationError);
      const err = e as CardplaneValidationError;
      expect(err.field).toMatch(/REDACTED/);
      for (const [where, text] of Object.entries({ ...views(err), field: err.field, issues: JSON.stringify(err.issues) })) expectNoKey(text, where);
    }
  });

  it('a 401 echoing the key with JSON escapes, and in a header: nothing readable in message, fields, headers, raw body or logs', async () => {
    const body = `{"error":{"type":"invalid_request_error","message":"Invalid API Key provided: ${escaped(KEY)}","param":"${escaped(KEY)}"}}`;
    expect(body).not.toContain(SECRET.slice(4, 12));
    const s = await startServer(() => ({ status: 401, body, headers: { 'x-echo-key': KEY, 'www-authenticate': `Bearer realm="${KEY}"` } }));
    servers.push(s);
    const log = recordingLogger();
    const cp = new Cardplane({ apiKey: KEY, baseUrl: s.url, logLevel: 'debug', logger: log });
    const e = await cp.issuing.programs.retrieve('iprg_1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AuthenticationError);
    const err = e as AuthenticationError;
    expect(err.message).toContain('Invalid API Key provided: sk_test_[REDACTED]');
    expect(err.headers.get('x-echo-key')).toBe('sk_test_[REDACTED]');
    const headerText = [...err.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
    const decodedRaw = JSON.stringify(JSON.parse(err.rawBody));
    for (const [where, text] of Object.entries({
      ...views(err),
      headers: headerText,
      raw: err.rawBody,
      decodedRaw,
      error: JSON.stringify(err.error),
      param: String(err.param),
      log: log.text(),
    })) {
      expectNoKey(text, where);
    }
    expect(log.text()).toMatch(/failed: 401/);
  });
});

describe('only secret and restricted keys are accepted', () => {
  const cases: [string, RegExp][] = [
    ['pk_test_51PublishableKey000000', /publishable key/],
    ['pk_live_51PublishableKey000000', /publishable key/],
    ['whsec_51WebhookSecret00000000000', /webhook signing secret/],
    ['', /empty/],
    ['   ', /empty/],
    ['acct_1Nv0FGQ9RKHgCVdK', /object id/],
    ['hunter2hunter2hunter2', /unknown/],
    ['sk_test_51With Space000000', /whitespace/],
    ['sk_test_51[bracket]0000000', /characters a Stripe key never has/],
  ];
  for (const [key, kind] of cases) {
    it(`refuses ${JSON.stringify(key.slice(0, 6))}… at construction, saying what kind it is without printing it`, () => {
      let caught: unknown;
      try {
        new Cardplane({ apiKey: key });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(CardplaneConfigurationError);
      const err = caught as CardplaneConfigurationError;
      expect(err.message).toMatch(kind);
      expect(err.message).toMatch(/sk_…|rk_…/);
      if (key.trim().length > 8) {
        for (const text of Object.values(views(err))) expect(text).not.toContain(key.slice(6, 16));
      }
    });
  }

  it('refuses a missing or non-string key', () => {
    expect(() => new Cardplane({} as never)).toThrow(CardplaneConfigurationError);
    expect(() => new Cardplane({ apiKey: 42 } as never)).toThrow(CardplaneConfigurationError);
  });

  it('accepts sk_test_, sk_live_ and rk_ keys', () => {
    for (const key of ['sk_test_51Ok', 'sk_live_51Ok', 'rk_test_51Ok', 'rk_live_51Ok']) expect(() => new Cardplane({ apiKey: key })).not.toThrow();
  });
});

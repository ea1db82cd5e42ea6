import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { API_VERSIONS, Cardplane, CardplaneConfigurationError } from '../../src/index.js';
import { PROGRAM, startServer, type TestServer } from '../helpers/server.js';
import { UUID_V4 } from './uuid.js';

const KEY = 'sk_test_51HeadersKey000000000';
const PROGRAM_PIN = '2026-05-27.preview; issuing_program_beta=v2';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req) =>
    req.method === 'GET' && req.path.endsWith('/v1/issuing/programs')
      ? { body: { object: 'list', url: '/v1/issuing/programs', has_more: false, data: [PROGRAM] } }
      : { body: PROGRAM },
  );
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});
const last = () => server.requests.at(-1)!;
const client = (extra: Partial<ConstructorParameters<typeof Cardplane>[0]> = {}) => new Cardplane({ apiKey: KEY, baseUrl: server.url, ...extra });

describe('authentication', () => {
  it('sends Authorization: Bearer <key> on v1 and v2, and Accept: application/json', async () => {
    const cp = client();
    await cp.issuing.programs.retrieve('iprg_1');
    expect(last().headers.authorization).toBe(`Bearer ${KEY}`);
    expect(last().headers.accept).toBe('application/json');
    await cp.rawRequest('GET', '/v2/core/accounts/acct_1');
    expect(last().headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('an Authorization header cannot be smuggled in through options.headers', async () => {
    await expect(client().rawRequest('GET', '/v1/issuing/cards', undefined, { headers: { Authorization: 'Bearer sk_test_other0000' } })).rejects.toBeInstanceOf(
      CardplaneConfigurationError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a missing or blank key at construction', () => {
    expect(() => new Cardplane({ apiKey: '', baseUrl: server.url })).toThrow(CardplaneConfigurationError);
    expect(() => new Cardplane({ apiKey: 'sk_test_ab cd', baseUrl: server.url })).toThrow(CardplaneConfigurationError);
  });
});

describe('baseUrl', () => {
  it.each(['http://127.0.0.1:1234', 'http://127.5.6.7', 'http://localhost:8080', 'http://[::1]:9999', 'https://api.stripe.com', 'https://stripe-proxy.internal:8443/base/'])(
    'accepts %s',
    (url) => {
      expect(() => new Cardplane({ apiKey: KEY, baseUrl: url })).not.toThrow();
    },
  );

  it.each(['http://api.stripe.com', 'http://10.0.0.5:12111', 'http://localhost.evil.example', 'http://127.0.0.1.evil.example', 'ftp://127.0.0.1', 'not a url'])(
    'refuses %s at construction',
    (url) => {
      expect(() => new Cardplane({ apiKey: KEY, baseUrl: url })).toThrow(CardplaneConfigurationError);
    },
  );

  it('refuses plain http to another host without sending anything, and without showing the key', () => {
    let fetched = 0;
    const fetchSpy: typeof fetch = async () => {
      fetched++;
      return new Response('{}');
    };
    let err: unknown;
    try {
      new Cardplane({ apiKey: KEY, baseUrl: 'http://example.com', fetch: fetchSpy });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CardplaneConfigurationError);
    expect((err as Error).message).toMatch(/example\.com/);
    expect((err as Error).message).not.toContain(KEY);
    expect(fetched).toBe(0);
  });

  it('a trailing slash or path on baseUrl is kept as a prefix (also for an absolute URL that repeats it)', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: `${server.url}/prefix/` });
    await cp.rawRequest('GET', '/v1/issuing/cards');
    expect(last().path).toBe('/prefix/v1/issuing/cards');
    await cp.rawRequest('POST', `${server.url}/prefix/v2/core/accounts?x=1`, { a: 1 });
    expect(last().path).toBe('/prefix/v2/core/accounts');
    expect(last().rawQuery).toBe('x=1');
    expect(last().headers['content-type']).toBe('application/json');
  });

  it('an absolute URL on the same origin is allowed; another origin is refused and nothing is sent', async () => {
    const cp = client();
    await cp.rawRequest('GET', `${server.url}/v2/core/accounts?page=abc`);
    expect(last().path).toBe('/v2/core/accounts');
    expect(last().rawQuery).toBe('page=abc');
    server.requests.length = 0;
    const port = new URL(server.url).port;
    for (const url of [
      'https://evil.example/v2/core/accounts',
      'http://localhost:' + port + '/v2/core/accounts', // same host, other spelling: a different origin
      `http://127.0.0.1:${port.slice(0, -1)}/v2/core/accounts`, // a prefix of the configured origin
      `${server.url}.evil.example/x`,
      `http://127.0.0.1:${port}@evil.example/x`,
    ]) {
      await expect(cp.rawRequest('GET', url), url).rejects.toBeInstanceOf(CardplaneConfigurationError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an absolute URL that is a prefix-match of an https baseUrl', async () => {
    let fetched = 0;
    const cp = new Cardplane({
      apiKey: KEY,
      baseUrl: 'https://api.stripe.com',
      fetch: async () => {
        fetched++;
        return new Response('{}');
      },
      maxRetries: 0,
    });
    await expect(cp.rawRequest('GET', 'https://api.stripe.co/v1/x')).rejects.toBeInstanceOf(CardplaneConfigurationError);
    await cp.rawRequest('GET', 'https://api.stripe.com/v1/x');
    expect(fetched).toBe(1);
  });
});

describe('Stripe-Version precedence', () => {
  it('v1 default when nothing pins', async () => {
    await client().rawRequest('GET', '/v1/issuing/cards');
    expect(last().headers['stripe-version']).toBe('2026-10-28.endive');
    expect(API_VERSIONS.v1).toBe('2026-10-28.endive');
  });

  it('the endpoint pin (issuing programs preview + beta flag)', async () => {
    await client().issuing.programs.create({ platform_program: 'iprg_p' });
    expect(last().headers['stripe-version']).toBe(PROGRAM_PIN);
  });

  it('the client apiVersion overrides the pin and the default', async () => {
    const cp = client({ apiVersion: '2025-01-01.client' });
    await cp.issuing.programs.create({ platform_program: 'iprg_p' });
    expect(last().headers['stripe-version']).toBe('2025-01-01.client');
    await cp.rawRequest('GET', '/v1/issuing/cards');
    expect(last().headers['stripe-version']).toBe('2025-01-01.client');
  });

  it('the per-call apiVersion wins over everything', async () => {
    const cp = client({ apiVersion: '2025-01-01.client' });
    await cp.issuing.programs.create({ platform_program: 'iprg_p' }, { apiVersion: '2099-01-01.call; x=v9' });
    expect(last().headers['stripe-version']).toBe('2099-01-01.call; x=v9');
    await client().issuing.programs.retrieve('iprg_1', {}, { apiVersion: '2099-01-01.call' });
    expect(last().headers['stripe-version']).toBe('2099-01-01.call');
  });

  it('withOptions({ apiVersion }) acts like a per-call default, and per-call still wins', async () => {
    const cp = client().withOptions({ apiVersion: '2030-01-01.with' });
    await cp.issuing.programs.list();
    expect(last().headers['stripe-version']).toBe('2030-01-01.with');
    await cp.issuing.programs.list({}, { apiVersion: '2031-01-01.call' });
    expect(last().headers['stripe-version']).toBe('2031-01-01.call');
  });
});

describe('Stripe-Account and Stripe-Context', () => {
  it('per-call stripeAccount → Stripe-Account (v1)', async () => {
    await client().issuing.programs.create({ platform_program: 'iprg_p' }, { stripeAccount: 'acct_A' });
    expect(last().headers['stripe-account']).toBe('acct_A');
    expect(last().headers['stripe-context']).toBeUndefined();
  });

  it('no account header unless asked', async () => {
    await client().issuing.programs.list();
    expect(last().headers['stripe-account']).toBeUndefined();
    expect(last().headers['stripe-context']).toBeUndefined();
  });

  it('forAccount: v1 → Stripe-Account, v2 path → Stripe-Context', async () => {
    const acme = client().forAccount('acct_F');
    await acme.issuing.programs.list();
    expect(last().headers['stripe-account']).toBe('acct_F');
    expect(last().headers['stripe-context']).toBeUndefined();
    await acme.rawRequest('GET', '/v1/issuing/cards');
    expect(last().headers['stripe-account']).toBe('acct_F');
    await acme.rawRequest('POST', '/v2/core/accounts/acct_F', { display_name: 'x' });
    expect(last().headers['stripe-context']).toBe('acct_F');
    expect(last().headers['stripe-account']).toBeUndefined();
  });

  it('a per-call account replaces the forAccount one', async () => {
    const acme = client().forAccount('acct_F');
    await acme.issuing.programs.list({}, { stripeAccount: 'acct_G' });
    expect(last().headers['stripe-account']).toBe('acct_G');
    await acme.rawRequest('GET', '/v2/core/accounts', undefined, { stripeContext: 'acct_G/acct_H' });
    expect(last().headers['stripe-context']).toBe('acct_G/acct_H');
    expect(last().headers['stripe-account']).toBeUndefined();
  });

  it('per-call stripeContext → Stripe-Context (v1 and v2)', async () => {
    await client().rawRequest('GET', '/v2/core/accounts', undefined, { stripeContext: 'acct_1/acct_1a' });
    expect(last().headers['stripe-context']).toBe('acct_1/acct_1a');
    await client().issuing.programs.list({}, { stripeContext: 'acct_2' });
    expect(last().headers['stripe-context']).toBe('acct_2');
    expect(last().headers['stripe-account']).toBeUndefined();
  });

  it('both at once → CardplaneConfigurationError, nothing sent', async () => {
    const cp = client();
    await expect(cp.issuing.programs.create({ platform_program: 'iprg_p' }, { stripeAccount: 'acct_1', stripeContext: 'acct_2' })).rejects.toBeInstanceOf(
      CardplaneConfigurationError,
    );
    await expect(cp.rawRequest('POST', '/v2/core/accounts', {}, { stripeAccount: 'acct_1', stripeContext: 'acct_2' })).rejects.toBeInstanceOf(CardplaneConfigurationError);
    expect(server.requests).toHaveLength(0);
  });

  it('withOptions: a later account replaces a context and vice versa; the original client is unchanged', async () => {
    const base = client();
    const ctx = base.withOptions({ stripeContext: 'acct_C' });
    const acct = ctx.withOptions({ stripeAccount: 'acct_D' });
    await acct.issuing.programs.list();
    expect(last().headers['stripe-account']).toBe('acct_D');
    expect(last().headers['stripe-context']).toBeUndefined();
    await ctx.issuing.programs.list();
    expect(last().headers['stripe-context']).toBe('acct_C');
    await base.issuing.programs.list();
    expect(last().headers['stripe-context']).toBeUndefined();
    expect(last().headers['stripe-account']).toBeUndefined();
  });

  it('withOptions carries extra headers, merged with per-call headers', async () => {
    const cp = client().withOptions({ headers: { 'Stripe-Request-Trigger': 'event=evt_1', 'X-A': '1' } });
    await cp.rawRequest('GET', '/v1/issuing/cards', undefined, { headers: { 'X-B': '2' } });
    expect(last().headers['stripe-request-trigger']).toBe('event=evt_1');
    expect(last().headers['x-a']).toBe('1');
    expect(last().headers['x-b']).toBe('2');
  });

  it('client-level defaults apply to every call', async () => {
    const cp = client({ defaults: { stripeAccount: 'acct_DEF' } });
    await cp.issuing.programs.list();
    expect(last().headers['stripe-account']).toBe('acct_DEF');
  });
});

describe('Idempotency-Key', () => {
  it('on every v1 POST (a v4 UUID, a fresh one per call)', async () => {
    const cp = client();
    await cp.issuing.programs.create({ platform_program: 'iprg_p' });
    await cp.issuing.programs.create({ platform_program: 'iprg_p' });
    await cp.rawRequest('POST', '/v1/issuing/cards/ic_1');
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    for (const k of keys) expect(k).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(3);
  });

  it('on v2 POST and v2 DELETE', async () => {
    const cp = client();
    await cp.rawRequest('POST', '/v2/core/accounts', { display_name: 'x' });
    expect(last().headers['idempotency-key']).toMatch(UUID_V4);
    await cp.rawRequest('DELETE', '/v2/core/accounts/acct_1/persons/p_1');
    expect(last().headers['idempotency-key']).toMatch(UUID_V4);
  });

  it('absent on GET (v1, v2) and on v1 DELETE', async () => {
    const cp = client();
    await cp.issuing.programs.retrieve('iprg_1');
    expect(last().headers['idempotency-key']).toBeUndefined();
    await cp.rawRequest('GET', '/v2/core/accounts');
    expect(last().headers['idempotency-key']).toBeUndefined();
    await cp.rawRequest('DELETE', '/v1/customers/cus_1');
    expect(last().headers['idempotency-key']).toBeUndefined();
  });

  it('overridable per call', async () => {
    await client().issuing.programs.create({ platform_program: 'iprg_p' }, { idempotencyKey: 'my-key-1' });
    expect(last().headers['idempotency-key']).toBe('my-key-1');
    await client().rawRequest('POST', '/v2/core/accounts', {}, { idempotencyKey: 'my-key-2' });
    expect(last().headers['idempotency-key']).toBe('my-key-2');
  });
});

describe('other headers', () => {
  it('User-Agent names the SDK; no Stripe-Account/Context/Idempotency noise on a plain GET', async () => {
    await client().rawRequest('GET', '/v1/issuing/cards');
    expect(last().headers['user-agent']).toMatch(/^cardplane\/\d+\.\d+\.\d+/);
    expect(last().headers['x-cardplane-retry-count']).toBeUndefined();
  });

  it('ids in paths are URL-encoded', async () => {
    await client().issuing.programs.retrieve('iprg_1/../x?y');
    expect(last().path).toBe('/v1/issuing/programs/iprg_1%2F..%2Fx%3Fy');
    expect(last().rawQuery).toBe('');
  });
});

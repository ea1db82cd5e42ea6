import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { APIPromise, Cardplane, CardplaneResponseError, CardplaneValidationError } from '../../src/index.js';
import { LevelLogger } from '../../src/core/internal/logger.js';
import { bindResource, defineResource, get, post } from '../../src/core/resource.js';
import { testTransport } from '../helpers/transport.js';
import { PROGRAM, recordingLogger, startServer, type Reply, type TestServer } from '../helpers/server.js';
import { UUID_V4 } from './uuid.js';

const KEY = 'sk_test_51ValidationKey000000';

let server: TestServer;
let next: Reply | ((i: number) => Reply) = { body: PROGRAM };
beforeAll(async () => {
  server = await startServer((_r, i) => (typeof next === 'function' ? next(i) : next));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  next = { body: PROGRAM };
});
const client = (extra = {}) => new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off' as const, ...extra });

/** An endpoint with an enum param and an enum result, bound the way resource files bind theirs. */
function cardsLike(opts: { strict?: boolean; logger?: LevelLogger } = {}) {
  const transport = testTransport(server.url, { apiKey: KEY, ...(opts.logger ? { logger: opts.logger } : {}), strict: opts.strict ?? false });
  const card = z.object({ id: z.string(), object: z.literal('issuing.card'), status: z.enum(['active', 'inactive', 'canceled']) });
  return bindResource(
    defineResource('issuing.cards', {
      create: post('/v1/issuing/cards', {
        params: z.strictObject({
          cardholder: z.string(),
          currency: z.string(),
          type: z.enum(['virtual', 'physical']),
          spending_controls: z.optional(z.strictObject({ spending_limits: z.array(z.strictObject({ amount: z.int(), interval: z.enum(['daily', 'monthly']) })) })),
        }),
        returns: card,
      }),
    }),
    { transport, defaults: {} },
  );
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('params are validated before anything is sent', () => {
  it('a missing required field names the field', async () => {
    const e = await rejection(client().issuing.programs.create({} as never));
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect((e as CardplaneValidationError).field).toBe('platform_program');
    expect((e as Error).message).toMatch(/issuing\.programs\.create: platform_program/);
    expect(server.requests).toHaveLength(0);
  });

  it('an unknown key names the key', async () => {
    const e = (await rejection(client().issuing.programs.create({ platform_program: 'iprg_p', plaform: 'typo' } as never))) as CardplaneValidationError;
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect(e.field).toBe('plaform');
    expect(e.message).toMatch(/unknown param/);
    expect(server.requests).toHaveLength(0);
  });

  it('a wrong enum value names the (nested) field', async () => {
    const cards = cardsLike();
    const e1 = (await rejection(cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'digital' as never }))) as CardplaneValidationError;
    expect(e1.field).toBe('type');
    expect(e1.issues[0]!.message).toMatch(/^Invalid option: expected one of ("physical"|"virtual")\|("physical"|"virtual")$/);
    const e2 = (await rejection(
      cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual', spending_controls: { spending_limits: [{ amount: 1, interval: 'hourly' as never }] } }),
    )) as CardplaneValidationError;
    expect(e2.field).toBe('spending_controls.spending_limits.0.interval');
    const e3 = (await rejection(cards.create({ cardholder: 'ich_1', currency: 7 as never, type: 'virtual' }))) as CardplaneValidationError;
    expect(e3.issues).toEqual([{ field: 'currency', message: 'Invalid input: expected string, received number' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('a wrong type or out-of-range value names the field; every issue is listed', async () => {
    const e = (await rejection(client().issuing.programs.list({ limit: 500, starting_after: 3 as never }))) as CardplaneValidationError;
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect(e.issues.map((i) => i.field).sort()).toEqual(['limit', 'starting_after']);
    expect(server.requests).toHaveLength(0);
  });

  it('a request option passed in the params position gets a hint', async () => {
    const e = (await rejection(client().issuing.programs.create({ platform_program: 'iprg_p', stripeAccount: 'acct_1' } as never))) as CardplaneValidationError;
    expect(e.field).toBe('stripeAccount');
    expect(e.message).toMatch(/a request option: pass it in the last argument/);
    expect(server.requests).toHaveLength(0);
  });

  it('params in the options position, or an argument after the options, are refused (never silently dropped)', async () => {
    const e1 = (await rejection(client().issuing.programs.create({ platform_program: 'iprg_p' }, { metadata: { a: 'b' } } as never))) as CardplaneValidationError;
    expect(e1).toBeInstanceOf(CardplaneValidationError);
    expect(e1.field).toBe('(options).metadata');
    expect(e1.message).toMatch(/params go before the request options/);
    const e2 = (await rejection(
      (client().issuing.programs.retrieve as unknown as (...a: unknown[]) => Promise<unknown>)('iprg_1', {}, {}, { stripeAccount: 'acct_1' }),
    )) as CardplaneValidationError;
    expect(e2.message).toMatch(/unexpected argument/);
    // A method without params: an object after the id is the options, so a param there is refused too.
    const noParams = bindResource(defineResource('things', { retrieve: get('/v1/things/{id}', { returns: undefined }) }), {
      transport: testTransport(server.url, { apiKey: KEY }),
      defaults: {},
    });
    const e3 = (await rejection(noParams.retrieve('th_1', { expand: ['x'] } as never))) as CardplaneValidationError;
    expect(e3.message).toMatch(/this method takes no params/);
    const e4 = (await rejection((noParams.retrieve as unknown as (...a: unknown[]) => Promise<unknown>)('th_1', {}, { stripeContext: 'acct_1' }))) as CardplaneValidationError;
    expect(e4.message).toMatch(/unexpected argument/);
    expect(server.requests).toHaveLength(0);
    // trailing undefined arguments are fine
    await (noParams.retrieve as unknown as (...a: unknown[]) => Promise<unknown>)('th_1', { stripeAccount: 'acct_1' }, undefined);
    expect(server.requests[0]!.headers['stripe-account']).toBe('acct_1');
  });

  it('an empty path id is refused before sending', async () => {
    const e = (await rejection(client().issuing.programs.retrieve(''))) as CardplaneValidationError;
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect(e.field).toBe('program');
    expect(server.requests).toHaveLength(0);
  });

  it('messages are plain English, naming the bound or the expected type', async () => {
    const cp = client();
    const e = (await rejection(
      cp.issuing.cards.create({
        cardholder: 'ich_1',
        currency: 'usd',
        type: 'virtual',
        metadata: { ['k'.repeat(41)]: 'v' },
        spending_controls: { spending_limits: [{ amount: -1, interval: 'daily' }] },
      }),
    )) as CardplaneValidationError;
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect(e.issues).toEqual(
      expect.arrayContaining([
        { field: 'spending_controls.spending_limits.0.amount', message: 'Too small: expected number to be >=0' },
        { field: `metadata.${'k'.repeat(41)}`, message: 'key: Too big: expected string to have <=40 characters' },
      ]),
    );
    const e2 = (await rejection(cp.issuing.cards.list({ limit: 101 }))) as CardplaneValidationError;
    expect(e2.issues).toEqual([{ field: 'limit', message: 'Too big: expected number to be <=100' }]);
    expect(server.requests).toHaveLength(0);
  });

  it('never mutates the caller’s params (deep-frozen, compared after)', async () => {
    const params = deepFreeze({ platform_program: 'iprg_p', is_default: true, metadata: { a: '1', b: '' }, expand: ['x', 'y'] });
    const copy = structuredClone(params);
    await client().issuing.programs.create({ platform_program: params.platform_program, is_default: params.is_default, expand: params.expand });
    await client().issuing.programs.update('iprg_1', { metadata: params.metadata, expand: params.expand });
    expect(params).toEqual(copy);
    const v2 = deepFreeze({ display_name: 'Acme', include: ['identity'], configuration: { card_creator: { capabilities: { x: { requested: true } } } }, n: 5n });
    await client().rawRequest('POST', '/v2/core/accounts', v2);
    await client().rawRequest('GET', '/v2/core/accounts', { include: v2.include });
    expect(v2).toEqual({ display_name: 'Acme', include: ['identity'], configuration: { card_creator: { capabilities: { x: { requested: true } } } }, n: 5n });
    const cards = cardsLike();
    next = { body: { id: 'ic_1', object: 'issuing.card', status: 'active' } };
    const card = deepFreeze({
      cardholder: 'ich_1',
      currency: 'usd',
      type: 'virtual' as const,
      spending_controls: { spending_limits: [{ amount: 5, interval: 'daily' as const }] },
    });
    await cards.create(card);
    expect(card.spending_controls.spending_limits[0]).toEqual({ amount: 5, interval: 'daily' });
  });
});

describe('responses: drift is tolerated and reported; strict mode throws', () => {
  it('extra keys are kept and not reported', async () => {
    const logger = recordingLogger();
    next = { body: { ...PROGRAM, brand_new_field: { x: 1 } } };
    const p = await client({ logger, logLevel: 'warn' }).issuing.programs.retrieve('iprg_1');
    expect((p as unknown as Record<string, unknown>).brand_new_field).toEqual({ x: 1 });
    expect(logger.lines).toHaveLength(0);
  });

  it('an unknown enum value does not fail by default; it is logged once at warn per client', async () => {
    const sink = recordingLogger();
    const cards = cardsLike({ logger: new LevelLogger('warn', sink) });
    next = { body: { id: 'ic_1', object: 'issuing.card', status: 'suspended_by_network' } };
    const c1 = await cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' });
    const c2 = await cards.create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' });
    expect(c1.status).toBe('suspended_by_network');
    expect(c2.status).toBe('suspended_by_network');
    expect(sink.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect(sink.lines[0]!.message).toMatch(/response drift in issuing\.cards\.create: status/);
    expect(sink.lines[0]!.rest).toEqual([{ requestId: expect.stringMatching(/^req_test_/) }]);
    // another client's logger hears about it too
    const other = recordingLogger();
    await cardsLike({ logger: new LevelLogger('warn', other) }).create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' });
    expect(other.lines).toHaveLength(1);
  });

  it('a wrong-typed field on a real resource is logged, not thrown, by default', async () => {
    const logger = recordingLogger();
    next = { body: { ...PROGRAM, is_default: 'yes' } };
    const p = await client({ logger, logLevel: 'warn' }).issuing.programs.retrieve('iprg_1');
    expect(p.is_default).toBe('yes');
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]!.message).toMatch(/is_default/);
  });

  it('strict: true throws CardplaneResponseError naming the field, with status and request id', async () => {
    next = { body: { id: 'ic_1', object: 'issuing.card', status: 'suspended_by_network' } };
    const e = (await rejection(cardsLike({ strict: true }).create({ cardholder: 'ich_1', currency: 'usd', type: 'virtual' }))) as CardplaneResponseError;
    expect(e).toBeInstanceOf(CardplaneResponseError);
    expect(e.issues.map((i) => i.field)).toEqual(['status']);
    expect(e.message).toMatch(/status/);
    expect(e.status).toBe(200);
    expect(e.requestId).toMatch(/^req_test_/);
    next = { body: { ...PROGRAM, is_default: 'yes' } };
    const e2 = (await rejection(client({ strict: true }).issuing.programs.retrieve('iprg_1'))) as CardplaneResponseError;
    expect(e2.issues[0]!.field).toBe('is_default');
  });

  it('a list response that is not a list → CardplaneResponseError', async () => {
    next = { body: PROGRAM };
    await expect(client().issuing.programs.list()).rejects.toBeInstanceOf(CardplaneResponseError);
  });
});

describe('APIPromise', () => {
  it('awaiting gives the parsed object; it is an APIPromise and a Promise', async () => {
    const p = client().issuing.programs.retrieve('iprg_1');
    expect(p).toBeInstanceOf(APIPromise);
    expect(p).toBeInstanceOf(Promise);
    expect((await p).id).toBe('iprg_1');
    expect(await p.then((x) => x.object)).toBe('issuing.program');
  });

  it('.withResponse() gives data, response and requestId', async () => {
    next = { body: PROGRAM, headers: { 'request-id': 'req_with', 'stripe-version': '2026-05-27.preview' } };
    const { data, response, requestId } = await client().issuing.programs.retrieve('iprg_1').withResponse();
    expect(data.id).toBe('iprg_1');
    expect(response.status).toBe(200);
    expect(response.headers.get('stripe-version')).toBe('2026-05-27.preview');
    expect(requestId).toBe('req_with');
    expect(Object.keys(data)).not.toContain('lastResponse');
  });

  it('.asResponse() gives the raw Response, body unread and unvalidated', async () => {
    next = { body: { not: 'a program' } };
    const res = await client({ strict: true }).issuing.programs.retrieve('iprg_1').asResponse();
    expect(res).toBeInstanceOf(Response);
    expect(res.bodyUsed).toBe(false);
    expect(await res.json()).toEqual({ not: 'a program' });
  });

  it('.catch and .finally work; errors reject the awaited promise', async () => {
    next = { status: 404, body: { error: { type: 'invalid_request_error', message: 'No such program' } } };
    let finallyRan = false;
    const caught = await client()
      .issuing.programs.retrieve('iprg_x')
      .finally(() => {
        finallyRan = true;
      })
      .catch((e: Error) => e.name);
    expect(caught).toBe('NotFoundError');
    expect(finallyRan).toBe(true);
  });

  it('a hook that throws neither fails nor retries the call; it is logged at warn', async () => {
    const logger = recordingLogger();
    const boom = () => {
      throw new Error('hook bug');
    };
    const cp = client({ maxRetries: 2, logger, logLevel: 'warn', hooks: { onRequest: boom, onResponse: boom } });
    const p = await cp.issuing.programs.create({ platform_program: 'iprg_p' });
    expect(p.id).toBe('iprg_1');
    expect(server.requests).toHaveLength(1);
    expect(logger.lines.map((l) => l.message)).toEqual(['cardplane: the onRequest hook threw (ignored): hook bug', 'cardplane: the onResponse hook threw (ignored): hook bug']);
  });

  it('onRequest and onResponse hooks are called once per attempt', async () => {
    next = (i) => (i === 0 ? { status: 500, body: { error: { type: 'api_error', message: 'boom' } } } : { body: PROGRAM });
    const requests: { attempt: number; idempotencyKey: string | undefined; method: string; url: string }[] = [];
    const responses: { attempt: number; status: number; requestId: string | undefined; elapsedMs: number }[] = [];
    const cp = client({ maxRetries: 2, hooks: { onRequest: (i: (typeof requests)[0]) => requests.push(i), onResponse: (i: (typeof responses)[0]) => responses.push(i) } });
    await cp.issuing.programs.create({ platform_program: 'iprg_p' });
    expect(requests.map((r) => r.attempt)).toEqual([1, 2]);
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.url).toBe(`${server.url}/v1/issuing/programs`);
    expect(requests[0]!.idempotencyKey).toMatch(UUID_V4);
    expect(requests[1]!.idempotencyKey).toBe(requests[0]!.idempotencyKey);
    expect(responses.map((r) => [r.attempt, r.status, r.requestId])).toEqual([
      [1, 500, 'req_test_1'],
      [2, 200, 'req_test_2'],
    ]);
    expect(responses.every((r) => r.elapsedMs >= 0)).toBe(true);
    expect(server.requests).toHaveLength(2);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('a call given no params', () => {
  it('is checked as {}: a schema with a required param refuses it, naming the field, before anything is sent, every time', async () => {
    const cp = client();
    for (let i = 0; i < 2; i++) {
      const e = await (cp.issuing.programs.create as (p?: unknown) => Promise<unknown>)().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CardplaneValidationError);
      expect((e as CardplaneValidationError).issues.map((x) => x.field)).toContain('platform_program');
    }
    expect(server.requests).toHaveLength(0);
  });

  it('is sent when the schema needs nothing (retrieve by id), and params given later are still checked', async () => {
    const cp = client();
    await cp.issuing.programs.retrieve('iprg_1');
    await cp.issuing.programs.retrieve('iprg_1');
    expect(server.requests).toHaveLength(2);
    const e = await cp.issuing.programs.retrieve('iprg_1', { expand: 'not-a-list' } as never).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneValidationError);
    expect((e as CardplaneValidationError).issues[0]?.field).toBe('expand');
    expect(server.requests).toHaveLength(2);
  });
});

import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  CardError,
  Cardplane,
  CardplaneConnectionError,
  CardplaneError,
  CardplaneResponseError,
  ConflictError,
  IdempotencyError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
} from '../../src/index.js';
import { PROGRAM, closedPortUrl, recordingLogger, startServer, type Reply, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51ErrorsKeyAbCdEfGh0123';

let server: TestServer;
let next: Reply = { body: PROGRAM };
beforeAll(async () => {
  server = await startServer(() => next);
});
afterAll(() => server.close());

const client = (extra = {}) => new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off' as const, ...extra });
async function failWith(reply: Reply, cp = client()): Promise<APIError> {
  next = reply;
  const e = await cp.issuing.programs.create({ platform_program: 'iprg_p' }).catch((x: unknown) => x);
  next = { body: PROGRAM };
  expect(e).toBeInstanceOf(APIError);
  return e as APIError;
}

describe('v1 error bodies → typed errors', () => {
  const v1 = (type: string, extra: Record<string, unknown> = {}) => ({ error: { type, message: `a ${type}`, ...extra } });
  const table: [string, number, Record<string, unknown>, new (...a: never[]) => APIError][] = [
    ['400 invalid_request_error', 400, v1('invalid_request_error', { code: 'parameter_missing', param: 'currency' }), InvalidRequestError],
    ['404 resource_missing', 404, v1('invalid_request_error', { code: 'resource_missing', param: 'id' }), NotFoundError],
    ['401 authentication_error', 401, v1('authentication_error'), AuthenticationError],
    ['402 card_error', 402, v1('card_error', { code: 'card_declined', decline_code: 'insufficient_funds' }), CardError],
    ['403 permission', 403, v1('invalid_request_error', { code: 'secret_key_required' }), PermissionError],
    ['409 conflict', 409, v1('invalid_request_error', { code: 'lock_timeout' }), ConflictError],
    ['400 idempotency_error', 400, v1('idempotency_error', { code: 'idempotency_key_in_use' }), IdempotencyError],
    ['429 rate_limit_error', 429, v1('rate_limit_error', { code: 'rate_limit' }), RateLimitError],
    ['400 with code rate_limit', 400, v1('invalid_request_error', { code: 'rate_limit' }), RateLimitError],
    ['500 api_error', 500, v1('api_error'), InternalServerError],
    ['503 api_error', 503, v1('api_error'), InternalServerError],
  ];
  it.each(table)('%s', async (_name, status, body, cls) => {
    const e = await failWith({ status, body, headers: { 'request-id': 'req_abc123' } });
    expect(e).toBeInstanceOf(cls);
    expect(e).toBeInstanceOf(CardplaneError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe(cls.name);
    expect(e.status).toBe(status);
    const err = body.error as Record<string, unknown>;
    expect(e.type).toBe(err.type);
    expect(e.code).toBe(err.code);
    expect(e.param).toBe(err.param);
    expect(e.decline_code).toBe(err.decline_code);
    expect(e.requestId).toBe('req_abc123');
    expect(e.headers.get('request-id')).toBe('req_abc123');
    expect(e.rawBody).toBe(JSON.stringify(body));
    expect(e.error).toEqual(err);
    expect(e.message).toContain(String(err.message));
    expect(e.message).toContain('req_abc123');
  });

  it('carries every documented field: decline_code, param, doc_url, request_log_url', async () => {
    const body = {
      error: {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'do_not_honor',
        param: 'card',
        message: 'Your card was declined.',
        doc_url: 'https://docs.stripe.com/error-codes/card-declined',
        request_log_url: 'https://dashboard.stripe.com/test/logs/req_1',
        advice_code: 'try_again_later',
      },
    };
    const e = await failWith({ status: 402, body });
    expect(e).toBeInstanceOf(CardError);
    expect(e.decline_code).toBe('do_not_honor');
    expect(e.param).toBe('card');
    expect(e.doc_url).toBe('https://docs.stripe.com/error-codes/card-declined');
    expect(e.error?.request_log_url).toBe('https://dashboard.stripe.com/test/logs/req_1');
    expect(e.error?.advice_code).toBe('try_again_later');
    expect(e.requestId).toBe(`req_test_${server.requests.length}`);
  });

  it('OAuth-style flat error string', async () => {
    const e = await failWith({ status: 400, body: { error: 'invalid_grant', error_description: 'Authorization code expired' } });
    expect(e).toBeInstanceOf(InvalidRequestError);
    expect(e.type).toBe('invalid_grant');
    expect(e.message).toContain('Authorization code expired');
  });

  it('a non-JSON error body (proxy HTML) still becomes a typed error with the raw text', async () => {
    const e = await failWith({ status: 502, body: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } });
    expect(e).toBeInstanceOf(InternalServerError);
    expect(e.status).toBe(502);
    expect(e.type).toBeUndefined();
    expect(e.rawBody).toBe('<html>Bad gateway</html>');
    expect(e.message).toContain('Bad gateway');
  });

  it('an unknown 4xx (e.g. 424) is a plain APIError', async () => {
    const e = await failWith({ status: 424, body: { error: { type: 'api_error', message: 'dependency' } } });
    expect(e.constructor).toBe(APIError);
    expect(e.status).toBe(424);
  });
});

describe('v2 error bodies', () => {
  const post = async (reply: Reply) => {
    next = reply;
    const e = await client()
      .rawRequest('POST', '/v2/core/accounts', { display_name: 'x' })
      .catch((x: unknown) => x);
    next = { body: PROGRAM };
    return e as APIError;
  };

  it('v2 type (insufficient_funds) on 400 → InvalidRequestError with the v2 type and extra members', async () => {
    const e = await post({ status: 400, body: { error: { type: 'insufficient_funds', code: 'insufficient_funds', message: 'Not enough', user_message: 'Top up' } } });
    expect(e).toBeInstanceOf(InvalidRequestError);
    expect(e.type).toBe('insufficient_funds');
    expect(e.code).toBe('insufficient_funds');
    expect(e.error?.user_message).toBe('Top up');
  });

  it('invalid_fields → InvalidRequestError, code kept', async () => {
    const e = await post({
      status: 400,
      body: { error: { code: 'invalid_fields', message: 'Invalid fields', invalid_fields: [{ field: 'identity.country', reason: 'required' }] } },
    });
    expect(e).toBeInstanceOf(InvalidRequestError);
    expect(e.code).toBe('invalid_fields');
    expect(e.type).toBeUndefined();
    expect(e.error?.invalid_fields).toEqual([{ field: 'identity.country', reason: 'required' }]);
  });

  it('v2 rate_limit type → RateLimitError; v2 idempotency_error → IdempotencyError; 404 → NotFoundError', async () => {
    expect(await post({ status: 429, body: { error: { type: 'rate_limit', message: 'slow down' } } })).toBeInstanceOf(RateLimitError);
    expect(await post({ status: 400, body: { error: { type: 'rate_limit', message: 'slow down' } } })).toBeInstanceOf(RateLimitError);
    expect(await post({ status: 409, body: { error: { type: 'idempotency_error', message: 'reused' } } })).toBeInstanceOf(IdempotencyError);
    expect(await post({ status: 404, body: { error: { type: 'not_found', code: 'not_found', message: 'no such account' } } })).toBeInstanceOf(NotFoundError);
  });
});

describe('a key never leaks', () => {
  const SHORT_KEY = 'sk_test_abc'; // too short for the key pattern: only exact-match redaction catches it

  for (const key of [KEY, SHORT_KEY, 'rk_live_51RestrictedKey0000zz']) {
    it(`not in messages, inspect, JSON, raw body or error member — even when echoed (${key.slice(0, 8)}…)`, async () => {
      const logger = recordingLogger();
      const cp = new Cardplane({ apiKey: key, baseUrl: server.url, maxRetries: 0, logLevel: 'debug', logger });
      const echoed = { error: { type: 'authentication_error', message: `Invalid API Key provided: ${key}`, param: key } };
      next = { status: 401, body: echoed, headers: { 'x-echo': key } };
      const e = (await cp.issuing.programs.create({ platform_program: 'iprg_p' }).catch((x: unknown) => x)) as APIError;
      next = { body: PROGRAM };
      expect(e).toBeInstanceOf(AuthenticationError);
      const views = [e.message, String(e), e.stack ?? '', inspect(e), inspect(e, { showHidden: true, depth: 5 }), e.rawBody, JSON.stringify(e.error), String(e.param)];
      for (const view of views) expect(view).not.toContain(key);
      expect(e.message).toContain('[REDACTED]');

      // The client itself.
      for (const view of [inspect(cp), inspect(cp, { showHidden: true, depth: 8 }), JSON.stringify(cp), String(cp), inspect(cp.forAccount('acct_1'))]) {
        expect(view).not.toContain(key);
      }
      expect(JSON.stringify(cp)).toContain('[REDACTED]');

      // A successful call and a failing call at debug level: every line is clean.
      await cp.issuing.programs.retrieve('iprg_1');
      expect(logger.lines.some((l) => l.level === 'debug')).toBe(true);
      expect(logger.text()).not.toContain(key);
    });
  }

  it('a 200 that echoes the key in invalid JSON: the CardplaneResponseError and its cause are clean', async () => {
    const key = 'sk_test_xyz';
    const cp = new Cardplane({ apiKey: key, baseUrl: server.url, maxRetries: 0, logLevel: 'off' });
    next = { status: 200, body: `not json ${key}` };
    const e = await cp.issuing.programs.retrieve('iprg_1').catch((x: unknown) => x);
    next = { body: PROGRAM };
    expect(e).toBeInstanceOf(CardplaneResponseError);
    expect(inspect(e, { depth: 5 })).not.toContain(key);
    expect((e as Error).message).not.toContain(key);
  });

  it('connection errors: message, inspect and cause are clean', async () => {
    const cp = new Cardplane({ apiKey: KEY, baseUrl: await closedPortUrl(), maxRetries: 0, logLevel: 'off' });
    const e = await cp.issuing.programs.retrieve('iprg_1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CardplaneConnectionError);
    expect(inspect(e, { depth: 8, showHidden: true })).not.toContain(KEY);
    expect((e as { cause?: { code?: string } }).cause?.code).toBe('ECONNREFUSED');
  });

  it('an APIError prints compactly, without headers', () => {
    return failWith({ status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'currency', message: 'Missing currency' } } }).then((e) => {
      expect(inspect(e)).toMatch(/^InvalidRequestError: 400 invalid_request_error \(parameter_missing\): Missing currency/);
      expect(inspect(e)).toContain('param=currency');
    });
  });
});

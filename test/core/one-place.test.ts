// One rule, one place (issue 14): the API mode, the request defaults, the cursor paging, the error body
// extraction and the internal/public boundary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Cardplane } from '../../src/index.js';
import { makeAPIError } from '../../src/core/errors.js';
import { apiMode } from '../../src/core/internal/api-mode.js';
import { buildHeaders } from '../../src/core/internal/headers.js';
import { CLIENT_DEFAULTS } from '../../src/core/internal/options.js';
import { nextPageRequest, walksBackwards } from '../../src/core/pagination.js';
import { startServer, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51OnePlaceKey000000000';
const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('the API mode is worked out in one function', () => {
  it('v2 for /v2/… (with or without a rest or a query), v1 for everything else', () => {
    expect(['/v2/core/accounts', '/v2/core/accounts/acct_1', '/v2', '/v2?page=x'].map(apiMode)).toEqual(['v2', 'v2', 'v2', 'v2']);
    expect(['/v1/issuing/cards', '/v20/x', '/v2x', '/', '/v1/v2/'].map(apiMode)).toEqual(['v1', 'v1', 'v1', 'v1', 'v1']);
  });

  it('rawRequest with an absolute URL of the configured origin is sent as its path says (v2: JSON body, Stripe-Context)', async () => {
    const server = await startServer(() => ({ body: { id: 'acct_1', object: 'v2.core.account' } }));
    servers.push(server);
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0 });
    await cp.rawRequest('POST', `${server.url}/v2/core/accounts`, { display_name: 'x' }, { stripeAccount: 'acct_9' });
    const wire = server.requests[0]!;
    expect(wire.headers['content-type']).toBe('application/json');
    expect(JSON.parse(wire.body)).toEqual({ display_name: 'x' });
    expect(wire.headers['stripe-context']).toBe('acct_9');
    expect(wire.headers['stripe-account']).toBeUndefined();
  });

  it('the header builder takes the mode, not the method (HeaderInput.method was never read)', () => {
    const base = { apiKey: KEY, mode: 'v2' as const, hasBody: true, pinnedVersion: undefined, clientVersion: undefined, options: { stripeAccount: 'acct_1' } };
    expect(buildHeaders(base, undefined)).toMatchObject({ 'content-type': 'application/json', 'stripe-context': 'acct_1' });
    // @ts-expect-error `method` is not an input of the header set
    buildHeaders({ ...base, method: 'POST' }, undefined);
  });
});

describe('request defaults are stated once', () => {
  it('the ClientOptions docs state the values of CLIENT_DEFAULTS; per-call options defer to the client', () => {
    const docs = readFileSync(new URL('../../src/core/options.ts', import.meta.url), 'utf8');
    const client = docs.slice(docs.indexOf('export interface ClientOptions'));
    const perCall = docs.slice(docs.indexOf('export interface RequestOptions'), docs.indexOf('export interface AttemptHooks'));
    const grouped = (n: number): string => n.toLocaleString('en-US').replace(/,/g, ' ');
    expect(client).toContain(`timeout in milliseconds (default ${grouped(CLIENT_DEFAULTS.timeout)})`);
    expect(client).toContain(`(default ${CLIENT_DEFAULTS.maxRetries})`);
    expect(client).toContain(`Log level (default \`${CLIENT_DEFAULTS.logLevel}\`)`);
    expect(client).toContain(`Default \`${CLIENT_DEFAULTS.baseUrl}\``);
    expect(perCall).not.toMatch(/\(default \d/);
  });

  it('a client with no retry option makes CLIENT_DEFAULTS.maxRetries retries', async () => {
    const server = await startServer(() => ({ status: 500, body: { error: { type: 'api_error', message: 'down' } } }));
    servers.push(server);
    const cp = new Cardplane({ apiKey: KEY, baseUrl: server.url, logLevel: 'off' });
    await expect(cp.rawRequest('GET', '/v1/balance')).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(CLIENT_DEFAULTS.maxRetries + 1);
  }, 20_000);
});

describe('cursor paging lives in pagination.ts', () => {
  const page = (ids: string[], next_page_url?: string | null) => ({ data: ids.map((id) => ({ id })), next_page_url });

  it('the direction is read from the first call params', () => {
    expect(walksBackwards({ ending_before: 'ic_9' })).toBe(true);
    expect(walksBackwards({ starting_after: 'ic_1' })).toBe(false);
    expect(walksBackwards(undefined)).toBe(false);
  });

  it('forward moves starting_after to the last item, backwards moves ending_before to the first, v2 follows next_page_url', () => {
    const params = { limit: 2, starting_after: 'ic_0' };
    expect(nextPageRequest(params, page(['ic_1', 'ic_2']), false)).toEqual({ params: { limit: 2, starting_after: 'ic_2' } });
    expect(params).toEqual({ limit: 2, starting_after: 'ic_0' });
    expect(nextPageRequest({ limit: 2, ending_before: 'ic_9' }, page(['ic_7', 'ic_8']), true)).toEqual({ params: { limit: 2, ending_before: 'ic_7' } });
    expect(nextPageRequest({ limit: 2 }, page(['acct_1'], '/v2/core/accounts?page=p2'), false)).toEqual({ path: '/v2/core/accounts?page=p2', params: undefined });
  });
});

describe('error bodies are read once', () => {
  it('makeAPIError reads the body error member once to pick the class and to fill the error', () => {
    let reads = 0;
    const body = {
      get error() {
        reads++;
        return { type: 'card_error', code: 'card_declined', message: 'declined' };
      },
    };
    const error = makeAPIError({ status: 402, headers: new Headers(), body, rawBody: '{}' });
    expect(error).toMatchObject({ name: 'CardError', code: 'card_declined' });
    expect(reads).toBe(1);
  });
});

describe('internal modules stay internal', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
    });
  const sources = walk(join(root, 'src')).map((f) => relative(root, f));
  const internalModules = sources.filter((f) => /^src\/(core|webhooks)\/internal\//.test(f));

  it('only their own layer imports src/core/internal and src/webhooks/internal', () => {
    const offenders: string[] = [];
    for (const file of sources) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
        if (!spec!.startsWith('.')) continue;
        const target = relative(root, join(root, file, '..', spec!));
        const layer = /^src\/(core|webhooks)\/internal\//.exec(target)?.[1];
        if (!layer) continue;
        const allowed = layer === 'core' ? file.startsWith('src/core/') || file === 'src/client.ts' : file.startsWith('src/webhooks/');
        if (!allowed) offenders.push(`${file} -> ${spec}`);
      }
    }
    expect(internalModules.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it('no entry point exports anything defined in an internal module', async () => {
    const internalValues = new Map<unknown, string>();
    for (const file of internalModules) {
      const mod = (await import(join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod))
        if ((typeof value === 'function' || typeof value === 'object') && value !== null) internalValues.set(value, `${file}#${name}`);
    }
    const leaked: string[] = [];
    for (const entry of ['src/index.ts', 'src/webhooks/index.ts', 'src/testing/index.ts']) {
      const mod = (await import(join(root, entry))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (internalValues.has(value)) leaked.push(`${entry} exports ${name} (${internalValues.get(value)})`);
    }
    expect(leaked).toEqual([]);
  });
});

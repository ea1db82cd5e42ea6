import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Cardplane, CardplaneConfigurationError, Page, TO_ARRAY_HARD_CAP } from '../../src/index.js';
import { bindResource, defineResource, list } from '../../src/core/resource.js';
import { testTransport } from '../helpers/transport.js';
import { API_VERSIONS } from '../../src/core/versions.js';
import { PROGRAM, formPairs, startServer, type Recorded, type Reply, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51PaginationKey000000';
// Newest first, as Stripe lists: iprg_7 … iprg_1.
const PROGRAMS = Array.from({ length: 7 }, (_, i) => ({ ...PROGRAM, id: `iprg_${7 - i}`, created: 1_700_000_000 + 7 - i }));
const ACCOUNTS = Array.from({ length: 5 }, (_, i) => ({ id: `acct_${i + 1}`, object: 'v2.core.account' }));

function v1List(req: Recorded): Reply {
  const q = Object.fromEntries(formPairs(req.rawQuery));
  const limit = Number(q.limit ?? 10);
  let items = PROGRAMS;
  let hasMore: boolean;
  if (q.ending_before) {
    const end = items.findIndex((p) => p.id === q.ending_before);
    const start = Math.max(0, end - limit);
    hasMore = start > 0;
    items = items.slice(start, end);
  } else {
    const from = q.starting_after ? items.findIndex((p) => p.id === q.starting_after) + 1 : 0;
    hasMore = from + limit < items.length;
    items = items.slice(from, from + limit);
  }
  return { body: { object: 'list', url: '/v1/issuing/programs', has_more: hasMore, data: items } };
}

let nextUrlOverride: string | undefined;
function v2List(req: Recorded): Reply {
  const q = Object.fromEntries(formPairs(req.rawQuery));
  const page = Number(q.page ?? 0);
  const size = 2;
  const data = ACCOUNTS.slice(page * size, page * size + size);
  const more = (page + 1) * size < ACCOUNTS.length;
  return {
    body: {
      data,
      next_page_url: nextUrlOverride ?? (more ? `/v2/core/accounts?page=${page + 1}&limit=${size}` : null),
      previous_page_url: page > 0 ? `/v2/core/accounts?page=${page - 1}` : null,
    },
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req) => (req.path.startsWith('/v2/') ? v2List(req) : v1List(req)));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  nextUrlOverride = undefined;
});
const cp = () => new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off' });
const query = (r: Recorded) => Object.fromEntries(formPairs(r.rawQuery));

/** A v2 list endpoint bound the way resources bind theirs (the v2 accounts resource is written elsewhere). */
function v2Accounts(defaults = {}) {
  const transport = testTransport(server.url, { apiKey: KEY, strict: true });
  const def = defineResource('v2.core.accounts', {
    list: list('/v2/core/accounts', {
      params: z.strictObject({ limit: z.optional(z.number()), include: z.optional(z.array(z.string())) }),
      returns: z.object({ id: z.string(), object: z.literal('v2.core.account') }),
      version: API_VERSIONS.v2Accounts,
    }),
  });
  return bindResource(def, { transport, defaults });
}

describe('v1 lists (has_more / starting_after)', () => {
  it('for await on the un-awaited call walks every page with starting_after', async () => {
    const ids: string[] = [];
    for await (const p of cp().issuing.programs.list({ limit: 3 })) ids.push(p.id);
    expect(ids).toEqual(PROGRAMS.map((p) => p.id));
    expect(server.requests.map(query)).toEqual([{ limit: '3' }, { limit: '3', starting_after: 'iprg_5' }, { limit: '3', starting_after: 'iprg_2' }]);
  });

  it('the awaited first page: data, has_more, url; getNextPage; hasNextPage false on the last page', async () => {
    const first = await cp().issuing.programs.list({ limit: 4 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data.map((p) => p.id)).toEqual(['iprg_7', 'iprg_6', 'iprg_5', 'iprg_4']);
    expect(first.has_more).toBe(true);
    expect(first.url).toBe('/v1/issuing/programs');
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data.map((p) => p.id)).toEqual(['iprg_3', 'iprg_2', 'iprg_1']);
    expect(second.hasNextPage()).toBe(false);
    expect(() => second.getNextPage()).toThrow(CardplaneConfigurationError);
    expect(server.requests).toHaveLength(2);
  });

  it('iterPages yields each page once', async () => {
    const first = await cp().issuing.programs.list({ limit: 2 });
    const sizes: number[] = [];
    for await (const page of first.iterPages()) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2, 2, 1]);
  });

  it('ending_before walks backwards using the first id of each page, yielding items away from the cursor (as stripe-node)', async () => {
    const ids: string[] = [];
    for await (const p of cp().issuing.programs.list({ limit: 2, ending_before: 'iprg_1' })) ids.push(p.id);
    expect(server.requests.map(query)).toEqual([
      { limit: '2', ending_before: 'iprg_1' },
      { limit: '2', ending_before: 'iprg_3' },
      { limit: '2', ending_before: 'iprg_5' },
    ]);
    expect(ids).toEqual(['iprg_2', 'iprg_3', 'iprg_4', 'iprg_5', 'iprg_6', 'iprg_7']);
    // page.data itself stays in the API's order
    const first = await cp().issuing.programs.list({ limit: 2, ending_before: 'iprg_1' });
    expect(first.data.map((p) => p.id)).toEqual(['iprg_3', 'iprg_2']);
  });

  it('every page carries the same headers (account, version, auth) and no idempotency key', async () => {
    await cp().forAccount('acct_P').issuing.programs.list({ limit: 3 }).toArray({ limit: 100 });
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.headers['stripe-account']).toBe('acct_P');
      expect(r.headers['stripe-version']).toBe(API_VERSIONS.issuingPrograms);
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(r.headers['idempotency-key']).toBeUndefined();
    }
  });

  it('toArray({ limit }) stops at the limit and fetches no more pages than needed', async () => {
    const items = await cp().issuing.programs.list({ limit: 2 }).toArray({ limit: 3 });
    expect(items.map((p) => p.id)).toEqual(['iprg_7', 'iprg_6', 'iprg_5']);
    expect(server.requests).toHaveLength(2);
  });

  it(`toArray refuses a limit above ${TO_ARRAY_HARD_CAP}, below 1 or not an integer`, async () => {
    for (const limit of [TO_ARRAY_HARD_CAP + 1, 0, 1.5, Number.NaN]) {
      await expect(cp().issuing.programs.list().toArray({ limit })).rejects.toBeInstanceOf(CardplaneConfigurationError);
    }
    expect(await cp().issuing.programs.list().toArray({ limit: TO_ARRAY_HARD_CAP })).toHaveLength(7);
  });

  it('never mutates the caller’s params while paging', async () => {
    const params = Object.freeze({ limit: 3 });
    await cp().issuing.programs.list(params).toArray({ limit: 100 });
    expect(params).toEqual({ limit: 3 });
  });
});

describe('v2 lists (next_page_url)', () => {
  it('fetches next_page_url verbatim, with the same headers, until it is null', async () => {
    const ids: string[] = [];
    for await (const a of v2Accounts({ stripeContext: 'acct_ctx' }).list({ limit: 2, include: ['identity'] })) ids.push(a.id);
    expect(ids).toEqual(ACCOUNTS.map((a) => a.id));
    expect(server.requests.map((r) => `${r.path}?${r.rawQuery}`)).toEqual([
      '/v2/core/accounts?limit=2&include[0]=identity',
      '/v2/core/accounts?page=1&limit=2',
      '/v2/core/accounts?page=2&limit=2',
    ]);
    for (const r of server.requests) {
      expect(r.method).toBe('GET');
      expect(r.headers['stripe-context']).toBe('acct_ctx');
      expect(r.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
    }
  });

  it('the real v2 accounts resource through forAccount: Stripe-Context and the v2 pin on every page', async () => {
    const ids = await cp().forAccount('acct_owner').v2.core.accounts.list({ limit: 2 }).toArray({ limit: 100 });
    expect(ids.map((a) => a.id)).toEqual(ACCOUNTS.map((a) => a.id));
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.headers['stripe-context']).toBe('acct_owner');
      expect(r.headers['stripe-account']).toBeUndefined();
      expect(r.headers['stripe-version']).toBe(API_VERSIONS.v2Accounts);
    }
  });

  it('page fields: next_page_url, previous_page_url; no has_more', async () => {
    const first = await v2Accounts().list({ limit: 2 });
    expect(first.next_page_url).toBe('/v2/core/accounts?page=1&limit=2');
    expect(first.previous_page_url).toBeNull();
    expect(first.has_more).toBeUndefined();
    const second = await first.getNextPage();
    expect(second.previous_page_url).toBe('/v2/core/accounts?page=0');
    const third = await second.getNextPage();
    expect(third.next_page_url).toBeNull();
    expect(third.hasNextPage()).toBe(false);
  });

  it('an absolute next_page_url on another origin is refused and nothing is sent', async () => {
    nextUrlOverride = 'https://evil.example/v2/core/accounts?page=1';
    const first = await v2Accounts().list({ limit: 2 });
    await expect(first.getNextPage()).rejects.toBeInstanceOf(CardplaneConfigurationError);
    expect(server.requests).toHaveLength(1);
  });

  it('an absolute next_page_url on the configured origin is followed', async () => {
    nextUrlOverride = `${server.url}/v2/core/accounts?page=2`;
    const first = await v2Accounts().list({ limit: 2 });
    nextUrlOverride = undefined;
    const second = await first.getNextPage();
    expect(second.data.map((a) => a.id)).toEqual(['acct_5']);
    expect(server.requests[1]!.rawQuery).toBe('page=2');
  });
});

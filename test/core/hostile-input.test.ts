import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Cardplane, CardplaneValidationError } from '../../src/index.js';
import { PROGRAM, startServer, type TestServer } from '../helpers/server.js';

const KEY = 'sk_test_51HostileInputKey0000000';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ body: PROGRAM }));
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});
const client = () => new Cardplane({ apiKey: KEY, baseUrl: server.url, maxRetries: 0, logLevel: 'off' });

type AnyMethod = (...args: unknown[]) => unknown;

/** Calls a method and asserts it did not throw and returned a promise rejected with CardplaneValidationError. */
async function expectRejected(fn: () => unknown, label: string): Promise<CardplaneValidationError> {
  let result: unknown;
  expect(() => (result = fn()), `${label} threw synchronously`).not.toThrow();
  expect(typeof (result as { then?: unknown } | undefined)?.then, `${label} returned no promise`).toBe('function');
  const error = await (result as Promise<unknown>).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${label} did not reject with CardplaneValidationError`).toBeInstanceOf(CardplaneValidationError);
  return error as CardplaneValidationError;
}

/** Every method of every resource of a client, with its dotted name. */
function methodsOf(node: object, prefix = ''): [string, AnyMethod][] {
  const out: [string, AnyMethod][] = [];
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') out.push([name, value as AnyMethod]);
    else if (value && typeof value === 'object') out.push(...methodsOf(value, name));
  }
  return out;
}

describe('path ids never leave their segment', () => {
  it.each(['..', '.'])('refuses the id %j before anything is sent (v1 and v2)', async (id) => {
    const cp = client();
    const e1 = await expectRejected(() => cp.accounts.deletePerson('acct_1', id), 'deletePerson');
    expect(e1.field).toBe('person');
    const e2 = await expectRejected(() => cp.v2.core.accounts.close(id), 'close');
    expect(e2.field).toBe('account');
    const e3 = await expectRejected(() => cp.accounts.deletePerson(id, 'person_1'), 'deletePerson');
    expect(e3.field).toBe('account');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses empty and non-string ids, naming the id argument', async () => {
    const cp = client();
    for (const id of [
      '',
      undefined,
      null,
      42,
      {},
      ['acct_1'],
      Symbol('id'),
      {
        toString: () => {
          throw new Error('boom');
        },
      },
    ]) {
      const error = await expectRejected(() => (cp.accounts.deletePerson as AnyMethod)('acct_1', id), `deletePerson(${String(typeof id)})`);
      expect(error.field).toBe('person');
    }
    expect(server.requests).toHaveLength(0);
  });

  it('encoded look-alikes of dot segments and slashes stay inside the segment', async () => {
    const cp = client();
    await cp.accounts.deletePerson('acct_1', '%2e%2e');
    expect(server.requests.at(-1)!.path).toBe('/v1/accounts/acct_1/persons/%252e%252e');
    await cp.accounts.deletePerson('acct_1', '../..');
    expect(server.requests.at(-1)!.path).toBe('/v1/accounts/acct_1/persons/..%2F..');
    await cp.accounts.deletePerson('acct_1', '...');
    expect(server.requests.at(-1)!.path).toBe('/v1/accounts/acct_1/persons/...');
  });
});

describe('lone surrogates: a typed rejection, never a URIError', () => {
  it('in an id', async () => {
    const cp = client();
    for (const id of ['\ud800', 'ic_\udc00x', 'ic_x\ud83d']) {
      const error = await expectRejected(() => cp.issuing.cards.retrieve(id), 'retrieve');
      expect(error.field).toBe('card');
      expect(error.message).toMatch(/surrogate/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('a well-formed pair (an emoji) is fine', async () => {
    await client().issuing.programs.retrieve('iprg_😀');
    expect(server.requests.at(-1)!.path).toBe('/v1/issuing/programs/iprg_%F0%9F%98%80');
  });

  it('in a param value and in a metadata key (form body and query string)', async () => {
    const cp = client();
    const e1 = await expectRejected(() => cp.issuing.programs.update('iprg_1', { metadata: { order: 'x\ud800' } }), 'update');
    expect(e1.field).toBe('metadata.order');
    const e2 = await expectRejected(() => cp.issuing.programs.update('iprg_1', { metadata: { ['k\udfff']: 'v' } }), 'update');
    expect(e2.field).toBe('metadata');
    expect(e2.message).toMatch(/surrogate/);
    const e3 = await expectRejected(() => cp.issuing.cards.list({}, { unvalidatedParams: { credit_user: { name: '\udc00' } } }), 'list');
    expect(e3.field).toBe('credit_user.name');
    await expect(cp.rawRequest('GET', '/v1/issuing/cards', { email: '\ud800' })).rejects.toBeInstanceOf(CardplaneValidationError);
    await expect(cp.rawRequest('POST', '/v2/core/accounts', { display_name: '\ud800' })).rejects.toBeInstanceOf(CardplaneValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('no resource method throws synchronously', () => {
  const hostile: [string, unknown][] = [
    ['a number', 42],
    ['a lone surrogate', '\ud800'],
    ['a symbol', Symbol('x')],
    ['a boolean', true],
    ['a function', () => 1],
  ];

  it('every method, given a hostile first argument, returns a promise rejected with CardplaneValidationError', async () => {
    const methods = methodsOf(client());
    expect(methods.length).toBeGreaterThan(100);
    for (const [name, method] of methods) {
      for (const [what, value] of hostile) await expectRejected(() => method(value), `${name}(${what})`);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('every method with ids, given undefined, an object or a dot segment as its last id', async () => {
    const cp = client();
    const samples: [string, AnyMethod, number][] = [
      ['accounts.deletePerson', cp.accounts.deletePerson as AnyMethod, 2],
      ['accounts.updatePerson', cp.accounts.updatePerson as AnyMethod, 2],
      ['issuing.cards.update', cp.issuing.cards.update as AnyMethod, 1],
      ['issuing.creditUnderwritingRecords.correct', cp.issuing.creditUnderwritingRecords.correct as AnyMethod, 1],
      ['treasury.financialAccounts.retrieveFeatures', cp.treasury.financialAccounts.retrieveFeatures as AnyMethod, 1],
      ['testHelpers.issuing.cards.deliverCard', cp.testHelpers.issuing.cards.deliverCard as AnyMethod, 1],
      ['v2.core.accounts.update', cp.v2.core.accounts.update as AnyMethod, 1],
      ['v2.core.events.retrieve', cp.v2.core.events.retrieve as AnyMethod, 1],
    ];
    for (const [name, method, ids] of samples) {
      for (const bad of [undefined, {}, '..', 0, '\udc00']) {
        const args = [...Array.from({ length: ids - 1 }, () => 'x_1'), bad];
        await expectRejected(() => method(...args), `${name}(…, ${String(bad)})`);
      }
    }
    expect(server.requests).toHaveLength(0);
  });

  it('params or options that throw when read reject the promise', async () => {
    const cp = client();
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    await expectRejected(() => cp.issuing.cards.create(trap as never), 'create(proxy params)');
    await expectRejected(() => cp.issuing.cards.list({}, trap as never), 'list(…, proxy options)');
    await expectRejected(() => cp.issuing.creditUnderwritingRecords.createFromApplication(trap as never), 'createFromApplication(proxy params)');
    expect(server.requests).toHaveLength(0);
  });
});

describe('unchecked params: depth and cycles', () => {
  const deep = (levels: number): Record<string, unknown> => {
    let value: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('10 000 levels of nesting: a typed rejection, not a stack overflow', async () => {
    const cp = client();
    const error = await expectRejected(() => cp.issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { application: deep(10_000) } }), 'create');
    expect(error.message).toMatch(/nested deeper than 32 levels/);
    expect(error.field.startsWith('application.a.a')).toBe(true);
    await expect(cp.rawRequest('POST', '/v2/core/accounts', deep(10_000))).rejects.toBeInstanceOf(CardplaneValidationError);
    await expect(cp.rawRequest('GET', '/v1/issuing/cards', deep(10_000))).rejects.toBeInstanceOf(CardplaneValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('nesting within the bound is sent', async () => {
    await client().issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { application: deep(20) } });
    expect(server.requests).toHaveLength(1);
  });

  it('a cycle is refused (object and array); a shared, non-cyclic value is not', async () => {
    const cp = client();
    const loop: Record<string, unknown> = { name: 'x' };
    loop.self = loop;
    const e1 = await expectRejected(() => cp.issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { credit_user: loop } }), 'object cycle');
    expect(e1.field).toBe('credit_user.self');
    expect(e1.message).toMatch(/circular/);
    const list: unknown[] = ['a'];
    list.push(list);
    const e2 = await expectRejected(() => cp.issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { items: list } }), 'array cycle');
    expect(e2.field).toBe('items.1');
    await expect(cp.rawRequest('POST', '/v2/core/accounts', { a: loop })).rejects.toBeInstanceOf(CardplaneValidationError);
    expect(server.requests).toHaveLength(0);
    const shared = { amount: 1 };
    await cp.issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { x: shared, y: shared } });
    expect(server.requests).toHaveLength(1);
  });
});

describe('keys bracket notation cannot carry', () => {
  it('an empty metadata key is refused, naming the field', async () => {
    const cp = client();
    const error = await expectRejected(() => cp.issuing.programs.update('iprg_1', { metadata: { '': 'v' } }), 'update');
    expect(error.field).toBe('metadata');
    expect(error.message).toMatch(/empty key/);
    expect(server.requests).toHaveLength(0);
  });

  it.each(['a[b', 'a]b', 'a[b]', '[0]'])('a key holding brackets (%j) is refused, in a body and in a query', async (key) => {
    const cp = client();
    const error = await expectRejected(() => cp.issuing.programs.update('iprg_1', { metadata: { [key]: 'v' } }), 'update');
    expect(error.field).toBe(`metadata.${key}`);
    await expectRejected(() => cp.issuing.cards.create({ currency: 'usd', type: 'virtual' }, { unvalidatedParams: { [key]: 'v' } }), 'create');
    await expect(cp.rawRequest('GET', '/v1/issuing/cards', { [key]: 'v' })).rejects.toBeInstanceOf(CardplaneValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('ordinary unusual keys (spaces, dots, unicode) are still sent, encoded', async () => {
    await client().issuing.programs.update('iprg_1', { metadata: { 'a b.c': 'v', ключ: 'w' } });
    expect(server.requests.at(-1)!.body).toBe('metadata[a%20b.c]=v&metadata[%D0%BA%D0%BB%D1%8E%D1%87]=w');
  });
});

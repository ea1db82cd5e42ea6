import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cardplane, CardplaneValidationError } from '../../src/index.js';
import { startServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => ({ body: { id: 'iprg_1', object: 'issuing.program', created: 1, is_default: true, metadata: {}, platform_program: 'iprg_p' } }));
});
afterAll(() => server.close());

describe('smoke', () => {
  it('creates a program with the preview version and Stripe-Account', async () => {
    const cp = new Cardplane({ apiKey: 'sk_test_123', baseUrl: server.url });
    const p = await cp.forAccount('acct_9').issuing.programs.create({ platform_program: 'iprg_p', is_default: true });
    expect(p.id).toBe('iprg_1');
    const req = server.requests.at(-1)!;
    expect(req.headers['stripe-version']).toBe('2026-05-27.preview; issuing_program_beta=v2');
    expect(req.headers['stripe-account']).toBe('acct_9');
    expect(req.body).toBe('platform_program=iprg_p&is_default=true');
    await expect(cp.issuing.programs.create({ platform_program: 'iprg_p', bogus: 1 } as never)).rejects.toBeInstanceOf(CardplaneValidationError);
  });
});

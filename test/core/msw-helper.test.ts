import { describe, expect, it } from 'vitest';
import { useMockStripe } from '../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_123'] });

describe('msw replay', () => {
  it('creates an Issuing program on a connected account through msw', async () => {
    const program = await t.cp.issuing.programs.create({ platform_program: 'iprg_123', is_default: true }, { stripeAccount: 'acct_123' });
    expect(program.object).toBe('issuing.program');
    expect(program.platform_program).toBe('iprg_123');
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/programs');
    expect(wire.form).toEqual([
      ['platform_program', 'iprg_123'],
      ['is_default', 'true'],
    ]);
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['stripe-version']).toBe('2026-05-27.preview; issuing_program_beta=v2');
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('gets a fresh store per test', async () => {
    const page = await t.cp.issuing.programs.list();
    expect(page.data).toEqual([]);
  });
});

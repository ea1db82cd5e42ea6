import { describe, expect, expectTypeOf, it } from 'vitest';
import { API_VERSIONS, CardplaneValidationError, NotFoundError, type IssuingProgram } from '../../../src/index.js';
import { IssuingProgramSchema } from '../../../src/schemas/index.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_123'] });
const PREVIEW = '2026-05-27.preview; issuing_program_beta=v2';

describe('issuing.programs (preview)', () => {
  it('pins the preview version', () => {
    expect(API_VERSIONS.issuingPrograms).toBe(PREVIEW);
  });

  it('creates on a connected account with the preview Stripe-Version and an Idempotency-Key', async () => {
    const program = await t.cp.issuing.programs.create({ platform_program: 'iprg_platform', is_default: true }, { stripeAccount: 'acct_123' });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/programs');
    expect(wire.form).toEqual([
      ['platform_program', 'iprg_platform'],
      ['is_default', 'true'],
    ]);
    expect(wire.headers['stripe-version']).toBe(PREVIEW);
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expectTypeOf(program).toEqualTypeOf<IssuingProgram>();
    expect(program.id).toMatch(/^iprg_/);
    expect(program.platform_program).toBe('iprg_platform');
    expect(program.is_default).toBe(true);
    expect(program.metadata).toEqual({});
  });

  it('retrieves with GET, the preview version and no Idempotency-Key (forAccount)', async () => {
    const created = await t.cp.issuing.programs.create({ platform_program: 'iprg_platform' }, { stripeAccount: 'acct_123' });
    const program = await t.cp.forAccount('acct_123').issuing.programs.retrieve(created.id);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/programs/${created.id}`);
    expect(wire.rawQuery).toBe('');
    expect(wire.headers['stripe-version']).toBe(PREVIEW);
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(program).toEqual(created);
  });

  it('a per-call apiVersion still wins over the pin', async () => {
    await t.cp.issuing.programs.list(undefined, { apiVersion: '2026-06-01.preview; issuing_program_beta=v3' });
    expect((await t.last()).headers['stripe-version']).toBe('2026-06-01.preview; issuing_program_beta=v3');
  });

  it('updates is_default and metadata', async () => {
    const created = await t.cp.issuing.programs.create({ platform_program: 'iprg_platform', is_default: true });
    await t.cp.issuing.programs.update(created.id, { metadata: { a: '1' } });
    const program = await t.cp.issuing.programs.update(created.id, { is_default: false, metadata: { a: '' } });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/issuing/programs/${created.id}`);
    expect(wire.form).toEqual([
      ['is_default', 'false'],
      ['metadata[a]', ''],
    ]);
    expect(wire.headers['stripe-version']).toBe(PREVIEW);
    expect(program.is_default).toBe(false);
    expect(program.metadata).toEqual({});
  });

  it('lists and pages with for await', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.cp.issuing.programs.create({ platform_program: `iprg_p${i}` })).id);
    const page = await t.cp.issuing.programs.list({ limit: 2 });
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/issuing/programs');
    expect(wire.query).toEqual([['limit', '2']]);
    expect(wire.headers['stripe-version']).toBe(PREVIEW);
    expect(page.data.map((p) => p.id)).toEqual([ids[2], ids[1]]);
    expect(page.hasNextPage()).toBe(true);
    const seen: string[] = [];
    for await (const p of t.cp.issuing.programs.list({ limit: 2 })) seen.push(p.id);
    expect(seen).toEqual([...ids].reverse());
  });

  it('answers 404 for an unknown program', async () => {
    await expect(t.cp.issuing.programs.retrieve('iprg_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('validates params before sending', async () => {
    // @ts-expect-error platform_program is required
    const err = await t.cp.issuing.programs.create({ is_default: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('platform_program');
    // @ts-expect-error unknown key
    const err2 = await t.cp.issuing.programs.update('iprg_1', { platform_program: 'iprg_2' }).catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('platform_program');
    expect(t.mock.requests).toHaveLength(0);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented issuing.program object', () => {
    expect(IssuingProgramSchema.parse(documented('issuing.program')).object).toBe('issuing.program');
  });
});

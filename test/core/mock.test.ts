import { describe, expect, it } from 'vitest';
import { Cardplane, NotFoundError } from '../../src/index.js';
import { createMockStripe } from '../../src/testing/index.js';

describe('mock Stripe', () => {
  it('creates, retrieves, lists and 404s programs in memory', async () => {
    const mock = createMockStripe();
    const cp = new Cardplane({ apiKey: 'sk_test_mock', fetch: mock.fetch, strict: true });
    const a = await cp.issuing.programs.create({ platform_program: 'iprg_x' });
    await cp.issuing.programs.update(a.id, { metadata: { k: 'v' } });
    const b = await cp.issuing.programs.create({ platform_program: 'iprg_y', is_default: false });
    expect((await cp.issuing.programs.retrieve(a.id)).metadata).toEqual({ k: 'v' });
    const all = await cp.issuing.programs.list({ limit: 1 }).toArray({ limit: 10 });
    expect(all.map((p) => p.id)).toEqual([b.id, a.id]);
    await expect(cp.issuing.programs.retrieve('iprg_nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

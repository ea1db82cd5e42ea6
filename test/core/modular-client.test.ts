import { inspect } from 'node:util';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Cardplane, CardplaneClient, CardplaneValidationError, issuingCardholders, issuingCards, testHelpersIssuing, v2CoreAccounts, type IssuingCard } from '../../src/index.js';
import { MOCK_BASE, useMockStripe } from '../helpers/msw.js';
import { UUID_V4 } from './uuid.js';

const t = useMockStripe({}, { accounts: ['acct_1', 'acct_123'] });
const KEY = 'sk_test_modular_0123456789abcdef';
const client = (): CardplaneClient => new CardplaneClient({ apiKey: KEY, baseUrl: MOCK_BASE, strict: true, maxRetries: 0 });
const ROOT = resolve(import.meta.dirname, '../..');

describe('CardplaneClient.use', () => {
  it('binds one resource: same wire request and typed result as cp.issuing.cards', async () => {
    const acme = client().forAccount('acct_123');
    const holder = await acme
      .use(issuingCardholders)
      .create({ name: 'Jenny Rosen', billing: { address: { line1: '1 Main St', city: 'SF', postal_code: '94111', country: 'US' } } });
    const card = await acme.use(issuingCards).create({ cardholder: holder.id, currency: 'usd', type: 'virtual', status: 'active' });
    expectTypeOf(card).toEqualTypeOf<IssuingCard>();
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/cards');
    expect(wire.headers['stripe-account']).toBe('acct_123');
    expect(wire.headers['idempotency-key']).toMatch(UUID_V4);
    expect(wire.form).toEqual([
      ['cardholder', holder.id],
      ['currency', 'usd'],
      ['type', 'virtual'],
      ['status', 'active'],
    ]);
    expect(card).toMatchObject({ object: 'issuing.card', cardholder: { id: holder.id }, status: 'active' });
    // The full client sees the very same object.
    expect((await t.cp.issuing.cards.retrieve(card.id, {}, { stripeAccount: 'acct_123' })).id).toBe(card.id);
  });

  it('binds a namespace of resources (test helpers) and keeps v2 routing (Stripe-Context from forAccount)', async () => {
    const helpers = client().use(testHelpersIssuing);
    expect(typeof helpers.authorizations.create).toBe('function');
    const acct = await client().use(v2CoreAccounts).create({ display_name: 'Acme' });
    await client().forAccount(acct.id).use(v2CoreAccounts).retrieve(acct.id);
    const wire = await t.last();
    expect(wire.path).toBe(`/v2/core/accounts/${acct.id}`);
    expect(wire.headers['stripe-context']).toBe(acct.id);
    expect(wire.headers['stripe-account']).toBeUndefined();
  });

  it('validates params before sending, exactly as the full client', async () => {
    const before = t.mock.requests.length;
    const cards = client().use(issuingCards);
    // @ts-expect-error -- `type` must be virtual or physical
    const error = await cards.create({ currency: 'usd', type: 'plastic' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardplaneValidationError);
    expect((error as CardplaneValidationError).issues[0]?.field).toBe('type');
    expect(t.mock.requests.length).toBe(before);
  });

  it('forAccount/withOptions keep the class; inspect and JSON never show the key', () => {
    const base = client();
    expect(base.forAccount('acct_1')).toBeInstanceOf(CardplaneClient);
    expect(base.forAccount('acct_1')).not.toBeInstanceOf(Cardplane);
    const full = new Cardplane({ apiKey: KEY, baseUrl: MOCK_BASE });
    expect(full.forAccount('acct_1')).toBeInstanceOf(Cardplane);
    expect(typeof full.forAccount('acct_1').issuing.cards.create).toBe('function');
    expect(inspect(base)).toMatch(/^CardplaneClient /);
    expect(inspect(full)).toMatch(/^Cardplane /);
    for (const text of [inspect(base), JSON.stringify(base), inspect(base.forAccount('acct_1'))]) {
      expect(text).not.toContain(KEY);
      expect(text).toContain('sk_test_[REDACTED]');
    }
  });
});

describe('tree shaking', () => {
  it('a bundle of a create-card script with CardplaneClient keeps the card schemas and drops every other resource', async () => {
    const source = `import { CardplaneClient, issuingCards } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};
const cards = new CardplaneClient({ apiKey: process.env.STRIPE_SECRET_KEY }).use(issuingCards);
console.log(await cards.create({ cardholder: 'ich_123', currency: 'usd', type: 'virtual' }));`;
    const result = await build({
      stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([file]) => file.replace(/\\/g, '/'));
    expect(inputs).toContain('src/resources/issuing/cards.ts');
    expect(inputs).toContain('src/generated/schemas/issuing-cards.ts');
    expect(inputs).toContain('src/generated/endpoints/issuing-cards.ts');
    for (const dropped of [
      'src/generated/schemas/v2-core-accounts.ts',
      'src/generated/schemas/treasury-financial-accounts.ts',
      'src/generated/schemas/issuing-disputes.ts',
      'src/generated/endpoints/issuing-authorizations.ts',
      'src/resources/index.ts',
      'src/resources/issuing/authorizations.ts',
    ]) {
      expect(inputs, dropped).not.toContain(dropped);
    }
    // zod/mini is tree-shaken too: no classic zod, no locale table (the messages are cardplane's own),
    // and not zod's util namespace as a whole (only the functions zod's parsers use).
    expect(inputs.some((f) => f.includes('zod/v4/classic/'))).toBe(false);
    expect(inputs.filter((f) => f.includes('zod/v4/locales/'))).toEqual([]);
    expect(String(result.outputFiles?.[0]?.text ?? '')).not.toMatch(/BIGINT_FORMAT_RANGES/);
  });
});

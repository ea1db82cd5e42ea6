import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type IssuingPersonalizationDesign, type IssuingPhysicalBundle } from '../../../src/index.js';
import { IssuingPersonalizationDesignSchema, IssuingPhysicalBundleSchema } from '../../../src/schemas/index.js';
import { issuingPersonalizationDesign, issuingPhysicalBundle } from '../../../src/testing/fixtures/issuing-spend.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_pd'] });

describe('issuing.personalizationDesigns', () => {
  it('creates a design: ordered form pairs, headers, typed result in review', async () => {
    const design = await t.cp.forAccount('acct_pd').issuing.personalizationDesigns.create(
      {
        physical_bundle: 'ics_cardplane_custom',
        name: 'Ops card',
        card_logo: 'file_logo1',
        carrier_text: { header_title: 'Welcome', footer_body: 'Call us' },
        lookup_key: 'ops-v1',
        preferences: { is_default: true },
        metadata: { team: 'ops' },
      },
      { idempotencyKey: 'pd-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/personalization_designs');
    expect(wire.form).toEqual([
      ['physical_bundle', 'ics_cardplane_custom'],
      ['name', 'Ops card'],
      ['card_logo', 'file_logo1'],
      ['carrier_text[header_title]', 'Welcome'],
      ['carrier_text[footer_body]', 'Call us'],
      ['lookup_key', 'ops-v1'],
      ['preferences[is_default]', 'true'],
      ['metadata[team]', 'ops'],
    ]);
    expect(wire.headers['stripe-account']).toBe('acct_pd');
    expect(wire.headers['idempotency-key']).toBe('pd-1');
    expectTypeOf(design).toEqualTypeOf<IssuingPersonalizationDesign>();
    expect(design).toMatchObject({
      object: 'issuing.personalization_design',
      status: 'review',
      name: 'Ops card',
      card_logo: 'file_logo1',
      physical_bundle: 'ics_cardplane_custom',
      lookup_key: 'ops-v1',
      preferences: { is_default: true, is_platform_default: null },
      carrier_text: { header_title: 'Welcome', header_body: null, footer_title: null, footer_body: 'Call us' },
      metadata: { team: 'ops' },
    });
  });

  it('retrieves, updates (back to review) and lists by status and lookup_keys across pages', async () => {
    const a = await t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_cardplane_standard', lookup_key: 'a' });
    const b = await t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_cardplane_standard', lookup_key: 'b' });
    const c = await t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_cardplane_standard', lookup_key: 'c' });
    expect((await t.cp.issuing.personalizationDesigns.retrieve(a.id)).lookup_key).toBe('a');
    expect((await t.last()).path).toBe(`/v1/issuing/personalization_designs/${a.id}`);
    await t.cp.testHelpers.issuing.personalizationDesigns.activate(a.id);
    const upd = await t.cp.issuing.personalizationDesigns.update(a.id, { name: 'Renamed', carrier_text: { header_title: 'Hi' } });
    expect((await t.last()).form).toEqual([
      ['name', 'Renamed'],
      ['carrier_text[header_title]', 'Hi'],
    ]);
    expect(upd).toMatchObject({ name: 'Renamed', status: 'review' });

    const before = (await t.requests()).length;
    const keys: (string | null)[] = [];
    for await (const d of t.cp.issuing.personalizationDesigns.list({ status: 'review', limit: 2 })) keys.push(d.lookup_key);
    expect(keys).toEqual(['c', 'b', 'a']);
    expect((await t.requests()).slice(before)).toHaveLength(2);
    const byKey = await t.cp.issuing.personalizationDesigns.list({ lookup_keys: ['b', 'c'] });
    expect((await t.last()).query).toEqual([
      ['lookup_keys[0]', 'b'],
      ['lookup_keys[1]', 'c'],
    ]);
    expect(byKey.data.map((d) => d.id)).toEqual([c.id, b.id]);
    await expect(t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_cardplane_standard', lookup_key: 'b' })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_missing' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('validation errors name the field', async () => {
    const missing = await t.cp.issuing.personalizationDesigns.create({ name: 'x' } as never).catch((e: unknown) => e);
    expect((missing as CardplaneValidationError).field).toBe('physical_bundle');
    const pref = await t.cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_1', preferences: {} as never }).catch((e: unknown) => e);
    expect((pref as CardplaneValidationError).field).toBe('preferences.is_default');
    const st = await t.cp.issuing.personalizationDesigns.list({ status: 'approved' as never }).catch((e: unknown) => e);
    expect((st as CardplaneValidationError).field).toBe('status');
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented personalization design (strict parse)', () => {
    expect(IssuingPersonalizationDesignSchema.parse(documented('issuing.personalization_design')).status).toBe('review');
  });

  it('our design fixture matches the schema', () => {
    expect(IssuingPersonalizationDesignSchema.safeParse(issuingPersonalizationDesign()).success).toBe(true);
  });
});

describe('issuing.physicalBundles', () => {
  it('retrieves and lists the built-in bundles by type and status', async () => {
    const bundle = await t.cp.issuing.physicalBundles.retrieve('ics_cardplane_standard');
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/issuing/physical_bundles/ics_cardplane_standard');
    expectTypeOf(bundle).toEqualTypeOf<IssuingPhysicalBundle>();
    expect(bundle).toMatchObject({ object: 'issuing.physical_bundle', type: 'standard', status: 'active' });

    const before = (await t.requests()).length;
    const ids: string[] = [];
    for await (const b of t.cp.issuing.physicalBundles.list({ status: 'active', limit: 1 })) ids.push(b.id);
    expect(ids.sort()).toEqual(['ics_cardplane_custom', 'ics_cardplane_standard']);
    const pages = (await t.requests()).slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.query).toEqual([
      ['status', 'active'],
      ['limit', '1'],
    ]);
    const custom = await t.cp.issuing.physicalBundles.list({ type: 'custom' });
    expect(custom.data.map((b) => b.features.card_logo)).toEqual(['required']);
    await expect(t.cp.issuing.physicalBundles.retrieve('ics_missing')).rejects.toBeInstanceOf(NotFoundError);
    const bad = await t.cp.issuing.physicalBundles.list({ type: 'premium' as never }).catch((e: unknown) => e);
    expect((bad as CardplaneValidationError).field).toBe('type');
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented physical bundle (strict parse)', () => {
    expect(IssuingPhysicalBundleSchema.parse(documented('issuing.physical_bundle')).type).toBe('custom');
  });

  it('our bundle fixture matches the schema', () => {
    expect(IssuingPhysicalBundleSchema.safeParse(issuingPhysicalBundle()).success).toBe(true);
  });
});

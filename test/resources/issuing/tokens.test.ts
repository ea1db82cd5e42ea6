import { describe, expect, expectTypeOf, it } from 'vitest';
import { CardplaneValidationError, InvalidRequestError, NotFoundError, type IssuingToken } from '../../../src/index.js';
import { IssuingTokenSchema } from '../../../src/schemas/index.js';
import { issuingToken } from '../../../src/testing/fixtures/issuing-spend.js';
import { documented, HAS_DOCUMENTED } from '../../helpers/documented.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_tok'] });

/** Tokens are made by the card networks: put them into the mock store. */
function seed(n: number, card = 'ic_tok_card'): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `intok_seed${i}`;
    t.mock.store.put({ ...issuingToken(), id, card, created: 1750000600 + i, status: i === 0 ? 'suspended' : 'active' });
    ids.push(id);
  }
  return ids;
}

describe('issuing.tokens', () => {
  it('retrieves a token: wire and typed result', async () => {
    const [id] = seed(1);
    const tok = await t.cp.forAccount('acct_tok').issuing.tokens.retrieve(id ?? '');
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/tokens/${id}`);
    expect(wire.headers['stripe-account']).toBe('acct_tok');
    expectTypeOf(tok).toEqualTypeOf<IssuingToken>();
    expect(tok).toMatchObject({ object: 'issuing.token', card: 'ic_tok_card', network: 'visa', wallet_provider: 'apple_pay', status: 'suspended' });
  });

  it('updates the status; a deleted token cannot change', async () => {
    const [id] = seed(1);
    const tok = await t.cp.issuing.tokens.update(id ?? '', { status: 'active' }, { idempotencyKey: 'tok-1' });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.form).toEqual([['status', 'active']]);
    expect(wire.headers['idempotency-key']).toBe('tok-1');
    expect(tok.status).toBe('active');
    expect((await t.cp.issuing.tokens.update(id ?? '', { status: 'deleted' })).status).toBe('deleted');
    await expect(t.cp.issuing.tokens.update(id ?? '', { status: 'active' })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('lists the tokens of a card (card required), filtered by status, paging with for await', async () => {
    seed(4);
    t.mock.store.put({ ...issuingToken(), id: 'intok_other', card: 'ic_other' });
    const before = (await t.requests()).length;
    const ids: string[] = [];
    for await (const tok of t.cp.issuing.tokens.list({ card: 'ic_tok_card', status: 'active', limit: 2 })) ids.push(tok.id);
    expect(ids).toEqual(['intok_seed3', 'intok_seed2', 'intok_seed1']);
    const pages = (await t.requests()).slice(before);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.query).toEqual([
      ['card', 'ic_tok_card'],
      ['status', 'active'],
      ['limit', '2'],
    ]);
    expect((await t.cp.issuing.tokens.list({ card: 'ic_other' })).data.map((x) => x.id)).toEqual(['intok_other']);
  });

  it('validation errors name the field and send nothing; unknown ids answer 404', async () => {
    const before = (await t.requests()).length;
    const noCard = await t.cp.issuing.tokens.list({} as never).catch((e: unknown) => e);
    expect(noCard).toBeInstanceOf(CardplaneValidationError);
    expect((noCard as CardplaneValidationError).field).toBe('card');
    const status = await t.cp.issuing.tokens.update('intok_1', { status: 'requested' as never }).catch((e: unknown) => e);
    expect((status as CardplaneValidationError).field).toBe('status');
    const missing = await t.cp.issuing.tokens.update('intok_1', {} as never).catch((e: unknown) => e);
    expect((missing as CardplaneValidationError).field).toBe('status');
    expect((await t.requests()).length).toBe(before);
    await expect(t.cp.issuing.tokens.retrieve('intok_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it.skipIf(!HAS_DOCUMENTED)('accepts the documented token object (strict parse)', () => {
    expect(IssuingTokenSchema.parse(documented('issuing.token')).network).toBe('visa');
  });

  it('our token fixture matches the schema', () => {
    expect(IssuingTokenSchema.safeParse(issuingToken()).success).toBe(true);
  });
});

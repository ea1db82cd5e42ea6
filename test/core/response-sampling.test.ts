import { describe, expect, it } from 'vitest';
import { Cardplane, CardplaneResponseError } from '../../src/index.js';
import { VALIDATE_FIRST, VALIDATE_ONE_IN } from '../../src/core/internal/validate.js';
import { fixtures } from '../../src/testing/index.js';
import { recordingLogger } from '../helpers/server.js';

const KEY = 'sk_test_51SamplingKey0000000';
const card = { ...fixtures.issuingCard(), id: 'ic_sampled' };
/** A card whose `status` is a value the schema does not know: drift at `status`. */
const frozen = { ...card, status: 'frozen' };
/** A card whose `brand` is a number: drift at `brand`. */
const numericBrand = { ...card, brand: 42 };

/** A client whose `fetch` answers from memory: the n-th call (from 1) gets `body(n)`. */
function client(body: (n: number) => unknown, strict = false) {
  const logger = recordingLogger();
  let n = 0;
  const cp = new Cardplane({
    apiKey: KEY,
    baseUrl: 'https://api.stripe.com',
    maxRetries: 0,
    strict,
    logger,
    fetch: async () => new Response(JSON.stringify(body(++n)), { status: 200, headers: { 'content-type': 'application/json', 'request-id': `req_${n}` } }),
  });
  const drifts = () => logger.lines.filter((l) => l.level === 'warn' && l.message.includes('response drift'));
  return { cp, drifts };
}

/** Makes `calls` retrieves in turn, the `drifted`-th answered with a drifted card; whether the drift was reported. */
async function reported(drifted: number, calls = drifted + 1): Promise<boolean> {
  const { cp, drifts } = client((n) => (n === drifted ? frozen : card));
  for (let i = 0; i < calls; i++) await cp.issuing.cards.retrieve('ic_sampled');
  return drifts().length === 1;
}

describe('response validation is sampled per shape in non-strict mode, never in strict mode', () => {
  it('strict mode validates every response: a drifted 500th response throws', async () => {
    const { cp } = client((n) => (n === 500 ? frozen : card), true);
    for (let i = 1; i < 500; i++) await cp.issuing.cards.retrieve('ic_sampled');
    const error = await cp.issuing.cards.retrieve('ic_sampled').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardplaneResponseError);
    expect((error as CardplaneResponseError).message).toMatch(/issuing\.cards\.retrieve does not match its schema: status/);
    expect((error as CardplaneResponseError).requestId).toBe('req_500');
  });

  it(`validates the first ${VALIDATE_FIRST} responses of a shape, then one in ${VALIDATE_ONE_IN}, as the doc says`, async () => {
    expect([VALIDATE_FIRST, VALIDATE_ONE_IN]).toEqual([64, 16]);
    expect(await reported(1)).toBe(true);
    expect(await reported(64)).toBe(true);
    // 65th to 79th skipped, 80th checked, 81st to 95th skipped, 96th checked.
    expect(await reported(65)).toBe(false);
    expect(await reported(79)).toBe(false);
    expect(await reported(80)).toBe(true);
    expect(await reported(81)).toBe(false);
    expect(await reported(96)).toBe(true);
  });

  it('a shape that keeps drifting is reported once, within one sample of the drift starting, then checked every time', async () => {
    // Valid for 200 responses, drifted at `status` from the 201st on, and also at `brand` from the 300th.
    const { cp, drifts } = client((n) => (n <= 200 ? card : n < 300 ? frozen : { ...frozen, brand: 42 }));
    for (let i = 1; i <= 200 + VALIDATE_ONE_IN; i++) await cp.issuing.cards.retrieve('ic_sampled');
    expect(drifts()).toHaveLength(1);
    expect(drifts()[0]!.message).toMatch(/issuing\.cards\.retrieve: status: /);
    for (let i = 200 + VALIDATE_ONE_IN; i < 299; i++) await cp.issuing.cards.retrieve('ic_sampled');
    expect(drifts()).toHaveLength(1);
    // A drifted shape is checked on every response again: the new drift of the 300th is reported at once.
    await cp.issuing.cards.retrieve('ic_sampled');
    expect(drifts()).toHaveLength(2);
    expect(drifts()[1]!.message).toMatch(/brand: /);
  });

  it('counts per endpoint and per client, and counts list items one by one', async () => {
    // 100 retrieves of one client do not start the sampling of another client or of another endpoint.
    const first = client(() => card);
    for (let i = 0; i < 100; i++) await first.cp.issuing.cards.retrieve('ic_sampled');
    const { cp, drifts } = client((n) =>
      n === 1 ? numericBrand : { object: 'list', url: '/v1/issuing/cards', has_more: false, data: Array.from({ length: 100 }, (_, i) => (i === 79 ? frozen : card)) },
    );
    await cp.issuing.cards.retrieve('ic_sampled');
    expect(drifts()).toHaveLength(1);
    // The 80th item of the list's first page is the 80th response of its shape: checked.
    await cp.issuing.cards.list();
    expect(drifts()).toHaveLength(2);
    expect(drifts()[1]!.message).toMatch(/issuing\.cards\.list: status: /);
  });
});

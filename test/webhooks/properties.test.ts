import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  constructEvent,
  constructEventNotification,
  createAuthorizationHandler,
  parseSignatureHeader,
  parseWithoutVerifying,
  signTestPayload,
  verify,
  WebhookError,
  WebhookSignatureError,
  WebhookSignatureMismatchError,
} from '../../src/webhooks/index.js';
import { SECRET, snapshotEvent, stripeBody } from './helpers.js';

const T = 1_800_000_000;
const OPTS = { now: T };

/** A random JSON event body, pretty-printed as Stripe sends it. */
const eventBody = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    amount: fc.integer(),
    name: fc.string({ maxLength: 40 }),
    metadata: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
  })
  .map((o) => stripeBody(snapshotEvent('issuing_card.created', { ...o, object: 'issuing.card' })));

async function outcome(p: Promise<unknown>): Promise<'ok' | unknown> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e;
  }
}

describe('properties (fast-check)', () => {
  it('any single-character change, insertion or deletion in a signed body is rejected as a signature mismatch', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventBody,
        fc.nat(),
        fc.oneof(
          fc.constant<'delete'>('delete'),
          fc.record({ insert: fc.string({ minLength: 1, maxLength: 3, unit: 'binary' }) }),
          fc.record({ replace: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
        ),
        async (body, at, change) => {
          const i = at % body.length;
          const mutated =
            change === 'delete'
              ? body.slice(0, i) + body.slice(i + 1)
              : 'insert' in change
                ? body.slice(0, i) + change.insert + body.slice(i)
                : body.slice(0, i) + change.replace + body.slice(i + 1);
          fc.pre(mutated !== body);
          const header = await signTestPayload(body, SECRET, { timestamp: T });
          const e = await outcome(verify(mutated, header, SECRET, OPTS));
          expect(e).toBeInstanceOf(WebhookSignatureMismatchError);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any character replaced in a signed header is rejected', async () => {
    const body = stripeBody(snapshotEvent('topup.created', { id: 'tu_1', object: 'topup' }));
    const header = await signTestPayload(body, SECRET, { timestamp: T });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }), async (at, ch) => {
        const i = at % header.length;
        const mutated = header.slice(0, i) + ch + header.slice(i + 1);
        fc.pre(mutated !== header);
        const e = await outcome(verify(body, mutated, SECRET, { ...OPTS, tolerance: 0 }));
        expect(e).toBeInstanceOf(WebhookSignatureError);
      }),
      { numRuns: 300 },
    );
  });

  it('any insertion or deletion in a signed header is rejected unless it leaves the same t and v1 (e.g. added spaces)', async () => {
    const body = stripeBody(snapshotEvent('topup.created', { id: 'tu_1', object: 'topup' }));
    const header = await signTestPayload(body, SECRET, { timestamp: T });
    const original = parseSignatureHeader(header);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.option(fc.string({ minLength: 1, maxLength: 4, unit: 'binary' }), { nil: undefined }), async (at, insert) => {
        const i = at % header.length;
        const mutated = insert === undefined ? header.slice(0, i) + header.slice(i + 1) : header.slice(0, i) + insert + header.slice(i);
        let same: boolean;
        try {
          const p = parseSignatureHeader(mutated);
          same = p.timestamp === original.timestamp && p.signatures.includes(original.signatures[0] as string);
        } catch {
          same = false;
        }
        const e = await outcome(verify(body, mutated, SECRET, { ...OPTS, tolerance: 0 }));
        if (same) expect(e).toBe('ok');
        else expect(e).toBeInstanceOf(WebhookSignatureError);
      }),
      { numRuns: 300 },
    );
  });

  it('a correctly signed body always verifies and parses, whatever its content', async () => {
    await fc.assert(
      fc.asyncProperty(eventBody, fc.integer({ min: 0, max: 2 ** 40 }), async (body, t) => {
        const header = await signTestPayload(body, SECRET, { timestamp: t });
        const event = await constructEvent(Buffer.from(body), header, SECRET, { tolerance: 0 });
        expect(event.type).toBe('issuing_card.created');
      }),
      { numRuns: 100 },
    );
  });

  it('no input makes verify, constructEvent, constructEventNotification or parseWithoutVerifying throw anything but a WebhookError', async () => {
    const payload = fc.oneof(fc.anything(), fc.string(), fc.uint8Array(), fc.json(), eventBody);
    const header = fc.oneof(fc.anything(), fc.string(), fc.constantFrom(`t=${T},v1=${'a'.repeat(64)}`, `t=${T}`, 'v1=', ',,,', '='));
    const secret = fc.oneof(fc.anything(), fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(SECRET));
    const options = fc.oneof(
      fc.constant(undefined),
      fc.anything(),
      fc.record({ tolerance: fc.oneof(fc.double(), fc.integer()), now: fc.oneof(fc.double(), fc.integer()) }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(payload, header, secret, options, async (p, h, s, o) => {
        for (const run of [
          () => verify(p as string, h as string, s as string, o as undefined),
          () => constructEvent(p as string, h as string, s as string, o as undefined),
          () => constructEventNotification(p as string, h as string, s as string, o as undefined),
          async () => parseWithoutVerifying(p as string),
        ]) {
          const e = await outcome(run());
          if (e !== 'ok') expect(e).toBeInstanceOf(WebhookError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the authorization handler never rejects and never calls decide for an unsigned input', async () => {
    let calls = 0;
    const handler = createAuthorizationHandler({
      secret: SECRET,
      decide: () => {
        calls++;
        return { approved: true };
      },
      onError: () => {},
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.anything(), fc.string(), fc.uint8Array()),
        fc.oneof(fc.anything(), fc.string()),
        fc.option(fc.constantFrom('POST', 'GET', 'PUT')),
        async (body, sig, method) => {
          const res = await handler.handle({ method: method ?? undefined, body, signature: sig as string });
          expect([400, 405]).toContain(res.status);
          expect(() => JSON.parse(res.body) as unknown).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
    expect(calls).toBe(0);
  });
});

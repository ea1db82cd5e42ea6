import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthorizationHandler, signTestPayload, verify } from '../../src/webhooks/index.js';
import { authorizationRequestObject, HAS_DOCUMENTED, SECRET, snapshotEvent, stripeBody } from './helpers.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe.skipIf(!HAS_DOCUMENTED)('HMAC on the calling thread where the runtime has a built-in crypto module', () => {
  it('on Node the handler answers without WebCrypto sign (a thread-pool round trip per webhook: the 2–4 ms p99)', async () => {
    const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), onError: () => {} });
    const body = stripeBody(snapshotEvent('issuing_authorization.request', authorizationRequestObject()));
    const header = await signTestPayload(body, SECRET);
    const sign = vi.spyOn(globalThis.crypto.subtle, 'sign');
    const res = await handler(new Request('http://localhost/', { method: 'POST', headers: { 'stripe-signature': header }, body }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ approved: true });
    expect(sign).not.toHaveBeenCalled();
  });

  it('without process.getBuiltinModule (edge runtimes, Node < 20.16) WebCrypto signs, with the same result', async () => {
    const body = '{"id":"evt_1","object":"event"}';
    const header = await signTestPayload(body, SECRET, { timestamp: 1_700_000_000 });
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    vi.resetModules();
    const edge = await import('../../src/webhooks/index.js');
    const sign = vi.spyOn(globalThis.crypto.subtle, 'sign');
    expect(await edge.signTestPayload(body, SECRET, { timestamp: 1_700_000_000 })).toBe(header);
    await expect(edge.verify(body, header, SECRET, { now: 1_700_000_000 })).resolves.toEqual({ timestamp: 1_700_000_000, secretIndex: 0 });
    expect(sign).toHaveBeenCalled();
    vi.unstubAllGlobals();
    await expect(verify(body, header, SECRET, { now: 1_700_000_000 })).resolves.toEqual({ timestamp: 1_700_000_000, secretIndex: 0 });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthorizationHandler, signTestPayload, verify } from '../../src/webhooks/index.js';
import { verifyChecked } from '../../src/webhooks/internal/verify.js';
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

  it('verification is synchronous where HMAC is: no promise, no microtask between the body and the result', async () => {
    const body = new TextEncoder().encode(stripeBody(snapshotEvent('issuing_authorization.request', authorizationRequestObject())));
    const header = await signTestPayload(body, SECRET, { timestamp: 1_700_000_000 });
    const result = verifyChecked(body, header, [SECRET], 300, 1_700_000_000);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ body, timestamp: 1_700_000_000, secretIndex: 0 });
    // A mismatch still goes through the re-serialisation check (asynchronous) and rejects with the typed error.
    await expect(Promise.resolve().then(() => verifyChecked(body, header, ['whsec_other'], 300, 1_700_000_000))).rejects.toMatchObject({ code: 'signature_mismatch' });
  });

  it('the Fetch handler reads the body once and signs the received bytes as they are (no joined copy), with no timer for a synchronous decide', async () => {
    const crypto = process.getBuiltinModule('crypto');
    const updates: unknown[] = [];
    const createHmac = crypto.createHmac.bind(crypto);
    vi.spyOn(crypto, 'createHmac').mockImplementation(((algorithm: string, key: string) => {
      const hmac = createHmac(algorithm, key);
      const update = hmac.update.bind(hmac);
      hmac.update = ((data: unknown) => {
        updates.push(data);
        return update(data as string);
      }) as typeof hmac.update;
      return hmac;
    }) as typeof crypto.createHmac);
    const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), onError: () => {} });
    const text = stripeBody(snapshotEvent('issuing_authorization.request', authorizationRequestObject()));
    const header = await signTestPayload(text, SECRET);
    const request = new Request('http://localhost/', { method: 'POST', headers: { 'stripe-signature': header }, body: text });
    const arrayBuffer = vi.spyOn(request, 'arrayBuffer');
    const reads = [vi.spyOn(request, 'text'), vi.spyOn(request, 'json'), vi.spyOn(request, 'clone'), vi.spyOn(request, 'blob')];
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    updates.length = 0;
    const res = await handler(request);
    expect(setTimeoutSpy).not.toHaveBeenCalled();
    expect(await res.json()).toEqual({ approved: true });
    expect(arrayBuffer).toHaveBeenCalledTimes(1);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    // `${t}.` then the body bytes as read from the request: the body is not copied into a joined buffer.
    expect(updates).toHaveLength(2);
    expect(updates[0]).toMatch(/^\d+\.$/);
    expect(updates[1]).toBeInstanceOf(Uint8Array);
    expect((updates[1] as Uint8Array).byteLength).toBe(new TextEncoder().encode(text).byteLength);
    const bodyBuffer = (await arrayBuffer.mock.results[0]!.value) as ArrayBuffer;
    expect((updates[1] as Uint8Array).buffer).toBe(bodyBuffer);
  });
});

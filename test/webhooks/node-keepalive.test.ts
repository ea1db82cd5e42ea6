import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuthorizationHandler, signTestPayload, toNodeListener } from '../../src/webhooks/index.js';
import { authorizationRequestObject, HAS_DOCUMENTED, SECRET, snapshotEvent, stripeBody } from './helpers.js';

const servers: Server[] = [];
const agents: Agent[] = [];
afterEach(async () => {
  for (const a of agents.splice(0)) a.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => s.close(() => r()))));
});

async function serve(maxBodyBytes: number): Promise<string> {
  const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), onError: () => {} });
  const server = createServer(toNodeListener(handler, { maxBodyBytes }));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** POST through a keep-alive agent; rejects (instead of hanging) after `timeoutMs`. */
function post(url: string, agent: Agent, body: string | Buffer, header: string, timeoutMs = 2000, chunked = false): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'stripe-signature': header, ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    if (!chunked) req.end(body);
    else {
      // Transfer-Encoding: chunked, no Content-Length: the server only learns the size by reading.
      const bytes = Buffer.from(body);
      for (let i = 0; i < bytes.length; i += 64 * 1024) req.write(bytes.subarray(i, i + 64 * 1024));
      req.end();
    }
  });
}

async function authorizationRequest(): Promise<{ body: string; header: string }> {
  const body = stripeBody(snapshotEvent('issuing_authorization.request', authorizationRequestObject()));
  return { body, header: await signTestPayload(body, SECRET) };
}

describe.skipIf(!HAS_DOCUMENTED)('toNodeListener: a 413 on a keep-alive connection', () => {
  it('the next request on the same keep-alive agent is answered (body a little over the limit: drained)', async () => {
    const url = await serve(16_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const big = Buffer.alloc(24_000, 0x20);
    const first = await post(url, agent, big, 't=1,v1=00');
    expect(first.status).toBe(413);
    expect(JSON.parse(first.text)).toEqual({ error: { code: 'body_too_large' } });
    const { body, header } = await authorizationRequest();
    const second = await post(url, agent, body, header);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.text)).toEqual({ approved: true });
  });

  it('the next request on the same keep-alive agent is answered (body far over the limit: connection closed)', async () => {
    const url = await serve(16_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const huge = Buffer.alloc(8 * 1024 * 1024, 0x20);
    const first = await post(url, agent, huge, 't=1,v1=00').catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    // The client may see the 413, or a reset while it is still sending: either way it must not hang.
    if (!(first instanceof Error)) expect(first.status).toBe(413);
    else expect(first.message).not.toMatch(/no answer/);
    const { body, header } = await authorizationRequest();
    const second = await post(url, agent, body, header);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.text)).toEqual({ approved: true });
  });

  it('the next request is answered after a far too large chunked body (no Content-Length)', async () => {
    const url = await serve(16_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const first = await post(url, agent, Buffer.alloc(8 * 1024 * 1024, 0x20), 't=1,v1=00', 2000, true).catch((error: unknown) =>
      error instanceof Error ? error : new Error(String(error)),
    );
    if (!(first instanceof Error)) expect(first.status).toBe(413);
    else expect(first.message).not.toMatch(/no answer/);
    const { body, header } = await authorizationRequest();
    const second = await post(url, agent, body, header);
    expect(second.status).toBe(200);
  });

  it('many 413s then valid requests on one keep-alive socket all get answers', async () => {
    const url = await serve(16_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const { body, header } = await authorizationRequest();
    for (let i = 0; i < 5; i++) {
      expect((await post(url, agent, Buffer.alloc(20_000 + i * 10_000, 0x20), header)).status).toBe(413);
      expect((await post(url, agent, body, header)).status).toBe(200);
    }
  });
});

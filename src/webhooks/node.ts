// The node:http / Express adapter. It imports nothing from `node:`: the request and response are
// typed by the members it uses, so this file also loads on edge runtimes (where it is simply unused).
import { createAuthorizationHandler, type AuthorizationHandler, type AuthorizationHandlerOptions, type RawWebhookResponse } from './authorization.js';

/** The members of a `node:http` `IncomingMessage` (or an Express `Request`) the adapter uses. */
export interface NodeRequestLike extends AsyncIterable<unknown> {
  /** HTTP method. */
  method?: string | undefined;
  /** Lower-cased request headers. */
  headers: Record<string, string | string[] | undefined>;
  /** Set by body parsers: a `Buffer`/string from `express.raw()`/`express.text()` is used as the raw body. */
  body?: unknown;
  /** Whether the body stream was read to its end (by a body parser). */
  readableEnded?: boolean;
}

/** The members of a `node:http` `ServerResponse` (or an Express `Response`) the adapter uses. */
export interface NodeResponseLike {
  /** Writes status and headers. */
  writeHead(status: number, headers: Record<string, string>): unknown;
  /** Writes the body and ends the response. */
  end(body?: string): unknown;
  /** Whether headers were already sent (then the adapter leaves the response alone). */
  headersSent?: boolean;
}

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /** Largest accepted body in bytes (default 1 MiB; Stripe events are far smaller). Larger bodies get 413. */
  maxBodyBytes?: number;
}

/** A `node:http` request listener, also usable as an Express/Connect route handler. Never rejects. */
export type NodeListener = (req: NodeRequestLike, res: NodeResponseLike) => Promise<void>;

/** Bytes past `maxBodyBytes` read and discarded so that a keep-alive connection stays usable after a 413. */
const DRAIN_BYTES = 256 * 1024;

class BodyTooLarge extends Error {
  /** Whether the rest of the body was read (the connection can serve the next request) or not (it must be closed). */
  constructor(readonly drained: boolean) {
    super('body too large');
  }
}

async function readBody(req: NodeRequestLike, limit: number): Promise<unknown> {
  const body = req.body;
  const emptyParsed = typeof body === 'object' && body !== null && !ArrayBuffer.isView(body) && Object.keys(body).length === 0 && req.readableEnded === false;
  if (body !== undefined && !emptyParsed) return body; // a body parser ran: its result, checked by the handler
  const declared = Number(req.headers['content-length']);
  if (declared > limit + DRAIN_BYTES) throw new BodyTooLarge(false);
  const chunks: Uint8Array[] = [];
  const encoder = new TextEncoder();
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk instanceof Uint8Array ? chunk : new Uint8Array(0);
    size += bytes.length;
    // Over the limit, the rest is read and dropped (up to DRAIN_BYTES more): an unread body would stall the
    // client's keep-alive connection, its next request never answered.
    if (size > limit + DRAIN_BYTES) throw new BodyTooLarge(false);
    if (size <= limit) chunks.push(bytes);
  }
  if (size > limit) throw new BodyTooLarge(true);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function write(res: NodeResponseLike, reply: RawWebhookResponse): void {
  if (res.headersSent) return;
  res.writeHead(reply.status, reply.headers);
  res.end(reply.body);
}

/**
 * Adapts an {@link AuthorizationHandler} to `node:http` and Express: reads the raw body from the
 * request stream (or takes the `Buffer` of `express.raw()`), answers through the response.
 * A body already parsed into an object by `express.json()` is refused with 400 (the signature
 * covers the raw bytes): mount this route before, or without, JSON body parsing.
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeListener(handler)).listen(4242);
 * // Express: app.post('/webhooks/issuing', toNodeListener(handler));
 */
export function toNodeListener(handler: AuthorizationHandler, options: NodeListenerOptions = {}): NodeListener {
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  const json = { 'content-type': 'application/json' };
  return async (req, res) => {
    try {
      let reply: RawWebhookResponse;
      if ((req.method ?? 'POST').toUpperCase() !== 'POST') {
        reply = await handler.handle({ method: req.method, body: '', signature: undefined });
      } else {
        let body: unknown;
        try {
          body = await readBody(req, limit);
        } catch (error) {
          const tooLarge = error instanceof BodyTooLarge;
          // A body left unread (far too large, or a broken stream) makes the connection unusable: close it after the answer.
          const headers = tooLarge && error.drained ? json : { ...json, connection: 'close' };
          write(res, { status: tooLarge ? 413 : 400, headers, body: JSON.stringify({ error: { code: tooLarge ? 'body_too_large' : 'unreadable_request' } }) });
          return;
        }
        reply = await handler.handle({ method: 'POST', body, signature: req.headers['stripe-signature'] });
      }
      write(res, reply);
    } catch {
      // The response stream failed (client gone): nothing more can be done, and the server must not crash.
      try {
        write(res, { status: 500, headers: json, body: '{"error":{"code":"internal"}}' });
      } catch {
        // ignore
      }
    }
  };
}

/**
 * {@link createAuthorizationHandler} and {@link toNodeListener} in one call.
 * @example createServer(createNodeAuthorizationHandler({ secret, decide })).listen(4242);
 */
export function createNodeAuthorizationHandler(options: AuthorizationHandlerOptions & NodeListenerOptions): NodeListener {
  return toNodeListener(createAuthorizationHandler(options), options);
}

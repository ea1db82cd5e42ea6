import http from 'node:http';
import https from 'node:https';
import { AttemptTimeoutError, BODY_INIT_KEY, type OutOfBandInit } from './body-init.js';

/**
 * A `Response` whose body is already in memory: `text()`, `json()` and `arrayBuffer()` read the buffer
 * directly instead of going through a stream, and `body` builds a stream only when asked for.
 */
class BufferedResponse extends Response {
  readonly #buffer: Buffer;
  #used = false;
  /** node:http's `rawHeaders` (name, value, name, value, …): `headers` is built from them on first access only. */
  readonly #raw: readonly string[];
  #headers: Headers | undefined;

  constructor(buffer: Buffer, init: { status: number; statusText: string; url: string; rawHeaders: readonly string[] }) {
    super(null, { status: init.status, statusText: init.statusText });
    this.#buffer = buffer;
    this.#raw = init.rawHeaders;
    this.#url = init.url;
  }

  readonly #url: string;

  // A getter over the prototype's (an own property defined per response changed each one's shape).
  override get url(): string {
    return this.#url;
  }

  override get headers(): Headers {
    if (!this.#headers) {
      const out = new Headers();
      for (let i = 0; i < this.#raw.length; i += 2) out.append(this.#raw[i]!, this.#raw[i + 1]!);
      this.#headers = out;
    }
    return this.#headers;
  }

  /** One header's value without building `headers` (the transport reads `request-id` of every answer). */
  header(name: string): string | null {
    if (this.#headers) return this.#headers.get(name);
    let value: string | null = null;
    for (let i = 0; i < this.#raw.length; i += 2) {
      if (this.#raw[i]!.length === name.length && this.#raw[i]!.toLowerCase() === name) value = value === null ? this.#raw[i + 1]! : `${value}, ${this.#raw[i + 1]!}`;
    }
    return value;
  }

  #take(): Buffer {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#buffer;
  }

  override get bodyUsed(): boolean {
    return this.#used;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    if (this.#buffer.byteLength === 0) return null;
    const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(this.#buffer);
    return new ReadableStream({
      start: (controller) => {
        controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  override async text(): Promise<string> {
    return this.#take().toString('utf8');
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.#take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  override async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
  }

  override clone(): Response {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.#buffer, { status: this.status, statusText: this.statusText, url: this.url, rawHeaders: this.#raw });
  }
}

/**
 * Connections per origin. More calls than this in flight wait in the agent's queue for a free socket (the
 * per-attempt timeout runs while they wait, as a fetch's does). Unbounded, 2,000 concurrent calls opened
 * 2,000 sockets and closed all but 256 (the agent's `maxFreeSockets`) afterwards, so every burst paid the
 * connection storm again: 1.3-1.8x the official SDK's wall time on the loopback, against 0.6-0.9x with
 * this cap. 128 sockets at Stripe's latency (100-300 ms a call) carry far more than its default rate
 * limit (100 requests a second); a program that needs more gives its own `fetch`.
 */
export const MAX_SOCKETS = 128;

/**
 * A `fetch` for Node built on `node:http`/`node:https` with keep-alive agents: the same
 * `Request` → `Response` contract as the global fetch at a fraction of its per-call cost (responses
 * are buffered, which suits JSON APIs). The client uses it on Node when no `fetch` option is given;
 * other runtimes use the global `fetch`.
 */
export function createNodeFetch(): typeof fetch {
  // The origin of the last request, parsed: a client sends nearly every request to one origin, whose URL is then
  // not parsed again (a `Request` never holds credentials in its URL).
  let last: { prefix: string; isHttps: boolean; hostname: string; port: string } | undefined;
  const target = (href: string): { isHttps: boolean; options: http.RequestOptions } => {
    if (last && href.startsWith(last.prefix) && href.charCodeAt(last.prefix.length) === 47 /* "/" */) {
      const hash = href.indexOf('#');
      const path = href.slice(last.prefix.length, hash === -1 ? undefined : hash);
      return { isHttps: last.isHttps, options: { hostname: last.hostname, port: last.port, path } };
    }
    const url = new URL(href);
    const isHttps = url.protocol === 'https:';
    if (!isHttps && url.protocol !== 'http:') throw new TypeError(`fetch failed: unsupported protocol ${url.protocol}`);
    // node:http takes an IPv6 literal without its brackets.
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    last = { prefix: `${url.protocol}//${url.host}`, isHttps, hostname, port: url.port };
    return { isHttps, options: { hostname, port: url.port, path: url.pathname + url.search } };
  };
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
    https: new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  };
  const nodeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // ky passes its Request plus the options a Request does not hold (only ours, here): no second Request.
    const outOfBand = (init as Record<string, unknown> | undefined)?.[BODY_INIT_KEY] as OutOfBandInit | undefined;
    const request = input instanceof Request ? input : new Request(input, init);
    const { isHttps, options } = target(request.url);
    let headers: Record<string, string>;
    let body: Buffer | undefined;
    if (outOfBand) {
      // The transport's own header record and body string: nothing is read back from the Request.
      headers = outOfBand.headers;
      const b = outOfBand.body;
      body = b === undefined ? undefined : typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
      const retries = outOfBand.attempts++;
      if (retries > 0) headers['x-cardplane-retry-count'] = String(retries);
    } else {
      body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
      headers = {};
      request.headers.forEach((value, key) => {
        headers[key] = value;
      });
    }
    if (body) headers['content-length'] = String(body.byteLength);
    const signal = request.signal;
    signal.throwIfAborted();
    // The transport says whether anything can abort the call (its caller's signal); a plain fetch call listens always.
    const listens = outOfBand?.abortable !== false;
    return new Promise<Response>((resolve, reject) => {
      const req = (isHttps ? https : http).request({ ...options, method: request.method, headers, agent: isHttps ? agents.https : agents.http }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new TypeError('fetch failed', { cause: error })));
        res.on('end', () => {
          clearTimeout(timer);
          if (listens) signal.removeEventListener('abort', onAbort);
          const status = res.statusCode ?? 0;
          const buffer = status === 204 || status === 304 || request.method === 'HEAD' ? Buffer.alloc(0) : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
          resolve(new BufferedResponse(buffer, { status, statusText: res.statusMessage ?? '', url: request.url, rawHeaders: res.rawHeaders }));
        });
      });
      const onAbort = (): void => {
        clearTimeout(timer);
        req.destroy();
        reject(signal.reason ?? new DOMException('This operation was aborted', 'AbortError'));
      };
      if (listens) signal.addEventListener('abort', onAbort, { once: true });
      const ms = outOfBand?.timeout;
      const timer =
        ms !== undefined
          ? setTimeout(() => {
              if (listens) signal.removeEventListener('abort', onAbort);
              reject(new AttemptTimeoutError(ms));
              req.destroy();
            }, ms)
          : undefined;
      req.on('error', (error: Error) => {
        clearTimeout(timer);
        if (listens) signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? (signal.reason ?? error) : new TypeError('fetch failed', { cause: error }));
      });
      req.end(body);
    });
  };
  return nodeFetch as typeof fetch;
}

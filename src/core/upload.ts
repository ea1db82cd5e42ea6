/**
 * Uploads (`cp.files.create`): what `file` accepts on every runtime (a `Blob` or `File`, or the official
 * SDK's form `{ data, name, type }`), Stripe's size limits, and the `multipart/form-data` encoder that the
 * upload endpoint names (so that a program which uploads nothing bundles none of it).
 */
import { CardplaneValidationError } from './errors.js';
import { formPairs } from './internal/form.js';
import { CLIENT_DEFAULTS } from './internal/options.js';
import type { UploadEncoder } from './resource.js';

/** The bytes of an upload in the `{ data, name, type }` form: text, bytes, or a stream of bytes (a Node `Readable` or a web `ReadableStream`). */
export type FileUploadData = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/** A file as the official SDK takes it: its bytes, and optionally its file name and media type. */
export interface FileUploadObject {
  /** The file's contents. */
  data: FileUploadData;
  /** File name sent with the part (default `blob`); Stripe derives the file's `type` from its extension. */
  name?: string;
  /** Media type of the part (default `application/octet-stream`). */
  type?: string;
}

/**
 * A file to upload: a `Blob`/`File` (its `name` and `type` are sent), or {@link FileUploadObject}.
 * @example cp.files.create({ purpose: 'identity_document', file: { data: pngBytes, name: 'passport.png', type: 'image/png' } })
 */
export type FileUpload = Blob | FileUploadObject;

/**
 * Stripe's size limit per upload purpose (its file upload guide), in bytes; any other purpose is held to
 * {@link MAX_UPLOAD_BYTES}. A larger file is refused before anything is sent.
 */
export const UPLOAD_LIMITS: Readonly<Record<string, number>> = {
  business_icon: 512 * 1024,
  business_logo: 512 * 1024,
  customer_signature: 4 * 1024 * 1024,
  dispute_evidence: 5 * 1024 * 1024,
};

/** The largest file Stripe's upload host takes (16 MB: `account_requirement`, `identity_document`, …). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** Stripe's upload host (its file upload guide): `files.create` goes here, every other call to `baseUrl`. */
const UPLOAD_BASE_URL = 'https://files.stripe.com';

/**
 * Where uploads go when `uploadBaseUrl` is not given: Stripe's upload host when `baseUrl` is Stripe's API
 * host, else `baseUrl` itself (a loopback mock or a proxy answers uploads too; the official SDK sends
 * uploads to an overridden host as well). The client and the msw handlers both follow it.
 * @internal
 */
export function defaultUploadBaseUrl(baseUrl: string): string {
  return baseUrl === CLIENT_DEFAULTS.baseUrl ? UPLOAD_BASE_URL : baseUrl;
}

/** The chunks, in order, as one byte array. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

const isBlob = (v: unknown): v is Blob => typeof Blob !== 'undefined' && v instanceof Blob;

/** CR/LF would end a part header line: a name or type carrying them could add headers of its own. */
const oneLine = (s: string): string => s.replace(/\r\n|\r|\n/g, ' ');
const quote = (s: string): string => `"${oneLine(s.replace(/"/g, '%22'))}"`;

async function bytesOf(data: unknown, field: string, context: string): Promise<Uint8Array> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (isBlob(data)) return new Uint8Array(await data.arrayBuffer());
  const chunks: Uint8Array[] = [];
  const add = (chunk: unknown): void => {
    if (typeof chunk === 'string') chunks.push(new TextEncoder().encode(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(chunk);
    else throw new CardplaneValidationError([{ field, message: `the stream gave a ${typeof chunk}, not bytes` }], context);
  };
  try {
    if (typeof ReadableStream !== 'undefined' && data instanceof ReadableStream) {
      const reader = (data as ReadableStream<unknown>).getReader();
      for (let r = await reader.read(); !r.done; r = await reader.read()) add(r.value);
    } else if (data && typeof (data as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function') {
      for await (const chunk of data as AsyncIterable<unknown>) add(chunk);
    } else {
      throw new CardplaneValidationError([{ field, message: 'must be a string, Uint8Array, ArrayBuffer, Blob, ReadableStream or async iterable of bytes' }], context);
    }
  } catch (error) {
    if (error instanceof CardplaneValidationError) throw error;
    throw new CardplaneValidationError([{ field, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }], context);
  }
  return concat(chunks);
}

/**
 * Encodes upload params as `multipart/form-data`, part for part what the official SDK sends for the same
 * call: one part per bracket-notation key (`purpose`, `file_link_data[create]`, `expand[0]`), in key order,
 * and the file part with its `filename` (default `blob`) and `Content-Type` (default
 * `application/octet-stream`). Streams are read to the end first (a retry sends the same bytes again).
 * A file over Stripe's size limit for its `purpose` is refused with a {@link CardplaneValidationError}.
 * @internal
 */
export async function encodeMultipart(params: Record<string, unknown>, context: string, boundary: string = globalThis.crypto.randomUUID()): ReturnType<UploadEncoder> {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const line = (text: string | Uint8Array): void => {
    chunks.push(typeof text === 'string' ? enc.encode(text) : text, enc.encode('\r\n'));
  };
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const upload = value as FileUpload;
    const isFile = isBlob(upload) || (typeof upload === 'object' && upload !== null && Object.prototype.hasOwnProperty.call(upload, 'data'));
    if (!isFile) {
      for (const [k, v] of formPairs({ [key]: value }, context)) {
        line(`--${boundary}`);
        line(`Content-Disposition: form-data; name=${quote(k)}`);
        line('');
        line(v);
      }
      continue;
    }
    const data = await bytesOf(isBlob(upload) ? upload : upload.data, `${key}${isBlob(upload) ? '' : '.data'}`, context);
    const purpose = typeof params.purpose === 'string' ? params.purpose : '';
    const limit = UPLOAD_LIMITS[purpose] ?? MAX_UPLOAD_BYTES;
    if (data.byteLength > limit) {
      throw new CardplaneValidationError(
        [{ field: key, message: `is ${data.byteLength} bytes; Stripe takes at most ${limit} bytes for purpose ${JSON.stringify(purpose)}` }],
        context,
      );
    }
    const name = isBlob(upload) ? ((upload as Blob & { name?: unknown }).name as string | undefined) : upload.name;
    const type = upload.type;
    line(`--${boundary}`);
    line(`Content-Disposition: form-data; name=${quote(key)}; filename=${quote(typeof name === 'string' && name ? name : 'blob')}`);
    line(`Content-Type: ${oneLine(type || 'application/octet-stream')}`);
    line('');
    line(data);
  }
  line(`--${boundary}--`);
  return { body: concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * What `cp.files.create({ file })` accepts, on every runtime: a `Blob` or `File`, or the official SDK's
 * form `{ data, name, type }`.
 */

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

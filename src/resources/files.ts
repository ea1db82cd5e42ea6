import { filesCreate, filesList, filesRetrieve } from '../generated/endpoints/files.js';
import { defineResource } from '../core/resource.js';

/** Files: identity documents, dispute evidence and other uploads, referred to by id (`file_…`) elsewhere. */
export const files = defineResource('files', {
  /**
   * Uploads a file: `multipart/form-data` to `files.stripe.com` (the client's `uploadBaseUrl`), with the
   * same auth, `Stripe-Account`, idempotency and retries as every call. `file` is a `Blob`/`File` or
   * `{ data, name, type }` (`data`: bytes, text, or a stream, read to the end before sending). A file over
   * Stripe's size limit for its `purpose` is refused before anything is sent.
   * `POST /v1/files`
   * @example
   * const doc = await cp.files.create({ purpose: 'identity_document', file: { data: pngBytes, name: 'passport.png', type: 'image/png' } }, { stripeAccount: 'acct_123' });
   * await cp.accounts.update('acct_123', { individual: { verification: { document: { front: doc.id } } } });
   */
  create: filesCreate,
  /**
   * Retrieves a file's metadata (its contents are at `url`, with a live secret key).
   * `GET /v1/files/{file}`
   */
  retrieve: filesRetrieve,
  /**
   * Lists files, newest first, optionally by `purpose`.
   * `GET /v1/files`
   * @example cp.files.list({ purpose: 'identity_document' })
   */
  list: filesList,
});

import { filesList, filesRetrieve } from '../generated/endpoints/files.js';
import { defineResource } from '../core/resource.js';

/** Files: identity documents, dispute evidence and other uploads, referred to by id (`file_…`) elsewhere. */
export const files = defineResource('files', {
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

import { fileLinksCreate, fileLinksList, fileLinksRetrieve, fileLinksUpdate } from '../generated/endpoints/file-links.js';
import { defineResource } from '../core/resource.js';

/** File links: a shareable URL to a file's contents (for purposes Stripe lets you share). */
export const fileLinks = defineResource('fileLinks', {
  /**
   * Creates a link to a file.
   * `POST /v1/file_links`
   * @example cp.fileLinks.create({ file: 'file_123', expires_at: 1767225600 })
   */
  create: fileLinksCreate,
  /** Retrieves a file link. `GET /v1/file_links/{file_link}` */
  retrieve: fileLinksRetrieve,
  /**
   * Updates a file link: `expires_at` (`'now'` expires it) and metadata.
   * `POST /v1/file_links/{file_link}`
   * @example cp.fileLinks.update('link_123', { expires_at: 'now' })
   */
  update: fileLinksUpdate,
  /**
   * Lists file links, optionally of one file or only expired ones.
   * `GET /v1/file_links`
   */
  list: fileLinksList,
});

/**
 * Mock routes of files (`/v1/files`); file links (`/v1/file_links`) are in ./file-links.ts.
 *
 * `POST /v1/files` takes the `multipart/form-data` body the official SDK (and cardplane's `files.create`)
 * sends: a `file` part with its `filename` and `Content-Type`, `purpose`, and optionally
 * `file_link_data[create]`, `file_link_data[expires_at]`, `file_link_data[metadata][…]`. The stored `file`
 * has `size` (the byte length), `type` from the filename's extension (`pdf`, `jpg`, `png`, …; else from the
 * part's content type), `url` at `https://files.stripe.com/v1/files/<id>/contents` and a `links` list
 * (holding the link made with `file_link_data[create]=true`). A missing `file` part, a missing or unknown
 * `purpose` are refused with a 400 naming the param. Files belong to the account of the upload (`Stripe-Account`).
 *
 * Stripe's test-mode file tokens `file_identity_document_success` and `file_identity_document_failure`
 * are `identity_document` files that exist everywhere: they are accepted wherever a file id is (file
 * links, a verification document's `front`/`back`; see ../connect-accounts.ts).
 *
 * File links (`link_…`) are refused for files of the identity purposes (`identity_document`, `selfie`,
 * `additional_verification`), whose contents Stripe does not share; `expired` follows `expires_at`.
 * @module
 */
import type { MockRoute } from '../router.js';
import { listOf } from '../list.js';
import { isObj, now } from '../values.js';
import { FILE_PURPOSES, fileType, invalid, mustFindFile, newLink, renderFile } from '../files-store.js';

type Obj = Record<string, unknown>;

/** Mock routes of files: upload, retrieve, list. */
export const fileRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/files',
    handle: (req) => {
      const upload = req.files?.file;
      if (!upload) invalid('file', 'Missing required param: file.', 'parameter_missing');
      const purpose = req.body.purpose;
      if (purpose === undefined || purpose === '') invalid('purpose', 'Missing required param: purpose.', 'parameter_missing');
      if (!(FILE_PURPOSES as readonly unknown[]).includes(purpose)) invalid('purpose', `Invalid purpose: must be one of ${FILE_PURPOSES.join(', ')}`);
      const id = req.store.newId('file_');
      const file: Obj = {
        id,
        object: 'file',
        created: now(),
        expires_at: null,
        filename: upload.filename,
        purpose,
        size: upload.bytes.length,
        title: null,
        type: fileType(upload.filename, upload.type),
        url: `https://files.stripe.com/v1/files/${id}/contents`,
      };
      req.store.put(file);
      const linkData = isObj(req.body.file_link_data) ? req.body.file_link_data : undefined;
      if (linkData && (linkData.create === true || linkData.create === 'true')) {
        const at = typeof linkData.expires_at === 'string' && /^\d+$/.test(linkData.expires_at) ? Number(linkData.expires_at) : linkData.expires_at;
        newLink(req, file, at, linkData.metadata);
      }
      return renderFile(req, file);
    },
  },
  { method: 'GET', path: '/v1/files/:file', handle: (req) => renderFile(req, mustFindFile(req, req.params.file ?? '', 'file')) },
  {
    method: 'GET',
    path: '/v1/files',
    handle: (req) => {
      const files = req.store.all('file').map((f) => renderFile(req, f));
      return listOf(req, '/v1/files', files, { filters: ['created', 'purpose'] });
    },
  },
];

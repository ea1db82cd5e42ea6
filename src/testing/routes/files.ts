/**
 * Mock routes of files and file links (`/v1/files`, `/v1/file_links`).
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
 * links, a verification document's `front`/`back`; see ./connect.ts).
 *
 * File links (`link_…`) are refused for files of the identity purposes (`identity_document`, `selfie`,
 * `additional_verification`), whose contents Stripe does not share; `expired` follows `expires_at`.
 * @module
 */
import { mergeMetadata } from '../crud.js';
import { listOf } from '../list.js';
import { findFile } from '../files-store.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';
import { isObj, now } from '../values.js';

type Obj = Record<string, unknown>;

/** Every `purpose` Stripe's `File` type names. */
const FILE_PURPOSES = [
  'account_requirement',
  'additional_verification',
  'business_icon',
  'business_logo',
  'customer_signature',
  'dispute_evidence',
  'document_provider_identity_document',
  'finance_report_run',
  'financial_account_statement',
  'identity_document',
  'identity_document_downloadable',
  'issuing_regulatory_reporting',
  'pci_document',
  'platform_terms_of_service',
  'selfie',
  'sigma_scheduled_query',
  'tax_document_user_upload',
  'terminal_android_apk',
  'terminal_reader_splashscreen',
  'terminal_wifi_certificate',
  'terminal_wifi_private_key',
] as const;

/** Purposes whose files cannot be shared through a file link. */
const UNLINKABLE = new Set(['identity_document', 'selfie', 'additional_verification', 'document_provider_identity_document']);

function invalid(param: string, message: string, code?: string): never {
  mockFail(400, 'invalid_request_error', message, { param, ...(code ? { code } : {}) });
}

function mustFindFile(req: MockRequest, id: string, param: string): Obj {
  const f = findFile(req, id);
  if (!f) mockFail(404, 'invalid_request_error', `No such file upload: '${id}'`, { code: 'resource_missing', param });
  return f;
}

/** The file's `type`: its filename's extension as Stripe names it, else from the part's content type. */
function fileType(filename: string, contentType: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const byExt: Record<string, string> = { jpeg: 'jpg', jpg: 'jpg', png: 'png', pdf: 'pdf', gif: 'gif', csv: 'csv', xlsx: 'xlsx', docx: 'docx', tiff: 'tiff', tif: 'tiff' };
  if (ext && byExt[ext]) return byExt[ext];
  const byType: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf', 'image/gif': 'gif', 'text/csv': 'csv' };
  return byType[contentType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? ext ?? null;
}

const expiredAt = (expiresAt: unknown): boolean => typeof expiresAt === 'number' && expiresAt <= now();

function newLink(req: MockRequest, file: Obj, expiresAt: unknown, metadata: unknown): Obj {
  if (UNLINKABLE.has(String(file.purpose))) {
    invalid('file', `Files with purpose \`${String(file.purpose)}\` cannot be shared with a file link.`);
  }
  if (expiresAt !== undefined && expiresAt !== null && expiresAt !== '' && (typeof expiresAt !== 'number' || expiresAt <= now())) {
    invalid('expires_at', 'Invalid expires_at: must be a Unix timestamp in the future.', 'parameter_invalid_integer');
  }
  const link: Obj = {
    id: req.store.newId('link_'),
    object: 'file_link',
    created: now(),
    expired: false,
    expires_at: typeof expiresAt === 'number' ? expiresAt : null,
    file: file.id,
    livemode: false,
    metadata: isObj(metadata) ? mergeMetadata({}, metadata) : {},
    url: `https://files.stripe.com/links/${Math.random().toString(36).slice(2, 14)}${Math.random().toString(36).slice(2, 14)}`,
  };
  req.store.put(link);
  return link;
}

/** The link as answered: `expired` as of now. */
function renderLink(link: Obj): Obj {
  link.expired = expiredAt(link.expires_at);
  return link;
}

/** The file as answered: its `links` list as of now (the links visible to the caller). */
function renderFile(req: MockRequest, file: Obj): Obj {
  const links = req.store
    .all('file_link')
    .filter((l) => l.file === file.id)
    .map(renderLink);
  return { ...file, links: { object: 'list', data: links, has_more: false, url: `/v1/file_links?file=${String(file.id)}` } };
}

function findLink(req: MockRequest): Obj {
  const id = req.params.link ?? '';
  const link = req.store.get(id);
  if (!link || link.object !== 'file_link') mockFail(404, 'invalid_request_error', `No such file link: '${id}'`, { code: 'resource_missing', param: 'file_link' });
  return link;
}

/** Mock routes of files (upload, retrieve, list) and file links (create, retrieve, update, list). */
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
  {
    method: 'POST',
    path: '/v1/file_links',
    handle: (req) => {
      if (typeof req.body.file !== 'string' || req.body.file === '') invalid('file', 'Missing required param: file.', 'parameter_missing');
      return newLink(req, mustFindFile(req, req.body.file, 'file'), req.body.expires_at, req.body.metadata);
    },
  },
  { method: 'GET', path: '/v1/file_links/:link', handle: (req) => renderLink(findLink(req)) },
  {
    method: 'POST',
    path: '/v1/file_links/:link',
    handle: (req) => {
      const link = findLink(req);
      if (expiredAt(link.expires_at)) invalid('file_link', 'This file link has expired and can no longer be updated.');
      const at = req.body.expires_at;
      if (at === 'now') link.expires_at = now();
      else if (at === '' || at === null) link.expires_at = null;
      else if (typeof at === 'number') {
        if (at <= now()) invalid('expires_at', 'Invalid expires_at: must be a Unix timestamp in the future.');
        link.expires_at = at;
      }
      if (req.body.metadata !== undefined) link.metadata = mergeMetadata(link.metadata, req.body.metadata);
      return renderLink(link);
    },
  },
  {
    method: 'GET',
    path: '/v1/file_links',
    handle: (req) => {
      return listOf(req, '/v1/file_links', req.store.all('file_link').map(renderLink), { filters: ['created', 'file', 'expired'] });
    },
  },
];

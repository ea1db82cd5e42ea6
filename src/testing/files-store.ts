/**
 * The files a mock request may use by id (Stripe's test-mode file tokens and stored uploads), shared by
 * the file and file link routes (`routes/files.ts`, `routes/file-links.ts`) and the Connect routes (a verification document's `front`/`back`).
 * @module
 */
import { mergeMetadata } from './crud.js';
import { mockFail, type MockRequest } from './router.js';
import { isObj, now } from './values.js';

type Obj = Record<string, unknown>;

/** Stripe's test-mode identity document tokens and whether the document they stand for verifies. */
export const TEST_FILE_TOKENS: Readonly<Record<string, 'verified' | 'unverified'>> = {
  file_identity_document_success: 'verified',
  file_identity_document_failure: 'unverified',
};

/** A test-mode token as a file object. */
function tokenFile(id: string): Obj {
  return {
    id,
    object: 'file',
    created: now(),
    expires_at: null,
    filename: `${id}.png`,
    links: { object: 'list', data: [], has_more: false, url: `/v1/file_links?file=${id}` },
    purpose: 'identity_document',
    size: 0,
    title: null,
    type: 'png',
    url: `https://files.stripe.com/v1/files/${id}/contents`,
  };
}

/**
 * The file a request may use by id: a test-mode token, one visible to the caller, or (when `account` is
 * given) one uploaded by that connected account (the documented flow: the account's document is uploaded
 * with its `Stripe-Account`, then attached by the platform). `undefined` when there is none.
 */
export function findFile(req: MockRequest, id: string, account?: string): Obj | undefined {
  if (id in TEST_FILE_TOKENS) return tokenFile(id);
  const found = req.store.get(id) ?? (account ? req.store.forAccount(account).get(id) : undefined);
  return found?.object === 'file' ? found : undefined;
}

/** Every `purpose` Stripe's `File` type names. */
export const FILE_PURPOSES = [
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

export function invalid(param: string, message: string, code?: string): never {
  mockFail(400, 'invalid_request_error', message, { param, ...(code ? { code } : {}) });
}

export function mustFindFile(req: MockRequest, id: string, param: string): Obj {
  const f = findFile(req, id);
  if (!f) mockFail(404, 'invalid_request_error', `No such file upload: '${id}'`, { code: 'resource_missing', param });
  return f;
}

/** The file's `type`: its filename's extension as Stripe names it, else from the part's content type. */
export function fileType(filename: string, contentType: string): string | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const byExt: Record<string, string> = { jpeg: 'jpg', jpg: 'jpg', png: 'png', pdf: 'pdf', gif: 'gif', csv: 'csv', xlsx: 'xlsx', docx: 'docx', tiff: 'tiff', tif: 'tiff' };
  if (ext && byExt[ext]) return byExt[ext];
  const byType: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'application/pdf': 'pdf', 'image/gif': 'gif', 'text/csv': 'csv' };
  return byType[contentType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? ext ?? null;
}

export const expiredAt = (expiresAt: unknown): boolean => typeof expiresAt === 'number' && expiresAt <= now();

export function newLink(req: MockRequest, file: Obj, expiresAt: unknown, metadata: unknown): Obj {
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
export function renderLink(link: Obj): Obj {
  link.expired = expiredAt(link.expires_at);
  return link;
}

/** The file as answered: its `links` list as of now (the links visible to the caller). */
export function renderFile(req: MockRequest, file: Obj): Obj {
  const links = req.store
    .all('file_link')
    .filter((l) => l.file === file.id)
    .map(renderLink);
  return { ...file, links: { object: 'list', data: links, has_more: false, url: `/v1/file_links?file=${String(file.id)}` } };
}

export function findLink(req: MockRequest): Obj {
  const id = req.params.link ?? '';
  const link = req.store.get(id);
  if (!link || link.object !== 'file_link') mockFail(404, 'invalid_request_error', `No such file link: '${id}'`, { code: 'resource_missing', param: 'file_link' });
  return link;
}

/**
 * The files a mock request may use by id (Stripe's test-mode file tokens and stored uploads), shared by
 * the file routes (`routes/files.ts`) and the Connect routes (a verification document's `front`/`back`).
 * @module
 */
import type { MockRequest } from './router.js';
import { now } from './values.js';

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

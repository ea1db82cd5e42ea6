import type { MockRoute } from '../router.js';
import { listOf } from '../list.js';
import { mergeMetadata } from '../crud.js';
import { now } from '../values.js';
import { expiredAt, findLink, invalid, mustFindFile, newLink, renderLink } from '../files-store.js';

/** Mock routes of file links: create, retrieve, update, list (refused for files of the identity purposes). */
export const fileLinkRoutes: MockRoute[] = [
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

import { mergeMetadata, mustGet } from '../crud.js';
import { v1List } from '../list.js';
import { newSigningSecret } from '../delivery.js';
import { mockFail, type MockRequest, type MockRoute } from '../router.js';

type Obj = Record<string, unknown>;

const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** The endpoint as answered: the secret only at creation, internal fields left out. */
function render(we: Obj, withSecret = false): Obj {
  const { secret, connect: _connect, ...out } = we;
  return withSecret ? { ...out, secret } : out;
}

function required(req: MockRequest, param: string): unknown {
  const v = req.body[param];
  if (v === undefined || v === '') mockFail(400, 'invalid_request_error', `Missing required param: ${param}.`, { code: 'parameter_missing', param });
  return v;
}

function checkUrl(url: unknown): string {
  const s = String(url);
  if (!/^https?:\/\/[^\s]+$/.test(s)) mockFail(400, 'invalid_request_error', `Invalid URL: ${s}`, { code: 'url_invalid', param: 'url' });
  return s;
}

function applyCommon(we: Obj, p: Obj): void {
  if ('url' in p) we.url = checkUrl(p.url);
  if ('enabled_events' in p) {
    const events = strs(p.enabled_events);
    if (events.length === 0)
      mockFail(400, 'invalid_request_error', 'enabled_events must name at least one event type.', { code: 'parameter_invalid_empty', param: 'enabled_events' });
    we.enabled_events = events;
  }
  if ('description' in p) we.description = p.description === '' || p.description === null ? null : String(p.description);
  if ('metadata' in p) we.metadata = mergeMetadata(we.metadata, p.metadata);
}

const W = '/v1/webhook_endpoints';

/**
 * Mock routes of v1 webhook endpoints (`/v1/webhook_endpoints`): create (answers the `whsec_` secret once),
 * retrieve, update (`disabled: true` stops deliveries), list and delete. Endpoints of a connected account
 * receive its events; a platform endpoint with `connect: true` receives the events of connected accounts.
 */
export const webhookEndpointRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: W,
    handle: (req) => {
      required(req, 'url');
      required(req, 'enabled_events');
      const we: Obj = {
        id: req.store.newId('we_'),
        object: 'webhook_endpoint',
        api_version: req.body.api_version === undefined ? null : String(req.body.api_version),
        application: null,
        created: Math.floor(Date.now() / 1000),
        description: null,
        enabled_events: [],
        livemode: false,
        metadata: {},
        status: 'enabled',
        url: '',
        secret: newSigningSecret(),
        connect: req.body.connect === true,
      };
      applyCommon(we, req.body);
      req.store.put(we);
      return render(we, true);
    },
  },
  { method: 'GET', path: `${W}/:id`, handle: (req) => render(mustGet(req, req.params.id ?? '', 'webhook_endpoint')) },
  {
    method: 'POST',
    path: `${W}/:id`,
    handle: (req) => {
      const we = mustGet(req, req.params.id ?? '', 'webhook_endpoint');
      applyCommon(we, req.body);
      if (typeof req.body.disabled === 'boolean') we.status = req.body.disabled ? 'disabled' : 'enabled';
      return render(we);
    },
  },
  {
    method: 'GET',
    path: W,
    handle: (req) =>
      v1List(
        W,
        req.store.all('webhook_endpoint').map((we) => render(we)),
        req.query,
      ),
  },
  {
    method: 'DELETE',
    path: `${W}/:id`,
    handle: (req) => {
      const we = mustGet(req, req.params.id ?? '', 'webhook_endpoint');
      we.object = 'deleted_webhook_endpoint';
      we.status = 'disabled';
      return { id: we.id, object: 'webhook_endpoint', deleted: true };
    },
  },
];

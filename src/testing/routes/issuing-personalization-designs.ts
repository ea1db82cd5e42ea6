import { mergeMetadata, mustGet, retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import { issuingPersonalizationDesign } from '../fixtures/issuing-spend.js';
import { mockFail, type MockRoute } from '../router.js';
import { badState, isObj, now, str } from '../values.js';

type Obj = Record<string, unknown>;
import type { MockStore } from '../store.js';
import { seedBundles } from '../physical-bundles.js';

const carrierKeys = ['footer_body', 'footer_title', 'header_body', 'header_title'] as const;

/** Applies personalization design create/update params. */
function applyDesign(obj: Obj, p: Obj, store: MockStore, creating: boolean): void {
  if ('physical_bundle' in p) {
    seedBundles(store);
    const bundle = store.get(String(p.physical_bundle));
    if (!bundle || bundle.object !== 'issuing.physical_bundle') {
      mockFail(404, 'invalid_request_error', `No such physical_bundle: '${String(p.physical_bundle)}'`, { code: 'resource_missing', param: 'physical_bundle' });
    }
    obj.physical_bundle = bundle.id;
  }
  for (const k of ['card_logo', 'lookup_key', 'name'] as const) if (k in p) obj[k] = str(p[k]);
  if ('carrier_text' in p) {
    const prev = isObj(obj.carrier_text) ? obj.carrier_text : { footer_body: null, footer_title: null, header_body: null, header_title: null };
    const next: Obj = { ...prev };
    if (isObj(p.carrier_text)) for (const k of carrierKeys) if (k in p.carrier_text) next[k] = str(p.carrier_text[k]);
    obj.carrier_text = p.carrier_text === '' ? null : next;
  }
  if (typeof p.lookup_key === 'string' && p.transfer_lookup_key !== true) {
    const taken = store.all('issuing.personalization_design').find((d) => d.id !== obj.id && d.lookup_key === p.lookup_key);
    if (taken) badState(`A personalization design with lookup_key '${p.lookup_key}' already exists; pass transfer_lookup_key to move it.`, 'lookup_key');
  }
  if (p.transfer_lookup_key === true && typeof p.lookup_key === 'string') {
    for (const d of store.all('issuing.personalization_design')) if (d.id !== obj.id && d.lookup_key === p.lookup_key) d.lookup_key = null;
  }
  if (isObj(p.preferences) && 'is_default' in p.preferences) {
    const isDefault = p.preferences.is_default === true;
    if (isDefault) for (const d of store.all('issuing.personalization_design')) (d.preferences as Obj).is_default = false;
    obj.preferences = { ...(obj.preferences as Obj), is_default: isDefault };
  }
  if ('metadata' in p) obj.metadata = mergeMetadata(obj.metadata, p.metadata);
  if (!creating && ['card_logo', 'carrier_text', 'physical_bundle'].some((k) => k in p)) {
    obj.status = 'review';
    obj.rejection_reasons = { card_logo: [], carrier_text: [] };
  }
}

/** Mock routes of Issuing personalization designs: create, retrieve, update, list. */
export const issuingPersonalizationDesignRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1/issuing/personalization_designs',
    handle: (req) => {
      if (req.body.physical_bundle === undefined) {
        mockFail(400, 'invalid_request_error', 'Missing required param: physical_bundle.', { code: 'parameter_missing', param: 'physical_bundle' });
      }
      const obj: Obj = { ...issuingPersonalizationDesign(), id: req.store.newId('ipcd_'), created: now(), name: null, metadata: {} };
      applyDesign(obj, req.body, req.store, true);
      return req.store.put(obj);
    },
  },
  retrieveRoute('/v1/issuing/personalization_designs/:id', 'issuing.personalization_design'),
  {
    method: 'POST',
    path: '/v1/issuing/personalization_designs/:id',
    handle: (req) => {
      const obj = mustGet(req, req.params.id ?? '', 'issuing.personalization_design');
      applyDesign(obj, req.body, req.store, false);
      return obj;
    },
  },
  listRoute('/v1/issuing/personalization_designs', 'issuing.personalization_design', [
    'status',
    { param: 'lookup_keys', get: (o) => o.lookup_key },
    'preferences.is_default',
    'preferences.is_platform_default',
  ]),
];

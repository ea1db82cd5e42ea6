import { retrieveRoute } from '../crud.js';
import { listRoute } from '../list.js';
import type { MockRoute } from '../router.js';
import { seedBundles } from '../physical-bundles.js';

/** Mock routes of Issuing physical bundles (two built-in bundles: ics_cardplane_standard, ics_cardplane_custom): retrieve, list. */
export const issuingPhysicalBundleRoutes: MockRoute[] = [
  retrieveRoute('/v1/issuing/physical_bundles/:id', 'issuing.physical_bundle', seedBundles),
  listRoute('/v1/issuing/physical_bundles', 'issuing.physical_bundle', ['status', 'type'], seedBundles),
];

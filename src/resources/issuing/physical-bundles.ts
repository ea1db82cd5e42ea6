import { issuingPhysicalBundlesList, issuingPhysicalBundlesRetrieve } from '../../generated/endpoints/issuing-physical-bundles.js';
import { defineResource } from '../../core/resource.js';

/** Issuing physical bundles: the card stock and carriers available to personalization designs (read-only). */
export const physicalBundles = defineResource('issuing.physicalBundles', {
  /** Retrieves a bundle. `GET /v1/issuing/physical_bundles/{physical_bundle}` */
  retrieve: issuingPhysicalBundlesRetrieve,
  /**
   * Lists bundles, filtered by `status` or `type`. `GET /v1/issuing/physical_bundles`
   * @example for await (const b of cp.issuing.physicalBundles.list({ type: 'standard', status: 'active' })) { … }
   */
  list: issuingPhysicalBundlesList,
});

import { defineResource, get, list } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import { IssuingPhysicalBundleListParamsSchema, IssuingPhysicalBundleSchema } from '../../schemas/issuing-physical.js';

/** Issuing physical bundles: the card stock and carriers available to personalization designs (read-only). */
export const physicalBundles = defineResource('issuing.physicalBundles', {
  /** Retrieves a bundle. `GET /v1/issuing/physical_bundles/{physical_bundle}` */
  retrieve: get('/v1/issuing/physical_bundles/{physical_bundle}', { params: V1RetrieveParams, returns: IssuingPhysicalBundleSchema }),
  /**
   * Lists bundles, filtered by `status` or `type`. `GET /v1/issuing/physical_bundles`
   * @example for await (const b of cp.issuing.physicalBundles.list({ type: 'standard', status: 'active' })) { … }
   */
  list: list('/v1/issuing/physical_bundles', { params: IssuingPhysicalBundleListParamsSchema, returns: IssuingPhysicalBundleSchema }),
});

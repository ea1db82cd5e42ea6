import { defineResource } from '../../core/resource.js';

/** Issuing physical bundles. */
export const physicalBundles = defineResource('issuing.physicalBundles', {});

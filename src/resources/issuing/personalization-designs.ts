import {
  issuingPersonalizationDesignsCreate,
  issuingPersonalizationDesignsList,
  issuingPersonalizationDesignsRetrieve,
  issuingPersonalizationDesignsUpdate,
} from '../../generated/endpoints/issuing-personalization-designs.js';
import { defineResource } from '../../core/resource.js';

/** Issuing personalization designs: logo and carrier text of physical cards, reviewed by Stripe. */
export const personalizationDesigns = defineResource('issuing.personalizationDesigns', {
  /**
   * Creates a design (status `review`). `POST /v1/issuing/personalization_designs`
   * @example cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_123', name: 'Team card', card_logo: 'file_123' })
   */
  create: issuingPersonalizationDesignsCreate,
  /** Retrieves a design. `GET /v1/issuing/personalization_designs/{personalization_design}` */
  retrieve: issuingPersonalizationDesignsRetrieve,
  /** Updates a design (sends it back to review). `POST /v1/issuing/personalization_designs/{personalization_design}` */
  update: issuingPersonalizationDesignsUpdate,
  /**
   * Lists designs, filtered by `status`, `lookup_keys` or `preferences`. `GET /v1/issuing/personalization_designs`
   * @example for await (const d of cp.issuing.personalizationDesigns.list({ status: 'active' })) { … }
   */
  list: issuingPersonalizationDesignsList,
});

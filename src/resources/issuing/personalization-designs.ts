import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  IssuingPersonalizationDesignCreateParamsSchema,
  IssuingPersonalizationDesignListParamsSchema,
  IssuingPersonalizationDesignSchema,
  IssuingPersonalizationDesignUpdateParamsSchema,
} from '../../schemas/issuing-physical.js';

/** Issuing personalization designs: logo and carrier text of physical cards, reviewed by Stripe. */
export const personalizationDesigns = defineResource('issuing.personalizationDesigns', {
  /**
   * Creates a design (status `review`). `POST /v1/issuing/personalization_designs`
   * @example cp.issuing.personalizationDesigns.create({ physical_bundle: 'ics_123', name: 'Team card', card_logo: 'file_123' })
   */
  create: post('/v1/issuing/personalization_designs', {
    params: IssuingPersonalizationDesignCreateParamsSchema,
    returns: IssuingPersonalizationDesignSchema,
  }),
  /** Retrieves a design. `GET /v1/issuing/personalization_designs/{personalization_design}` */
  retrieve: get('/v1/issuing/personalization_designs/{personalization_design}', {
    params: V1RetrieveParams,
    returns: IssuingPersonalizationDesignSchema,
  }),
  /** Updates a design (sends it back to review). `POST /v1/issuing/personalization_designs/{personalization_design}` */
  update: post('/v1/issuing/personalization_designs/{personalization_design}', {
    params: IssuingPersonalizationDesignUpdateParamsSchema,
    returns: IssuingPersonalizationDesignSchema,
  }),
  /**
   * Lists designs, filtered by `status`, `lookup_keys` or `preferences`. `GET /v1/issuing/personalization_designs`
   * @example for await (const d of cp.issuing.personalizationDesigns.list({ status: 'active' })) { … }
   */
  list: list('/v1/issuing/personalization_designs', {
    params: IssuingPersonalizationDesignListParamsSchema,
    returns: IssuingPersonalizationDesignSchema,
  }),
});

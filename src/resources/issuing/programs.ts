import { API_VERSIONS } from '../../core/versions.js';
import { defineResource, get, list, post } from '../../core/resource.js';
import { V1RetrieveParams } from '../../schemas/common.js';
import {
  IssuingProgramCreateParamsSchema,
  IssuingProgramListParamsSchema,
  IssuingProgramSchema,
  IssuingProgramUpdateParamsSchema,
} from '../../schemas/issuing-programs.js';

const version = API_VERSIONS.issuingPrograms;

/** Issuing programs (preview, sent with `Stripe-Version: …; issuing_program_beta=v2`). */
export const programs = defineResource('issuing.programs', {
  /**
   * Creates a program on a connected account; Stripe requests the card_creator capability it needs.
   * `POST /v1/issuing/programs`
   * @example cp.issuing.programs.create({ platform_program: 'iprg_123', is_default: true }, { stripeAccount: 'acct_123' })
   */
  create: post('/v1/issuing/programs', { params: IssuingProgramCreateParamsSchema, returns: IssuingProgramSchema, version }),
  /** Retrieves a program. `GET /v1/issuing/programs/{program}` */
  retrieve: get('/v1/issuing/programs/{program}', { params: V1RetrieveParams, returns: IssuingProgramSchema, version }),
  /** Updates `is_default` or metadata. `POST /v1/issuing/programs/{program}` */
  update: post('/v1/issuing/programs/{program}', { params: IssuingProgramUpdateParamsSchema, returns: IssuingProgramSchema, version }),
  /** Lists the account's programs. `GET /v1/issuing/programs` */
  list: list('/v1/issuing/programs', { params: IssuingProgramListParamsSchema, returns: IssuingProgramSchema, version }),
});

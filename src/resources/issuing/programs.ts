import { issuingProgramsCreate, issuingProgramsList, issuingProgramsRetrieve, issuingProgramsUpdate } from '../../generated/endpoints/issuing-programs.js';
import { defineResource } from '../../core/resource.js';

/** Issuing programs (preview, sent with `Stripe-Version: …; issuing_program_beta=v2`). */
export const programs = defineResource('issuing.programs', {
  /**
   * Creates a program on a connected account; Stripe requests the card_creator capability it needs.
   * `POST /v1/issuing/programs`
   * @example cp.issuing.programs.create({ platform_program: 'iprg_123', is_default: true }, { stripeAccount: 'acct_123' })
   */
  create: issuingProgramsCreate,
  /** Retrieves a program. `GET /v1/issuing/programs/{program}` */
  retrieve: issuingProgramsRetrieve,
  /** Updates `is_default` or metadata. `POST /v1/issuing/programs/{program}` */
  update: issuingProgramsUpdate,
  /** Lists the account's programs. `GET /v1/issuing/programs` */
  list: issuingProgramsList,
});

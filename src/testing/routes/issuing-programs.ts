import { crud } from '../crud.js';
import { issuingProgram } from '../fixtures/issuing.js';
import type { MockRoute } from '../router.js';

/** Mock routes of Issuing programs: create, retrieve, update, list. */
export const issuingProgramRoutes: MockRoute[] = [...crud({ collection: '/v1/issuing/programs', object: 'issuing.program', idPrefix: 'iprg_', fixture: issuingProgram })];

import type { MockRoute } from '../router.js';
import { connectRoutes } from './connect.js';
import { eventDestinationRoutes } from './event-destinations.js';
import { eventsRoutes } from './events.js';
import { externalAccountRoutes } from './external-accounts.js';
import { fileRoutes } from './files.js';
import { fundingRoutes } from './funding.js';
import { issuingPreviewRoutes } from './issuing-previews.js';
import { issuingSpendRoutes } from './issuing-spend.js';
import { issuingRoutes } from './issuing.js';
import { testHelpersIssuingRoutes } from './test-helpers-issuing.js';
import { testHelpersTreasuryRoutes } from './test-helpers-treasury.js';
import { treasuryRoutes } from './treasury.js';
import { webhookEndpointRoutes } from './webhook-endpoints.js';

/** Every route the mock API answers. */
export const allRoutes: MockRoute[] = [
  ...connectRoutes,
  ...externalAccountRoutes,
  ...fileRoutes,
  ...issuingRoutes,
  ...issuingSpendRoutes,
  ...issuingPreviewRoutes,
  ...treasuryRoutes,
  ...fundingRoutes,
  ...testHelpersIssuingRoutes,
  ...testHelpersTreasuryRoutes,
  ...eventsRoutes,
  ...webhookEndpointRoutes,
  ...eventDestinationRoutes,
];

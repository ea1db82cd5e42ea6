// Browser entry of the webhooks part of the runtime smoke: bundled by run.mjs for esbuild's browser
// platform from cardplane/webhooks alone, evaluated in a bare V8 context (node:vm) given only web globals.
// `__cardplaneSmoke()` verifies signatures and runs the authorization handler; resolves with JSON.
import * as webhooks from 'cardplane/webhooks';
import { authorizationHandler, webhookVerify } from './smoke.mjs';

globalThis.__cardplaneSmoke = async () => JSON.stringify({ webhooks: await webhookVerify(webhooks), authorizations: await authorizationHandler(webhooks) });

// Vercel Edge entry of the runtime smoke: bundled by run.mjs as Vercel does for the Edge Runtime
// (conditions edge-light, worker, browser) into one script, evaluated in the edge-runtime package's EdgeVM.
// `__cardplaneSmoke(options)` runs the smoke and resolves with its result as JSON.
import { smoke } from './smoke.mjs';

globalThis.__cardplaneSmoke = async (options) => JSON.stringify(await smoke(options));

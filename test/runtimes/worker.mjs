// workerd entry of the runtime smoke (bundled by run.mjs with wrangler's conditions): GET /?api=<baseUrl>&mock=1|0
// runs the smoke and answers its result as JSON (500 with the error otherwise).
import { smoke } from './smoke.mjs';

export default {
  async fetch(request) {
    const url = new URL(request.url);
    try {
      const result = await smoke({ baseUrl: url.searchParams.get('api'), mock: url.searchParams.get('mock') === '1' });
      return Response.json(result);
    } catch (error) {
      return new Response(error?.stack ?? String(error), { status: 500 });
    }
  },
};

// One rule in one place: the handler and the public verify/parse functions share the tolerance check and the
// event parse, so the same input gets the same outcome on every path.
import { describe, expect, it } from 'vitest';
import { constructEvent, createAuthorizationHandler, signTestPayload, verify, WebhookConfigurationError } from '../../src/webhooks/index.js';
import { SECRET } from './helpers.js';

const outcome = (fn: () => unknown): string => {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    return error instanceof WebhookConfigurationError ? error.message : `unexpected ${String(error)}`;
  }
};

describe('webhooks: one tolerance check, one event parse', () => {
  it('a tolerance is accepted or refused alike by createAuthorizationHandler and verify (null included)', async () => {
    const body = '{"id":"evt_1","object":"event"}';
    const header = await signTestPayload(body, SECRET, { timestamp: 1_700_000_000 });
    for (const tolerance of [undefined, null, 0, 10, -1, Number.NaN, Number.POSITIVE_INFINITY, '300']) {
      const handler = outcome(() => createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), tolerance: tolerance as number }));
      let viaVerify = 'accepted';
      try {
        await verify(body, header, SECRET, { tolerance: tolerance as number, now: 1_700_000_000 });
      } catch (error) {
        viaVerify = error instanceof WebhookConfigurationError ? error.message : `unexpected ${String(error)}`;
      }
      expect({ tolerance, handler }).toEqual({ tolerance, handler: viaVerify });
    }
  });

  it('an authentic body that is not an event gets the same error code from the handler and constructEvent', async () => {
    const handler = createAuthorizationHandler({ secret: SECRET, decide: () => ({ approved: true }), onError: () => {} });
    for (const body of ['not json', '[1,2]', '"text"', 'null', '{"object":"v2.core.event","id":"evt_1","type":"x"}', '{"object":"event","id":"evt_1","type":"x"}']) {
      const header = await signTestPayload(body, SECRET);
      const code = await constructEvent(body, header, SECRET).then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      );
      const res = await handler.handle({ method: 'POST', body, signature: header });
      const answer = (JSON.parse(res.body) as { error?: { code?: string } }).error?.code;
      expect({ body, status: res.status, code: answer }).toEqual({ body, status: 400, code });
    }
  });
});

import type { MockRequest, MockRoute } from '../router.js';
import { mustGet } from '../crud.js';
import { isObj } from '../values.js';

type Obj = Record<string, unknown>;

function designStatus(status: string) {
  return (req: MockRequest): Obj => {
    const d = mustGet(req, req.params.id ?? '', 'issuing.personalization_design');
    d.status = status;
    if (status === 'rejected') {
      const r = isObj(req.body.rejection_reasons) ? req.body.rejection_reasons : {};
      const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
      d.rejection_reasons = { card_logo: list(r.card_logo), carrier_text: list(r.carrier_text) };
    } else {
      d.rejection_reasons = { card_logo: [], carrier_text: [] };
    }
    return d;
  };
}

/** Mock routes of the Issuing personalization design review simulations (activate, deactivate, reject). */
export const testHelpersIssuingPersonalizationDesignRoutes: MockRoute[] = [
  { method: 'POST', path: '/v1/test_helpers/issuing/personalization_designs/:id/activate', handle: designStatus('active') },
  { method: 'POST', path: '/v1/test_helpers/issuing/personalization_designs/:id/deactivate', handle: designStatus('inactive') },
  { method: 'POST', path: '/v1/test_helpers/issuing/personalization_designs/:id/reject', handle: designStatus('rejected') },
];

import type { MockRequest, MockRoute } from '../router.js';
import { mustGet } from '../crud.js';
import { badState, isObj, now } from '../values.js';

type Obj = Record<string, unknown>;

/** Moves a physical card's `shipping.status`; virtual cards answer 400. */
function ship(status: string) {
  return (req: MockRequest): Obj => {
    const card = mustGet(req, req.params.id ?? '', 'issuing.card');
    if (card.type !== 'physical' || !isObj(card.shipping)) badState(`Card ${String(card.id)} is not a physical card; only physical cards ship.`);
    const s = card.shipping;
    s.status = status;
    if (status === 'shipped') {
      s.carrier ??= 'usps';
      s.tracking_number ??= `9400${String(Math.floor(Math.random() * 1e12)).padStart(12, '0')}`;
      s.eta ??= now() + 5 * 86400;
    }
    return card;
  };
}

/** Mock routes of the Issuing card shipping simulations (submit, ship, deliver, return, fail) of physical cards. */
export const testHelpersIssuingCardRoutes: MockRoute[] = [
  ...(['submit', 'ship', 'deliver', 'return', 'fail'] as const).map((step): MockRoute => ({
    method: 'POST',
    path: `/v1/test_helpers/issuing/cards/:id/shipping/${step}`,
    handle: ship({ submit: 'submitted', ship: 'shipped', deliver: 'delivered', return: 'returned', fail: 'failure' }[step]),
  })),
];

import { issuingPhysicalBundle } from './fixtures/issuing-spend.js';
import type { MockStore } from './store.js';

/** Puts the built-in physical bundles into the store on first use (bundles are Stripe's, never created by you). */
export function seedBundles(store: MockStore): void {
  if (store.get('ics_cardplane_standard')) return;
  store.put(issuingPhysicalBundle());
  store.put({
    ...issuingPhysicalBundle(),
    id: 'ics_cardplane_custom',
    name: 'Cardplane Custom Black',
    type: 'custom',
    features: { card_logo: 'required', carrier_text: 'optional', second_line: 'unsupported' },
  });
}

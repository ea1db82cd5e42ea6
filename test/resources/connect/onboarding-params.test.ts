/**
 * The onboarding params the hand-written schemas refused and Stripe accepts (issue: 165 params refused):
 * v1 identity documents and verification, `documents`, `settings.payouts`; v2 identity documents and
 * business id numbers. Sent through the client to the mock, whose check is the same (generated) schema.
 */
import { describe, expect, it } from 'vitest';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

describe('onboarding params Stripe accepts', () => {
  it('v1: individual.verification documents, company.verification, documents, settings.payouts', async () => {
    const acct = await t.cp.accounts.create({ type: 'custom', country: 'US', capabilities: { card_issuing: { requested: true } } });
    await t.cp.accounts.update(acct.id, {
      individual: { verification: { document: { front: 'file_front', back: 'file_back' }, additional_document: { front: 'file_add' } } },
      company: { verification: { document: { front: 'file_co' } } },
      documents: { company_license: { files: ['file_lic'] } },
      settings: { payouts: { debit_negative_balances: true, schedule: { interval: 'weekly', weekly_anchor: 'monday' } } },
    });
    const wire = await t.last();
    expect(wire.form).toEqual(
      expect.arrayContaining([
        ['individual[verification][document][front]', 'file_front'],
        ['company[verification][document][front]', 'file_co'],
        ['documents[company_license][files][0]', 'file_lic'],
        ['settings[payouts][schedule][weekly_anchor]', 'monday'],
      ]),
    );
  });

  it('v2: identity.individual.documents and identity.business_details.id_numbers', async () => {
    const acct = await t.cp.v2.core.accounts.create({ identity: { country: 'gb', entity_type: 'company' } });
    await t.cp.v2.core.accounts.update(acct.id, {
      identity: {
        individual: { documents: { passport: { files: ['file_pass'], type: 'files' } } },
        business_details: { id_numbers: [{ type: 'gb_crn', value: '01234567' }] },
      },
    });
    expect((await t.last()).json).toEqual({
      identity: {
        individual: { documents: { passport: { files: ['file_pass'], type: 'files' } } },
        business_details: { id_numbers: [{ type: 'gb_crn', value: '01234567' }] },
      },
    });
  });
});

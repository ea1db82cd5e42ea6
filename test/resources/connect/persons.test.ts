import { describe, expect, it } from 'vitest';
import { CardplaneValidationError, type AccountCreatePersonParams } from '../../../src/index.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe();

const jenny = {
  first_name: 'Jenny',
  last_name: 'Rosen',
  dob: { day: 12, month: 11, year: 1978 },
  address: { line1: '510 Townsend Street', city: 'San Francisco', state: 'CA', postal_code: '94111', country: 'US' },
  id_number: '123456789',
  email: 'jenny.rosen@example.com',
  relationship: { representative: true, owner: true, percent_ownership: 0.75 },
} satisfies AccountCreatePersonParams;

async function newAccount(): Promise<string> {
  return (await t.cp.accounts.create({ country: 'US', business_type: 'company' })).id;
}

describe('accounts persons (v1)', () => {
  it('createPerson encodes relationship[percent_ownership]=0.75 and returns the person', async () => {
    const account = await newAccount();
    const p = await t.cp.accounts.createPerson(account, jenny);
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/accounts/${account}/persons`);
    expect(wire.form).toEqual([
      ['first_name', 'Jenny'],
      ['last_name', 'Rosen'],
      ['dob[day]', '12'],
      ['dob[month]', '11'],
      ['dob[year]', '1978'],
      ['address[line1]', '510 Townsend Street'],
      ['address[city]', 'San Francisco'],
      ['address[state]', 'CA'],
      ['address[postal_code]', '94111'],
      ['address[country]', 'US'],
      ['id_number', '123456789'],
      ['email', 'jenny.rosen@example.com'],
      ['relationship[representative]', 'true'],
      ['relationship[owner]', 'true'],
      ['relationship[percent_ownership]', '0.75'],
    ]);
    expect(wire.body).toContain('&relationship[percent_ownership]=0.75');
    expect(p.object).toBe('person');
    expect(p.account).toBe(account);
    expect(p.relationship!.percent_ownership).toBe(0.75);
    expect(p.relationship!.owner).toBe(true);
    expect(p.address?.postal_code).toBe('94111');
    expect(p.dob).toEqual({ day: 12, month: 11, year: 1978 });
    expect(p.id_number_provided).toBe(true);
  });

  it('retrievePerson and updatePerson address the person under its account', async () => {
    const account = await newAccount();
    const { id } = await t.cp.accounts.createPerson(account, jenny);
    const got = await t.cp.accounts.retrievePerson(account, id);
    expect((await t.last()).path).toBe(`/v1/accounts/${account}/persons/${id}`);
    expect(got.first_name).toBe('Jenny');
    const updated = await t.cp.accounts.updatePerson(account, id, { relationship: { title: 'CEO', executive: true }, phone: '+14155550100' });
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe(`/v1/accounts/${account}/persons/${id}`);
    expect(wire.form).toEqual([
      ['relationship[title]', 'CEO'],
      ['relationship[executive]', 'true'],
      ['phone', '+14155550100'],
    ]);
    expect(updated.relationship).toMatchObject({ title: 'CEO', executive: true, owner: true, percent_ownership: 0.75 });
  });

  it('listPersons filters by relationship and pages with for await', async () => {
    const account = await newAccount();
    for (let i = 0; i < 3; i++) await t.cp.accounts.createPerson(account, { first_name: `Owner${i}`, relationship: { owner: true } });
    await t.cp.accounts.createPerson(account, { first_name: 'Director', relationship: { director: true } });
    const names: (string | null | undefined)[] = [];
    for await (const p of t.cp.accounts.listPersons(account, { relationship: { owner: true }, limit: 2 })) names.push(p.first_name);
    expect(names).toEqual(['Owner2', 'Owner1', 'Owner0']);
    const gets = (await t.requests()).filter((w) => w.method === 'GET');
    expect(gets[0]?.path).toBe(`/v1/accounts/${account}/persons`);
    expect(gets[0]?.query).toEqual([
      ['relationship[owner]', 'true'],
      ['limit', '2'],
    ]);
    expect(gets[1]?.query.map(([k]) => k)).toEqual(['relationship[owner]', 'limit', 'starting_after']);
  });

  it('deletePerson sends DELETE and returns the deletion', async () => {
    const account = await newAccount();
    const { id } = await t.cp.accounts.createPerson(account, jenny, { stripeAccount: account });
    const res = await t.cp.accounts.deletePerson(account, id, {}, { stripeAccount: account });
    const wire = await t.last();
    expect(wire.method).toBe('DELETE');
    expect(wire.path).toBe(`/v1/accounts/${account}/persons/${id}`);
    expect(wire.headers['stripe-account']).toBe(account);
    expect(res).toEqual({ id, object: 'person', deleted: true });
    await expect(t.cp.accounts.retrievePerson(account, id)).rejects.toMatchObject({ status: 404 });
  });

  it('rejects a percent_ownership given as text and an empty account id before sending', async () => {
    const err = await t.cp.accounts.createPerson('acct_1', { relationship: { percent_ownership: '0.75' } } as unknown as AccountCreatePersonParams).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).field).toBe('relationship.percent_ownership');
    const err2 = await t.cp.accounts.createPerson('', jenny).catch((e: unknown) => e);
    expect((err2 as CardplaneValidationError).field).toBe('account');
    expect(t.mock.requests).toHaveLength(0);
  });
});

import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import { startMockServer } from '../../src/testing/server.js';
import { MOCK_BASE, useMockStripe } from '../helpers/msw.js';

// The onboarding calls of the client against the mock (msw, strict: a wrong shape fails the call).
const t = useMockStripe();
const KEY = 'sk_test_cardplane_mock';
/** A tiny PNG-ish payload: only its length matters to the mock. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** Uploads through the official SDK (its own multipart body) to the mock served over HTTP. */
async function uploadWithStripe(purpose: 'identity_document' | 'dispute_evidence', stripeAccount?: string, extra: Record<string, unknown> = {}) {
  const server = await startMockServer({ mock: t.mock, port: 0 });
  try {
    const stripe = new Stripe(KEY, { host: '127.0.0.1', port: server.port, protocol: 'http', maxNetworkRetries: 0 });
    return await stripe.files.create(
      { purpose, file: { data: PNG, name: 'id.png', type: 'image/png' }, ...extra } as Stripe.FileCreateParams,
      stripeAccount ? { stripeAccount } : {},
    );
  } finally {
    await server.close();
  }
}

/** Uploads with a raw `fetch` and `FormData` (msw answers it from the mock). */
async function uploadWithFetch(form: FormData, account?: string): Promise<Response> {
  return fetch(`${MOCK_BASE}/v1/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${KEY}`, ...(account ? { 'stripe-account': account } : {}) } });
}

const pngForm = (purpose: string | undefined, withFile = true): FormData => {
  const form = new FormData();
  if (purpose !== undefined) form.append('purpose', purpose);
  if (withFile) form.append('file', new Blob([PNG], { type: 'image/png' }), 'front.png');
  return form;
};

async function customAccount(extra: Record<string, unknown> = {}) {
  return t.cp.accounts.create({ type: 'custom', country: 'US', capabilities: { card_issuing: { requested: true } }, ...extra });
}

describe('mock: v1 external accounts', () => {
  it('creates from tokens and objects, keeps one default per currency, filters by object', async () => {
    const acct = await customAccount();
    const bank = await t.cp.accounts.createExternalAccount(acct.id, { external_account: 'btok_us_verified' });
    expect(bank).toMatchObject({ object: 'bank_account', account: acct.id, country: 'US', currency: 'usd', last4: '6789', default_for_currency: true });
    const card = await t.cp.accounts.createExternalAccount(acct.id, { external_account: 'tok_visa_debit' });
    expect(card).toMatchObject({ object: 'card', funding: 'debit', brand: 'Visa', default_for_currency: false });
    const second = await t.cp.accounts.createExternalAccount(acct.id, {
      external_account: { object: 'bank_account', country: 'US', currency: 'usd', account_number: '000123456789', routing_number: '110000000', account_holder_name: 'Jenny Rosen' },
      metadata: { role: 'backup' },
    });
    expect(second).toMatchObject({ object: 'bank_account', last4: '6789', account_holder_name: 'Jenny Rosen', default_for_currency: false, metadata: { role: 'backup' } });

    expect((await t.cp.accounts.retrieveExternalAccount(acct.id, card.id)).id).toBe(card.id);
    expect((await t.cp.accounts.listExternalAccounts(acct.id, { object: 'card' })).data.map((e) => e.id)).toEqual([card.id]);
    expect((await t.cp.accounts.listExternalAccounts(acct.id, { object: 'bank_account' })).data.map((e) => e.id)).toEqual([second.id, bank.id]);
    expect((await t.cp.accounts.listExternalAccounts(acct.id)).data).toHaveLength(3);

    // Moving the default, then deleting: the default of a currency cannot be deleted.
    const moved = await t.cp.accounts.updateExternalAccount(acct.id, second.id, { default_for_currency: true, account_holder_type: 'individual' });
    expect(moved).toMatchObject({ default_for_currency: true, account_holder_type: 'individual' });
    expect((await t.cp.accounts.retrieveExternalAccount(acct.id, bank.id)).default_for_currency).toBe(false);
    await expect(t.cp.accounts.deleteExternalAccount(acct.id, second.id)).rejects.toMatchObject({ status: 400, param: 'id' });
    expect(await t.cp.accounts.deleteExternalAccount(acct.id, bank.id)).toMatchObject({ id: bank.id, object: 'bank_account', deleted: true });
    await expect(t.cp.accounts.retrieveExternalAccount(acct.id, bank.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a credit card token and a string that is no token', async () => {
    const acct = await customAccount();
    await expect(t.cp.accounts.createExternalAccount(acct.id, { external_account: 'tok_visa' })).rejects.toMatchObject({ status: 400, code: 'invalid_card_type' });
    await expect(t.cp.accounts.createExternalAccount(acct.id, { external_account: 'pm_card_visa' })).rejects.toMatchObject({ status: 400, param: 'external_account' });
  });

  it("keeps the boundary: another account's path or Stripe-Account cannot read them", async () => {
    const a = await customAccount();
    const b = await customAccount();
    const bank = await t.cp.accounts.createExternalAccount(a.id, { external_account: 'btok_us_verified' });
    await expect(t.cp.accounts.retrieveExternalAccount(b.id, bank.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(t.cp.forAccount(b.id).accounts.retrieveExternalAccount(a.id, bank.id)).rejects.toMatchObject({ status: 404 });
    expect((await t.cp.accounts.listExternalAccounts(b.id)).data).toEqual([]);
  });
});

describe('mock: v1 account actions', () => {
  it('retrieveCurrent answers the platform, or the connected account of the call', async () => {
    const platform = await t.cp.accounts.retrieveCurrent();
    expect(platform).toMatchObject({ object: 'account', charges_enabled: true, details_submitted: true });
    const acct = await customAccount();
    expect((await t.cp.forAccount(acct.id).accounts.retrieveCurrent()).id).toBe(acct.id);
  });

  it('login links for an Express account; refused for a custom one', async () => {
    const express = await t.cp.accounts.create({ type: 'express', country: 'US' });
    const link = await t.cp.accounts.createLoginLink(express.id);
    expect(link.object).toBe('login_link');
    expect(link.url).toMatch(/^https:\/\/connect\.stripe\.com\/express\//);
    expect(typeof link.created).toBe('number');
    await expect(t.cp.accounts.createLoginLink((await customAccount()).id)).rejects.toMatchObject({ status: 400 });
  });

  it('reject sets disabled_reason rejected.<reason> and capabilities inactive; unreject undoes it', async () => {
    const acct = await customAccount({ business_type: 'company', settings: { card_issuing: { tos_acceptance: { date: 1_700_000_000, ip: '203.0.113.7' } } } });
    expect(acct.capabilities?.card_issuing).toBe('active');
    const rejected = await t.cp.accounts.reject(acct.id, { reason: 'fraud_other' });
    expect(rejected.requirements?.disabled_reason).toBe('rejected.fraud');
    expect(rejected.capabilities?.card_issuing).toBe('inactive');
    expect((await t.cp.accounts.retrieveCapability(acct.id, 'card_issuing')).status).toBe('inactive');
    await expect(t.cp.accounts.reject(acct.id, { reason: 'other' })).rejects.toMatchObject({ status: 400 });
    const back = await t.cp.accounts.unreject(acct.id);
    expect(back.requirements?.disabled_reason).toBeNull();
    expect(back.capabilities?.card_issuing).toBe('active');
  });

  it('account sessions: a client secret and the components as requested', async () => {
    const acct = await customAccount();
    const session = await t.cp.accountSessions.create({
      account: acct.id,
      components: {
        account_onboarding: { enabled: true, features: { external_account_collection: false } },
        issuing_cards_list: { enabled: true, features: { card_management: true } },
      },
    });
    expect(session).toMatchObject({ object: 'account_session', account: acct.id, livemode: false });
    expect(session.client_secret).toMatch(/^accs_secret__/);
    expect(session.expires_at).toBeGreaterThan(Date.now() / 1000);
    expect(session.components.account_onboarding).toEqual({ enabled: true, features: { disable_stripe_user_authentication: false, external_account_collection: false } });
    expect(session.components.issuing_cards_list.features.card_management).toBe(true);
    expect(session.components.payouts.enabled).toBe(false);
    await expect(t.cp.accountSessions.create({ account: 'acct_nope', components: { account_onboarding: { enabled: true } } })).rejects.toMatchObject({ status: 404 });
  });
});

describe('mock: files and file links', () => {
  it('stores a multipart upload from the official SDK; retrieve and list by purpose', async () => {
    const file = await uploadWithStripe('dispute_evidence', undefined, { file_link_data: { create: true } });
    expect(file).toMatchObject({ object: 'file', purpose: 'dispute_evidence', size: PNG.length, filename: 'id.png', type: 'png', expires_at: null, title: null });
    expect(file.url).toBe(`https://files.stripe.com/v1/files/${file.id}/contents`);
    expect(file.links?.data).toHaveLength(1);
    const got = await t.cp.files.retrieve(file.id);
    expect(got).toMatchObject({ id: file.id, size: PNG.length });
    expect(got.links?.data[0]?.object).toBe('file_link');
    const idDoc = await uploadWithStripe('identity_document');
    expect((await t.cp.files.list({ purpose: 'identity_document' })).data.map((f) => f.id)).toEqual([idDoc.id]);
    expect((await t.cp.files.list()).data).toHaveLength(2);
  });

  it('refuses a missing file or an unknown purpose, naming the param', async () => {
    const noFile = await uploadWithFetch(pngForm('identity_document', false));
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error).toMatchObject({ param: 'file' });
    const badPurpose = await uploadWithFetch(pngForm('selfies'));
    expect(badPurpose.status).toBe(400);
    expect((await badPurpose.json()).error).toMatchObject({ param: 'purpose' });
    const ok = await uploadWithFetch(pngForm('identity_document'));
    expect(await ok.json()).toMatchObject({ object: 'file', filename: 'front.png', size: PNG.length });
    // The harness decodes the multipart request it recorded.
    const wire = await t.last();
    expect(wire.form).toEqual([['purpose', 'identity_document']]);
    expect(wire.files).toEqual([{ name: 'file', filename: 'front.png', type: 'image/png', size: PNG.length }]);
  });

  it('an upload replayed with its Idempotency-Key answers the first file, not a second one', async () => {
    const send = () =>
      fetch(`${MOCK_BASE}/v1/files`, { method: 'POST', body: pngForm('identity_document'), headers: { authorization: `Bearer ${KEY}`, 'idempotency-key': 'upload-1' } });
    const first = (await (await send()).json()) as { id: string };
    const again = await send();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { id: string }).id).toBe(first.id);
    expect((await t.cp.files.list()).data).toHaveLength(1);
  });

  it('file links: create, retrieve, update (expire now), list by file and expired', async () => {
    const file = await uploadWithStripe('dispute_evidence');
    const link = await t.cp.fileLinks.create({ file: file.id, metadata: { case: '42' } });
    expect(link).toMatchObject({ object: 'file_link', file: file.id, expired: false, expires_at: null, metadata: { case: '42' } });
    expect((await t.cp.fileLinks.retrieve(link.id)).id).toBe(link.id);
    const expired = await t.cp.fileLinks.update(link.id, { expires_at: 'now' });
    expect(expired.expired).toBe(true);
    expect((await t.cp.fileLinks.list({ file: file.id })).data.map((l) => l.id)).toEqual([link.id]);
    expect((await t.cp.fileLinks.list({ expired: false })).data).toEqual([]);
    // Identity documents are not shared through links.
    const idDoc = await uploadWithStripe('identity_document');
    await expect(t.cp.fileLinks.create({ file: idDoc.id })).rejects.toMatchObject({ status: 400, param: 'file' });
  });
});

describe("the client's upload against the mock (msw at files.stripe.com)", () => {
  it('cp.files.create uploads a Blob, a web stream and bytes; the file clears the v1 document requirement', async () => {
    const acct = await customAccount({ business_type: 'individual', settings: { card_issuing: { tos_acceptance: { date: 1_700_000_000, ip: '203.0.113.7' } } } });
    await t.cp.accounts.update(acct.id, { individual: { first_name: 'Jenny', last_name: 'Rosen', id_number: '111111111' } });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const stream = new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(png.slice(0, 3)), c.enqueue(png.slice(3)), c.close()) });
    const fromBlob = await t.cp.files.create({ purpose: 'identity_document', file: new File([png], 'front.png', { type: 'image/png' }) }, { stripeAccount: acct.id });
    const fromStream = await t.cp.files.create({ purpose: 'identity_document', file: { data: stream, name: 'back.png' } }, { stripeAccount: acct.id });
    const wire = await t.last();
    expect(wire.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(wire.headers['stripe-account']).toBe(acct.id);
    expect(fromBlob).toMatchObject({ object: 'file', purpose: 'identity_document', size: png.length, filename: 'front.png', type: 'png' });
    expect(fromStream).toMatchObject({ size: png.length, filename: 'back.png' });
    expect((await t.cp.forAccount(acct.id).files.list({ purpose: 'identity_document' })).data.map((f) => f.id)).toEqual([fromStream.id, fromBlob.id]);
    const cleared = await t.cp.accounts.update(acct.id, { individual: { verification: { document: { front: fromBlob.id, back: fromStream.id } } } });
    expect(cleared.requirements?.currently_due).toEqual([]);
    expect((await t.cp.accounts.retrieveCapability(acct.id, 'card_issuing')).status).toBe('active');
  });
});

describe('mock: identity verification (test id number 111111111)', () => {
  it('v1: the individual document is due until an uploaded identity document is attached; then card_issuing is active', async () => {
    const acct = await customAccount({ business_type: 'individual', settings: { card_issuing: { tos_acceptance: { date: 1_700_000_000, ip: '203.0.113.7' } } } });
    expect(acct.capabilities?.card_issuing).toBe('active');
    const due = await t.cp.accounts.update(acct.id, { individual: { first_name: 'Jenny', last_name: 'Rosen', id_number: '111111111' } });
    expect(due.requirements?.currently_due).toEqual(['individual.verification.document']);
    expect(due.capabilities?.card_issuing).toBe('inactive');
    expect(due.individual?.id_number_provided).toBe(true);

    // A file of another purpose, or one that does not exist, is refused.
    const evidence = await uploadWithStripe('dispute_evidence', acct.id);
    await expect(t.cp.accounts.update(acct.id, { individual: { verification: { document: { front: evidence.id } } } })).rejects.toMatchObject({
      status: 400,
      param: 'individual[verification][document][front]',
    });
    await expect(t.cp.accounts.update(acct.id, { individual: { verification: { document: { front: 'file_nope' } } } })).rejects.toMatchObject({ status: 400 });

    // The documented flow: the document is uploaded for the connected account, then attached by the platform.
    const front = await uploadWithStripe('identity_document', acct.id);
    const cleared = await t.cp.accounts.update(acct.id, { individual: { verification: { document: { front: front.id } } } });
    expect(cleared.requirements?.currently_due).toEqual([]);
    expect(cleared.individual?.verification?.document?.front).toBe(front.id);
    expect(cleared.individual?.verification?.status).toBe('verified');
    expect((await t.cp.accounts.retrieveCapability(acct.id, 'card_issuing')).status).toBe('active');
  });

  it('v1: a person with the mismatch id number needs a document; the failure token does not clear it, the success token does', async () => {
    const acct = await customAccount({ business_type: 'company', settings: { card_issuing: { tos_acceptance: { date: 1_700_000_000, ip: '203.0.113.7' } } } });
    const person = await t.cp.accounts.createPerson(acct.id, { first_name: 'Ada', last_name: 'Quill', id_number: '111111111', relationship: { representative: true } });
    expect(person.requirements?.currently_due).toEqual(['verification.document']);
    let account = await t.cp.accounts.retrieve(acct.id);
    expect(account.requirements?.currently_due).toEqual([`${person.id}.verification.document`]);
    expect(account.capabilities?.card_issuing).toBe('inactive');

    const failed = await t.cp.accounts.updatePerson(acct.id, person.id, { verification: { document: { front: 'file_identity_document_failure' } } });
    expect(failed.requirements?.currently_due).toEqual(['verification.document']);
    expect(failed.verification?.document?.details_code).toBe('document_failed_test_mode');

    const ok = await t.cp.accounts.updatePerson(acct.id, person.id, { verification: { document: { front: 'file_identity_document_success' } } });
    expect(ok.requirements?.currently_due).toEqual([]);
    account = await t.cp.accounts.retrieve(acct.id);
    expect(account.requirements?.currently_due).toEqual([]);
    expect(account.capabilities?.card_issuing).toBe('active');
  });

  it('v2: identity.individual.documents is due until primary_verification.front_back.front names an uploaded document; then the capability is active', async () => {
    const include = ['configuration.card_creator', 'requirements', 'identity'] as const;
    const acct = await t.cp.v2.core.accounts.create({
      identity: {
        country: 'us',
        entity_type: 'individual',
        individual: { given_name: 'Jenny', surname: 'Rosen', date_of_birth: { day: 1, month: 2, year: 1980 }, id_numbers: [{ type: 'us_ssn', value: '111111111' }] },
        attestations: { terms_of_service: { account: { date: '2025-01-01T00:00:00.000Z', ip: '203.0.113.7' } } },
      },
      configuration: { card_creator: { capabilities: { commercial: { celtic: { charge_card: { requested: true } } } } } },
      include: [...include],
    });
    expect(acct.requirements?.entries?.map((e) => e.description)).toEqual(['identity.individual.documents.primary_verification']);
    expect(acct.configuration?.card_creator?.capabilities?.commercial?.celtic?.charge_card?.status).toBe('restricted');
    // Stripe answers the id number's type only.
    expect(acct.identity?.individual?.id_numbers).toEqual([{ type: 'us_ssn' }]);
    // The v1 view of the same account lists it too.
    expect((await t.cp.accounts.retrieve(acct.id)).requirements?.currently_due).toEqual(['identity.individual.documents.primary_verification']);

    const res = await uploadWithFetch(pngForm('identity_document'), acct.id);
    const file = (await res.json()) as { id: string; purpose: string };
    expect(file.purpose).toBe('identity_document');
    const updated = await t.cp.v2.core.accounts.update(acct.id, {
      identity: { individual: { documents: { primary_verification: { type: 'front_back', front_back: { front: file.id } } } } },
      include: [...include],
    });
    expect(updated.requirements?.entries).toEqual([]);
    expect(updated.configuration?.card_creator?.capabilities?.commercial?.celtic?.charge_card?.status).toBe('active');
    expect(updated.identity?.individual?.documents?.primary_verification?.front_back.front).toBe(file.id);
  });

  it('v2: an unknown document file is refused naming the dotted param', async () => {
    const acct = await t.cp.v2.core.accounts.create({ identity: { country: 'us', entity_type: 'individual' } });
    await expect(
      t.cp.v2.core.accounts.update(acct.id, { identity: { individual: { documents: { primary_verification: { type: 'front_back', front_back: { front: 'file_nope' } } } } } }),
    ).rejects.toMatchObject({ status: 400, param: 'identity.individual.documents.primary_verification.front_back.front' });
  });
});

describe('mock: v2 persons, person tokens, account tokens, event destinations', () => {
  it('persons: CRUD under their account; an executive counts as persons_provided; another account cannot read them', async () => {
    const acct = await t.cp.v2.core.accounts.create({
      identity: {
        country: 'us',
        entity_type: 'company',
        business_details: { registered_name: 'Rocket Rides' },
        attestations: { terms_of_service: { account: { date: '2025-01-01T00:00:00.000Z', ip: '203.0.113.7' } } },
      },
      configuration: { card_creator: { capabilities: { commercial: { celtic: { charge_card: { requested: true } } } } } },
      include: ['requirements'],
    });
    expect(acct.requirements?.entries?.map((e) => e.description)).toEqual(['identity.attestations.persons_provided.executives']);
    const persons = t.cp.v2.core.accounts.persons;
    const person = await persons.create(acct.id, {
      given_name: 'Ada',
      surname: 'Quill',
      id_numbers: [{ type: 'us_ssn_last_4', value: '1234' }],
      relationship: { executive: true, title: 'CEO' },
      metadata: { crm: '7' },
    });
    expect(person).toMatchObject({ object: 'v2.core.account_person', account: acct.id, given_name: 'Ada', id_numbers: [{ type: 'us_ssn_last_4' }], metadata: { crm: '7' } });
    const after = await t.cp.v2.core.accounts.retrieve(acct.id, { include: ['requirements', 'configuration.card_creator'] });
    expect(after.requirements?.entries).toEqual([]);
    expect(after.configuration?.card_creator?.capabilities?.commercial?.celtic?.charge_card?.status).toBe('active');

    expect((await persons.retrieve(acct.id, person.id)).id).toBe(person.id);
    expect((await persons.update(acct.id, person.id, { surname: 'Lovelace' })).surname).toBe('Lovelace');
    expect((await persons.list(acct.id)).data.map((p) => p.id)).toEqual([person.id]);

    const other = await t.cp.v2.core.accounts.create({ identity: { country: 'us' } });
    await expect(persons.retrieve(other.id, person.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(persons.retrieve(acct.id, person.id, {}, { stripeContext: other.id })).rejects.toMatchObject({ status: 404 });

    expect((await persons.del(acct.id, person.id)).id).toBe(person.id);
    await expect(persons.retrieve(acct.id, person.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('person tokens and account tokens: create, retrieve, used once', async () => {
    const acct = await t.cp.v2.core.accounts.create({ identity: { country: 'us', entity_type: 'company' } });
    const pt = await t.cp.v2.core.accounts.personTokens.create(acct.id, { given_name: 'Grace', relationship: { representative: true } });
    expect(pt).toMatchObject({ object: 'v2.core.account_person_token', used: false, livemode: false });
    expect((await t.cp.v2.core.accounts.personTokens.retrieve(acct.id, pt.id)).id).toBe(pt.id);
    const person = await t.cp.v2.core.accounts.persons.create(acct.id, { person_token: pt.id });
    expect(person.given_name).toBe('Grace');
    expect((await t.cp.v2.core.accounts.personTokens.retrieve(acct.id, pt.id)).used).toBe(true);
    await expect(t.cp.v2.core.accounts.persons.create(acct.id, { person_token: pt.id })).rejects.toMatchObject({ status: 400 });

    const at = await t.cp.v2.core.accountTokens.create({
      contact_email: 'ops@example.com',
      identity: { entity_type: 'company', business_details: { registered_name: 'Token Co' } },
    });
    expect(at).toMatchObject({ object: 'v2.core.account_token', used: false });
    expect(Date.parse(at.expires_at)).toBeGreaterThan(Date.parse(at.created));
    expect((await t.cp.v2.core.accountTokens.retrieve(at.id)).id).toBe(at.id);
    const fromToken = await t.cp.v2.core.accounts.create({ account_token: at.id, identity: { country: 'us' }, include: ['identity'] });
    expect(fromToken.contact_email).toBe('ops@example.com');
    expect(fromToken.identity?.business_details?.registered_name).toBe('Token Co');
    expect((await t.cp.v2.core.accountTokens.retrieve(at.id)).used).toBe(true);
  });

  it('event destinations through the client: create, retrieve, update, list, disable, enable, ping, del', async () => {
    const url = 'https://backend.test/onboarding-thin';
    t.mock.onWebhook(url, () => new Response('ok'));
    const ed = t.cp.v2.core.eventDestinations;
    const dest = await ed.create({ name: 'thin', type: 'webhook_endpoint', event_payload: 'thin', enabled_events: ['v2.core.account.updated'], webhook_endpoint: { url } });
    expect(dest.status).toBe('enabled');
    expect((await ed.retrieve(dest.id)).id).toBe(dest.id);
    expect((await ed.update(dest.id, { description: 'd' })).description).toBe('d');
    expect((await ed.list()).data.map((d) => d.id)).toEqual([dest.id]);
    expect((await ed.disable(dest.id)).status).toBe('disabled');
    expect((await ed.enable(dest.id)).status).toBe('enabled');
    expect((await ed.ping(dest.id)).type).toBe('v2.core.event_destination.ping');
    expect((await ed.del(dest.id)).id).toBe(dest.id);
  });
});

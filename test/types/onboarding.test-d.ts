import { Readable } from 'node:stream';
import { describe, expectTypeOf, it } from 'vitest';
import {
  Cardplane,
  type AccountSession,
  type BankAccount,
  type Card,
  type File,
  type FileLink,
  type LoginLink,
  type Page,
  type V2CoreAccountPerson,
  type V2CoreAccountPersonToken,
  type V2CoreAccountToken,
  type V2CoreEventDestination,
} from '../../src/index.js';

declare const cp: Cardplane;
const bytes = new Uint8Array([1, 2, 3]);

describe('onboarding methods: typed results', () => {
  it('files, file links, account sessions, login links', () => {
    expectTypeOf(cp.files.create({ purpose: 'identity_document', file: { data: bytes, name: 'id.png', type: 'image/png' } })).resolves.toEqualTypeOf<File>();
    expectTypeOf(cp.files.list({ purpose: 'identity_document' })).resolves.toEqualTypeOf<Page<File>>();
    expectTypeOf(cp.fileLinks.create({ file: 'file_1' })).resolves.toEqualTypeOf<FileLink>();
    expectTypeOf(cp.accountSessions.create({ account: 'acct_1', components: { account_onboarding: { enabled: true } } })).resolves.toEqualTypeOf<AccountSession>();
    expectTypeOf(cp.accounts.createLoginLink('acct_1')).resolves.toEqualTypeOf<LoginLink>();
    expectTypeOf(cp.accounts.createExternalAccount('acct_1', { external_account: 'btok_us_verified' })).resolves.toEqualTypeOf<BankAccount | Card>();
  });

  it('v2 persons, tokens and event destinations', () => {
    expectTypeOf(cp.v2.core.accounts.persons.create('acct_1', { given_name: 'Jenny' })).resolves.toEqualTypeOf<V2CoreAccountPerson>();
    expectTypeOf(cp.v2.core.accounts.persons.list('acct_1')).resolves.toEqualTypeOf<Page<V2CoreAccountPerson>>();
    expectTypeOf(cp.v2.core.accounts.personTokens.retrieve('acct_1', 'perstok_1')).resolves.toEqualTypeOf<V2CoreAccountPersonToken>();
    expectTypeOf(cp.v2.core.accountTokens.retrieve('accttok_1')).resolves.toEqualTypeOf<V2CoreAccountToken>();
    expectTypeOf(cp.v2.core.eventDestinations.enable('ed_1')).resolves.toEqualTypeOf<V2CoreEventDestination>();
    expectTypeOf(cp.v2.core.eventDestinations.ping('ed_1')).resolves.toHaveProperty('related_object');
  });

  it('an upload is a Blob/File or { data, name, type } with bytes, text or a stream; anything else does not compile', () => {
    void cp.files.create({ purpose: 'identity_document', file: new Blob([bytes]) });
    void cp.files.create({ purpose: 'dispute_evidence', file: { data: Readable.from([Buffer.from(bytes)]) } });
    void cp.files.create({ purpose: 'dispute_evidence', file: { data: bytes.buffer } });
    // @ts-expect-error: an unknown purpose
    void cp.files.create({ purpose: 'selfie', file: { data: bytes } });
    // @ts-expect-error: data is required
    void cp.files.create({ purpose: 'identity_document', file: { name: 'x.png' } });
    // @ts-expect-error: the file is required
    void cp.files.create({ purpose: 'identity_document' });
  });
});

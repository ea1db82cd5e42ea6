import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CardplaneValidationError,
  NotFoundError,
  type IssuingCreditUnderwritingRecordDecisionType as CreditDecisionType,
  type IssuingCreditUnderwritingRecord,
  type IssuingDisputeSettlementDetail,
  type IssuingFraudLiabilityDebit,
} from '../../../src/index.js';
import { IssuingCreditUnderwritingRecordSchema, IssuingDisputeSettlementDetailSchema, IssuingFraudLiabilityDebitSchema } from '../../../src/schemas/index.js';
import { issuingCreditUnderwritingRecord, issuingDisputeSettlementDetail, issuingFraudLiabilityDebit } from '../../../src/testing/fixtures/issuing-previews.js';
import { useMockStripe } from '../../helpers/msw.js';

const t = useMockStripe({}, { accounts: ['acct_credit_1'] });
const ALPHA = '2025-12-15.preview';
const stripeAccount = 'acct_credit_1';

describe('issuing.creditUnderwritingRecords (α preview)', () => {
  it('creates from an application with the preview Stripe-Version: params sent as given, typed record back', async () => {
    const acme = t.cp.forAccount(stripeAccount);
    const record = await acme.issuing.creditUnderwritingRecords.createFromApplication(
      {
        application: { application_method: 'online', purpose: 'credit_line_opening', submitted_at: 1_750_000_000 },
        credit_user: { email: 'finance@acme.example', name: 'Acme Logistics LLC' },
        metadata: { crm: 'A-1' },
      },
      { idempotencyKey: 'cur-1' },
    );
    const wire = await t.last();
    expect(wire.method).toBe('POST');
    expect(wire.path).toBe('/v1/issuing/credit_underwriting_records/create_from_application');
    expect(wire.form).toEqual([
      ['application[application_method]', 'online'],
      ['application[purpose]', 'credit_line_opening'],
      ['application[submitted_at]', '1750000000'],
      ['credit_user[email]', 'finance@acme.example'],
      ['credit_user[name]', 'Acme Logistics LLC'],
      ['metadata[crm]', 'A-1'],
    ]);
    expect(wire.headers['stripe-version']).toBe(ALPHA);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expect(wire.headers['idempotency-key']).toBe('cur-1');
    expectTypeOf(record).toEqualTypeOf<IssuingCreditUnderwritingRecord>();
    expect(record).toMatchObject({
      object: 'issuing.credit_underwriting_record',
      created_from: 'application',
      application: { application_method: 'online', purpose: 'credit_line_opening', submitted_at: 1_750_000_000 },
      decision: null,
      decided_at: null,
      decision_deadline: 1_750_000_000 + 30 * 86_400,
      metadata: { crm: 'A-1' },
    });

    const decided = await acme.issuing.creditUnderwritingRecords.reportDecision(record.id, {
      decided_at: 1_750_086_400,
      decision: { type: 'credit_limit_approved', credit_limit_approved: { amount: 500_000, currency: 'usd' } },
    });
    const w2 = await t.last();
    expect(w2.path).toBe(`/v1/issuing/credit_underwriting_records/${record.id}/report_decision`);
    expect(w2.form).toEqual([
      ['decided_at', '1750086400'],
      ['decision[type]', 'credit_limit_approved'],
      ['decision[credit_limit_approved][amount]', '500000'],
      ['decision[credit_limit_approved][currency]', 'usd'],
    ]);
    expect(w2.headers['stripe-version']).toBe(ALPHA);
    expect(decided.decided_at).toBe(1_750_086_400);
    expect(decided.decision).toEqual({
      application_rejected: null,
      credit_limit_approved: { amount: 500_000, currency: 'usd' },
      credit_limit_decreased: null,
      credit_line_closed: null,
      type: 'credit_limit_approved',
    });
    expectTypeOf(decided.decision!.type).toEqualTypeOf<CreditDecisionType>();

    const corrected = await acme.issuing.creditUnderwritingRecords.correct(record.id, { credit_user: { email: 'cfo@acme.example', name: 'Acme Logistics LLC' } });
    expect((await t.last()).path).toBe(`/v1/issuing/credit_underwriting_records/${record.id}/correct`);
    expect(corrected.credit_user.email).toBe('cfo@acme.example');
    expect(corrected.decision?.type).toBe('credit_limit_approved');
  });

  it('creates from a proactive review with its decision and reasons (arrays encoded with indexes)', async () => {
    const record = await t.cp.issuing.creditUnderwritingRecords.createFromProactiveReview({
      credit_user: { email: 'ap@beta.example', name: 'Beta Freight' },
      decided_at: 1_750_000_000,
      decision: { type: 'credit_line_closed', credit_line_closed: { reasons: ['insufficient_cash_flow', 'other'], reason_other_explanation: 'seasonal' } },
    });
    const wire = await t.last();
    expect(wire.path).toBe('/v1/issuing/credit_underwriting_records/create_from_proactive_review');
    expect(wire.form).toEqual([
      ['credit_user[email]', 'ap@beta.example'],
      ['credit_user[name]', 'Beta Freight'],
      ['decided_at', '1750000000'],
      ['decision[type]', 'credit_line_closed'],
      ['decision[credit_line_closed][reasons][0]', 'insufficient_cash_flow'],
      ['decision[credit_line_closed][reasons][1]', 'other'],
      ['decision[credit_line_closed][reason_other_explanation]', 'seasonal'],
    ]);
    expect(record).toMatchObject({ created_from: 'proactive_review', application: null, decision_deadline: null });
    expect(record.decided_at).toEqual(expect.any(Number));
    expect(record.decision?.credit_line_closed).toEqual({ reason_other_explanation: 'seasonal', reasons: ['insufficient_cash_flow', 'other'] });
  });

  it('retrieves and lists across pages with for await (GET, preview version, no Idempotency-Key)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(
        (
          await t.cp.issuing.creditUnderwritingRecords.createFromApplication({
            application: { purpose: 'credit_limit_increase', submitted_at: 1_750_000_000 + i },
            credit_user: { email: `u${i}@x.example`, name: `U${i}` },
          })
        ).id,
      );
    }
    const one = await t.cp.issuing.creditUnderwritingRecords.retrieve(ids[0]!);
    const wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe(`/v1/issuing/credit_underwriting_records/${ids[0]}`);
    expect(wire.headers['stripe-version']).toBe(ALPHA);
    expect(wire.headers['idempotency-key']).toBeUndefined();
    expect(one.application?.application_method).toBe('online');

    const seen: string[] = [];
    for await (const r of t.cp.issuing.creditUnderwritingRecords.list({ limit: 2 })) seen.push(r.id);
    expect(seen).toEqual([...ids].reverse());
    expect((await t.last()).query).toEqual([
      ['limit', '2'],
      ['starting_after', ids[1]],
    ]);
    await expect(t.cp.issuing.creditUnderwritingRecords.retrieve('icur_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('params of the preview calls are typed from the preview SDK; a key it does not know goes through unvalidatedParams', async () => {
    const params = { credit_user: { email: 'a@b.example', name: 'A' }, application: { purpose: 'credit_line_opening', submitted_at: 1 } } as const;
    const refused = await t.cp.issuing.creditUnderwritingRecords.createFromApplication({ ...params, some_future_field: 'x' } as never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CardplaneValidationError);
    expect((refused as CardplaneValidationError).field).toBe('some_future_field');
    expect((refused as CardplaneValidationError).message).toMatch(/unvalidatedParams/);
    // The mock checks params with the same schemas, so the unvalidated key is seen on the wire and refused there, as Stripe would refuse a key it does not know.
    const sent = await t.cp.issuing.creditUnderwritingRecords.createFromApplication(params, { unvalidatedParams: { some_future_field: 'x' } }).catch((e: unknown) => e);
    expect((await t.last()).form).toContainEqual(['some_future_field', 'x']);
    expect(sent).toMatchObject({ status: 400 });
    const before = t.mock.requests.length;
    const err = await t.cp.issuing.creditUnderwritingRecords.list({ limit: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CardplaneValidationError);
    expect((err as CardplaneValidationError).issues.map((i) => i.field)).toEqual(['limit']);
    // @ts-expect-error params must be an object
    await expect(t.cp.issuing.creditUnderwritingRecords.correct('icur_1', 'x')).rejects.toBeInstanceOf(CardplaneValidationError);
    expect(t.mock.requests.length).toBe(before);
  });
});

describe('issuing.disputeSettlementDetails and issuing.fraudLiabilityDebits (α preview, read-only)', () => {
  it('retrieve and list stored objects with the preview version, typed', async () => {
    for (let i = 0; i < 3; i++) t.mock.store.put({ ...issuingDisputeSettlementDetail(), id: `idsd_${i}`, event_type: i === 0 ? 'filing' : 'win' });
    t.mock.store.put({ ...issuingFraudLiabilityDebit(), id: 'ifld_1' });

    const d = await t.cp.issuing.disputeSettlementDetails.retrieve('idsd_0', {}, { stripeAccount });
    let wire = await t.last();
    expect(wire.method).toBe('GET');
    expect(wire.path).toBe('/v1/issuing/dispute_settlement_details/idsd_0');
    expect(wire.headers['stripe-version']).toBe(ALPHA);
    expect(wire.headers['stripe-account']).toBe(stripeAccount);
    expectTypeOf(d).toEqualTypeOf<IssuingDisputeSettlementDetail>();
    expect(d).toMatchObject({ object: 'issuing.dispute_settlement_detail', event_type: 'filing', network: 'visa', network_data: { processing_date: '2025-06-15' } });

    const seen: string[] = [];
    for await (const x of t.cp.issuing.disputeSettlementDetails.list({ limit: 2 })) seen.push(x.id);
    expect(seen).toEqual(['idsd_2', 'idsd_1', 'idsd_0']);
    wire = await t.last();
    expect(wire.path).toBe('/v1/issuing/dispute_settlement_details');
    expect(wire.query).toEqual([
      ['limit', '2'],
      ['starting_after', 'idsd_1'],
    ]);

    const debit = await t.cp.issuing.fraudLiabilityDebits.retrieve('ifld_1');
    wire = await t.last();
    expect(wire.path).toBe('/v1/issuing/fraud_liability_debits/ifld_1');
    expect(wire.headers['stripe-version']).toBe(ALPHA);
    expectTypeOf(debit).toEqualTypeOf<IssuingFraudLiabilityDebit>();
    expect(debit).toMatchObject({ object: 'issuing.fraud_liability_debit', amount: 4_200, dispute: 'idp_cardplane_example' });
    const page = await t.cp.issuing.fraudLiabilityDebits.list({ limit: 5 });
    expect((await t.last()).rawQuery).toBe('limit=5');
    expect(page.data.map((x) => x.id)).toEqual(['ifld_1']);
    await expect(t.cp.issuing.fraudLiabilityDebits.retrieve('idsd_0')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('our preview fixtures are in the schema shapes', () => {
  it.each([
    ['credit underwriting record', issuingCreditUnderwritingRecord, IssuingCreditUnderwritingRecordSchema],
    ['dispute settlement detail', issuingDisputeSettlementDetail, IssuingDisputeSettlementDetailSchema],
    ['fraud liability debit', issuingFraudLiabilityDebit, IssuingFraudLiabilityDebitSchema],
  ] as const)('%s', (_name, make, schema) => {
    const r = schema.safeParse(make());
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it('an unknown created_from value is reported as drift by the open enum', () => {
    expect(IssuingCreditUnderwritingRecordSchema.safeParse({ ...issuingCreditUnderwritingRecord(), created_from: 'bulk_import' }).success).toBe(false);
  });
});

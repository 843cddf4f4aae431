import { describe, expect, it } from 'vitest';
import { assessmentOf, assessmentRecordOf, assessmentsAtRiskFirst, assessmentsWithStatus } from '@/lib/records/assessments';
import { isAssessmentCurrent, restsOn } from '@/lib/records/assessment-freshness';
import { customerRecord, rememberCustomer, searchCustomers } from '@/lib/records/customers';
import { saveEvidence } from '@/lib/records/evidence';
import type { EvidencePiece } from '@/lib/evidence/combine';
import { freshDb } from '../support/records-db';
import { customer, directAcceptance, staleAttestation, T1, T2, T3 } from './support';

const none = (tenantId: string): EvidencePiece => ({
  tenantId,
  source: 'api',
  observedAt: '2026-11-03T00:00:00Z',
  agreements: [],
  directAcceptance: false,
});

describe('assessments kept with the evidence', () => {
  it('are rebuilt in the same transaction as each piece of evidence, with the keys of the pieces used', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1));
    expect(await assessmentOf(db, T1)).toMatchObject({
      status: 'attestation-stale',
      severity: 3,
      evidence: [{ source: 'api', observedAt: '2026-11-01T00:00:00Z' }],
    });
    await saveEvidence(db, directAcceptance(T1));
    const record = await assessmentOf(db, T1);
    expect(record).toMatchObject({ status: 'direct-acceptance', severity: 0, assessedAt: '2026-11-02T00:00:00.000Z' });
    expect(record?.evidence).toHaveLength(2);
  });

  it('list the customers at risk first, a page at a time, and by status', async () => {
    const db = await freshDb();
    await saveEvidence(db, directAcceptance(T1));
    await saveEvidence(db, none(T2));
    await saveEvidence(db, staleAttestation(T3));
    expect((await assessmentsAtRiskFirst(db)).map((a) => a.status)).toEqual(['none', 'attestation-stale', 'direct-acceptance']);
    expect((await assessmentsAtRiskFirst(db, { offset: 1, limit: 1 })).map((a) => a.tenantId)).toEqual([T3]);
    expect((await assessmentsWithStatus(db, 'none')).map((a) => a.tenantId)).toEqual([T2]);
  });
});

describe('whether a stored assessment still holds', () => {
  const pieces = [staleAttestation(T1, '2025-09-01T00:00:00Z')];
  const stored = assessmentRecordOf(T1, pieces, new Date('2025-09-01T00:00:00Z'));

  it('holds until the next date the rules turn on', () => {
    expect(stored.validUntil).toBe('2025-10-07T00:00:00.000Z');
  });

  it.each([
    ['nothing has passed since', new Date('2025-10-06T23:59:59Z'), undefined, true],
    ['the block of 7 October 2025 has begun since', new Date('2025-10-07T00:00:00Z'), undefined, false],
    ['another partner role', new Date('2025-09-03T00:00:00Z'), 'indirect-reseller' as const, false],
  ])('%s → %s', (_case, now, role, current) => {
    expect(isAssessmentCurrent(stored, now, role)).toBe(current);
  });

  it('does not hold once an agreement dated after it was made is no longer in the future', () => {
    const future: EvidencePiece = {
      tenantId: T1,
      source: 'api',
      observedAt: '2025-09-01T00:00:00Z',
      agreements: [{ type: 'MicrosoftCustomerAgreement', dateAgreed: '2025-09-10T00:00:00' }],
    };
    const made = assessmentRecordOf(T1, [future], new Date('2025-09-01T00:00:00Z'));
    expect(made.validUntil).toBe('2025-09-10T00:00:00.000Z');
    expect(isAssessmentCurrent(made, new Date('2025-09-05T00:00:00Z'))).toBe(true);
    expect(isAssessmentCurrent(made, new Date('2025-09-11T00:00:00Z'))).toBe(false);
  });

  it('holds for ever once every milestone has passed and no agreement is dated later', () => {
    expect(assessmentRecordOf(T1, pieces, new Date('2026-11-01T00:00:00Z')).validUntil).toBeUndefined();
  });

  it.each([
    ['the pieces it was made from', pieces, true],
    ['a newer observation from the same source', [staleAttestation(T1, '2025-09-02T00:00:00Z')], false],
    ['one more piece', [...pieces, directAcceptance(T1, '2025-09-02T00:00:00Z')], false],
  ])('rests on %s: %s', (_case, evidence, expected) => {
    expect(restsOn(stored, evidence)).toBe(expected);
  });

  it('is kept without its reasons, which the customer shown gets afresh', () => {
    expect(stored.assessment.reasons).toEqual([]);
  });
});

describe('customer search with the name index', () => {
  it('puts names that start with the query first, then tenant ids, then names with a word that starts with it, and hides the index fields', async () => {
    const db = await freshDb();
    await rememberCustomer(db, customer(T1, { companyName: 'Contoso Études' }));
    await rememberCustomer(db, customer(T2, { companyName: 'Études Fabrikam' }));
    await rememberCustomer(db, customer(T3, { companyName: 'Northwind' }));
    expect((await searchCustomers(db, 'ETUDES')).map((c) => c.companyName)).toEqual(['Études Fabrikam', 'Contoso Études']);
    expect((await searchCustomers(db, '9999')).map((c) => c.companyName)).toEqual(['Northwind']);
    expect(await searchCustomers(db, 'e', 2)).toHaveLength(2);
    expect(await customerRecord(db, T1)).not.toHaveProperty('nameKey');
    expect(await customerRecord(db, T1)).not.toHaveProperty('searchKeys');
    expect((await db.get('customers', T1))?.nameKey).toBe('contoso etudes');
  });

  it('keeps the name index right when a customer is renamed', async () => {
    const db = await freshDb();
    await rememberCustomer(db, customer(T1, { companyName: 'Contoso', domain: 'cx.example' }));
    await rememberCustomer(db, { tenantId: T1, companyName: 'Fabrikam', lastSeenAt: '2026-11-02T00:00:00Z' });
    expect(await searchCustomers(db, 'contoso')).toEqual([]);
    expect((await searchCustomers(db, 'fabri')).map((c) => c.tenantId)).toEqual([T1]);
  });

  it.each([
    ['Tay', [T1]],
    ['holdings', [T1]],
    ['  HOLD   tay ', [T1]],
    ['olding', []],
    ['taylor.ex', [T1]],
    ['TAYLOR.EXAMPLE', [T1]],
    ['societe', [T2]],
    ['Générale', [T2]],
    ['d’Études', [T2]],
    ['d etu', [T2]],
    ['soc gen', [T2]],
    ['soc xyz', []],
    ['1111', [T2]],
  ])('finds %j by the start of a word of the name, or by domain', async (query, expected) => {
    const db = await freshDb();
    await rememberCustomer(db, customer(T1, { companyName: 'Taylor Holdings Ltd', domain: 'taylor.example' }));
    await rememberCustomer(db, customer(T2, { companyName: 'Société Générale d’Études', domain: 'sg.example' }));
    expect((await searchCustomers(db, query)).map((c) => c.tenantId)).toEqual(expected);
  });
});

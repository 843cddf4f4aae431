import { describe, expect, it } from 'vitest';
import { bookTotals, buildRows, countByStatus, distinctValues, filterRows, sortAtRiskFirst } from '@/lib/book/rows';
import { readBook } from '@/lib/book/read';
import { assessCustomer, statusSeverity } from '@/lib/mca';
import type { AssessmentRecord, CustomerRecord } from '@/lib/records/types';
import { auditRun } from '../records/support';
import { freshDb } from '../support/records-db';

const NOW = new Date('2026-11-23T00:00:00Z');
const mca = (dateAgreed: string) => ({ type: 'MicrosoftCustomerAgreement' as const, dateAgreed });

function assessed(
  tenantId: string,
  evidence: Parameters<typeof assessCustomer>[0],
  observedAt = '2026-11-20T00:00:00Z',
): AssessmentRecord {
  const assessment = assessCustomer(evidence, NOW);
  return {
    tenantId,
    status: assessment.status,
    severity: statusSeverity(assessment.status),
    assessment,
    evidence: [{ source: 'api', observedAt }],
    assessedAt: NOW.toISOString(),
  };
}

const customers: CustomerRecord[] = [
  { tenantId: 'a', companyName: 'Société Éclair', country: 'FR', language: 'fr-FR', lastSeenAt: '2026-11-20T00:00:00Z' },
  { tenantId: 'b', companyName: 'Contoso', country: 'US', language: 'en-US', lastSeenAt: '2026-11-20T00:00:00Z' },
  { tenantId: 'c', companyName: 'Alpine', country: 'CH', language: 'fr-CH', lastSeenAt: '2026-11-20T00:00:00Z' },
  { tenantId: 'd', companyName: 'Never assessed', lastSeenAt: '2026-11-20T00:00:00Z' },
];
const assessments = [
  assessed('a', { agreements: [mca('2019-08-26T00:00:00')], directAcceptance: false }),
  assessed('b', { agreements: [mca('2024-01-01T00:00:00')], directAcceptance: false }),
  assessed('c', { agreements: [], directAcceptance: false }),
];
const rows = buildRows(customers, assessments);

describe('the customer book', () => {
  it('joins customers and assessments; a customer never assessed is unknown and not at risk', () => {
    const byId = Object.fromEntries(rows.map((row) => [row.tenantId, row]));
    expect(byId.a).toMatchObject({
      status: 'attestation-stale',
      atRisk: true,
      latestAgreementDate: '2019-08-26T00:00:00',
      evidenceSource: 'api',
    });
    expect(byId.a?.blockedActions).toHaveLength(4);
    expect(byId.d).toMatchObject({ status: 'unknown', atRisk: false, certain: false, blockedActions: [] });
  });

  it('lists those at risk first, the most severe first', () => {
    expect(sortAtRiskFirst(rows).map((row) => row.tenantId)).toEqual(['c', 'a', 'd', 'b']);
  });

  it.each([
    [{ atRiskOnly: true }, ['a', 'c']],
    [{ statuses: ['attested'] as const }, ['b']],
    [{ country: 'FR' }, ['a']],
    [{ language: 'fr' }, ['a', 'c']],
    [{ text: 'eclair' }, ['a']],
    [{ text: 'CONTOSO' }, ['b']],
    [{ text: '  ' }, ['a', 'b', 'c', 'd']],
    [{ atRiskOnly: true, language: 'fr', text: 'alp' }, ['c']],
  ])('filter %j', (filter, expected) => {
    expect(filterRows(rows, filter).map((row) => row.tenantId)).toEqual(expected);
  });

  it('counts statuses and lists filter values', () => {
    expect(countByStatus(rows)).toEqual({
      'direct-acceptance': 0,
      attested: 1,
      'attestation-stale': 1,
      'cloud-agreement-only': 0,
      none: 1,
      unknown: 1,
    });
    expect(distinctValues(rows, 'country')).toEqual(['CH', 'FR', 'US']);
  });
});

describe('the book as the records hold it', () => {
  it('reads every customer with its assessment, at risk first, the totals and the latest audits', async () => {
    const db = await freshDb();
    for (const customer of customers) await db.put('customers', customer);
    for (const assessment of assessments) await db.put('assessments', assessment);
    await db.put('auditRuns', auditRun('older', '2026-11-01T08:00:00Z'));
    await db.put('auditRuns', auditRun('newer', '2026-11-05T08:00:00Z'));
    const book = await readBook(db);
    expect(book.rows.map((row) => row.tenantId)).toEqual(sortAtRiskFirst(rows).map((row) => row.tenantId));
    expect(book.rows[0]?.atRisk).toBe(true);
    expect(book.totals).toEqual(bookTotals(rows));
    expect(book.totals.total).toBe(4);
    expect(book.runs.map((run) => run.id)).toEqual(['newer', 'older']);
  });
});

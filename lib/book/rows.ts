import { isAtRisk, statusSeverity } from '../mca';
import type { BlockableAction, EvidenceSource, McaStatus } from '../mca/types';
import { foldName } from '../records/name-key';
import type { AssessmentRecord, StoredCustomerRecord } from '../records/types';

/** One line of the customer book: what the dashboard lists, filters and exports. */
export interface BookRow {
  tenantId: string;
  companyName: string;
  country: string;
  language: string;
  status: McaStatus;
  atRisk: boolean;
  certain: boolean;
  blockedActions: readonly BlockableAction[];
  latestAgreementDate?: string;
  /** The freshest observation the status rests on. */
  evidenceSource?: EvidenceSource;
  observedAt?: string;
  /** The name in lower case without accents: what the book is ordered by. */
  nameKey: string;
  /** Lower case, accents removed: what the free-text filter searches. */
  searchText: string;
}

/** Joins what is known of each customer with its latest assessment; a customer never assessed reads as unknown. */
export function buildRows(customers: readonly StoredCustomerRecord[], assessments: readonly AssessmentRecord[]): BookRow[] {
  const byTenant = new Map(assessments.map((record) => [record.tenantId, record]));
  const tenants = new Set([...customers.map((c) => c.tenantId), ...byTenant.keys()]);
  const customerOf = new Map(customers.map((c) => [c.tenantId, c]));
  return [...tenants].map((tenantId) => {
    const customer = customerOf.get(tenantId);
    const record = byTenant.get(tenantId);
    const freshest = record?.evidence.reduce<(typeof record.evidence)[number] | undefined>(
      (best, piece) => (best && best.observedAt >= piece.observedAt ? best : piece),
      undefined,
    );
    const companyName = customer?.companyName ?? '';
    // Stored customers carry their folded name already (the name index).
    const nameKey = customer?.nameKey ?? foldName(companyName);
    return {
      tenantId,
      companyName,
      country: customer?.country ?? '',
      language: customer?.language ?? '',
      status: record?.status ?? 'unknown',
      atRisk: record ? isAtRisk(record.assessment) : false,
      certain: record?.assessment.certain ?? false,
      blockedActions: record?.assessment.blockedActions ?? [],
      ...(record?.assessment.latestAgreement && { latestAgreementDate: record.assessment.latestAgreement.dateAgreed }),
      ...(freshest && { evidenceSource: freshest.source, observedAt: freshest.observedAt }),
      nameKey,
      searchText: `${nameKey} ${tenantId} ${foldName(customer?.domain ?? '')}`,
    };
  });
}

export interface BookFilter {
  atRiskOnly?: boolean;
  statuses?: readonly McaStatus[];
  country?: string;
  language?: string;
  text?: string;
}

export function filterRows(rows: readonly BookRow[], filter: BookFilter): BookRow[] {
  const text = filter.text ? foldName(filter.text) : '';
  const language = filter.language?.toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.atRiskOnly || row.atRisk) &&
      (!filter.statuses?.length || filter.statuses.includes(row.status)) &&
      (!filter.country || row.country === filter.country) &&
      (!language || row.language.toLowerCase().split('-')[0] === language.split('-')[0]) &&
      (!text || row.searchText.includes(text)),
  );
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * At risk first (the most severe status first), then by name (case and accents aside), then by tenant id, so the order is
 * stable. Folded names compare as plain strings: a collator per comparison would take most of the time on a large book.
 */
export function sortAtRiskFirst(rows: readonly BookRow[]): BookRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.atRisk) - Number(a.atRisk) ||
      statusSeverity(b.status) - statusSeverity(a.status) ||
      byText(a.nameKey, b.nameKey) ||
      byText(a.tenantId, b.tenantId),
  );
}

export type StatusCounts = Record<McaStatus, number>;

export function countByStatus(rows: readonly BookRow[]): StatusCounts {
  const counts: StatusCounts = {
    'direct-acceptance': 0,
    attested: 0,
    'attestation-stale': 0,
    'cloud-agreement-only': 0,
    none: 0,
    unknown: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** What the summary shows of a book: how many customers, how many at risk, how many in each status. */
export interface BookTotals {
  total: number;
  atRisk: number;
  counts: StatusCounts;
}

export function bookTotals(rows: readonly BookRow[]): BookTotals {
  return { total: rows.length, atRisk: rows.filter((row) => row.atRisk).length, counts: countByStatus(rows) };
}

/** The values the country and language filters offer, from the rows themselves. */
export function distinctValues(rows: readonly BookRow[], field: 'country' | 'language'): string[] {
  return [...new Set(rows.map((row) => row[field]).filter(Boolean))].sort();
}

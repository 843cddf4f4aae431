import { isAtRisk, statusSeverity } from '../mca';
import type { BlockableAction, McaStatus } from '../mca/types';
import type { AssessmentRecord, CustomerRecord } from '../records/types';

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
  evidenceSource?: string;
  observedAt?: string;
  /** Lower case, accents removed: what the free-text filter searches. */
  searchText: string;
}

export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Joins what is known of each customer with its latest assessment; a customer never assessed reads as unknown. */
export function buildRows(customers: readonly CustomerRecord[], assessments: readonly AssessmentRecord[]): BookRow[] {
  const byTenant = new Map(assessments.map((record) => [record.tenantId, record]));
  const tenants = new Set([...customers.map((c) => c.tenantId), ...byTenant.keys()]);
  const customerOf = new Map(customers.map((c) => [c.tenantId, c]));
  return [...tenants].map((tenantId) => {
    const customer = customerOf.get(tenantId);
    const record = byTenant.get(tenantId);
    const freshest = [...(record?.evidence ?? [])].sort((a, b) => b.observedAt.localeCompare(a.observedAt))[0];
    const companyName = customer?.companyName ?? '';
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
      searchText: fold(`${companyName} ${tenantId} ${customer?.domain ?? ''}`),
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
  const text = filter.text ? fold(filter.text.trim()) : '';
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

/** At risk first (the most severe status first), then by name, then by tenant id, so the order is stable. */
export function sortAtRiskFirst(rows: readonly BookRow[]): BookRow[] {
  return [...rows].sort(
    (a, b) =>
      Number(b.atRisk) - Number(a.atRisk) ||
      statusSeverity(b.status) - statusSeverity(a.status) ||
      a.companyName.localeCompare(b.companyName) ||
      a.tenantId.localeCompare(b.tenantId),
  );
}

export type StatusCounts = Record<McaStatus, number>;

export function countByStatus(rows: readonly BookRow[]): StatusCounts {
  const counts: StatusCounts = { 'direct-acceptance': 0, attested: 0, 'attestation-stale': 0, 'cloud-agreement-only': 0, none: 0, unknown: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** The values the country and language filters offer, from the rows themselves. */
export function distinctValues(rows: readonly BookRow[], field: 'country' | 'language'): string[] {
  return [...new Set(rows.map((row) => row[field]).filter(Boolean))].sort();
}

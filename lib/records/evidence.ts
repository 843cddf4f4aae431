import type { PartnerRole } from '../mca/types';
import type { EvidencePiece } from '../evidence/combine';
import { assessmentRecordOf } from './assessments';
import { mergeCustomer, type CustomerUpdate } from './customers';
import type { RecordsDb } from './db';
import type { AssessmentRecord } from './types';
import { writeRecords, type WriteStore } from './write';

export interface KeepEvidenceOptions {
  /** When the assessment is made; by default the latest observation of the customer. */
  now?: Date;
  partnerRole?: PartnerRole;
  /** What the API says of the customer (name, domain…), e.g. from the customer list. */
  customer?: Omit<CustomerUpdate, 'tenantId' | 'lastSeenAt'>;
}

export interface EvidenceStores {
  evidence: WriteStore<'evidence'>;
  customers: WriteStore<'customers'>;
  assessments: WriteStore<'assessments'>;
}

/**
 * Inside the caller's transaction: keeps the observation as the latest of its source for the customer, notes that the
 * customer was seen, and rebuilds the customer's assessment.
 */
export async function keepEvidenceIn(
  stores: EvidenceStores,
  piece: EvidencePiece,
  options: KeepEvidenceOptions = {},
): Promise<AssessmentRecord> {
  const known = await stores.customers.get(piece.tenantId);
  await stores.evidence.put(piece);
  await stores.customers.put(
    mergeCustomer(known, { ...options.customer, tenantId: piece.tenantId, lastSeenAt: piece.observedAt }, 'api'),
  );
  const pieces = await stores.evidence.index('byTenant').getAll(piece.tenantId);
  const latest = pieces.reduce((at, other) => (other.observedAt > at ? other.observedAt : at), piece.observedAt);
  const assessment = assessmentRecordOf(piece.tenantId, pieces, options.now ?? new Date(latest), options.partnerRole);
  await stores.assessments.put(assessment);
  return assessment;
}

/** Keeps the observation as the latest of its source for the customer, notes that the customer was seen, and reassesses it. */
export async function saveEvidence(db: RecordsDb, piece: EvidencePiece, options: KeepEvidenceOptions = {}): Promise<void> {
  await writeRecords(db, ['evidence', 'customers', 'assessments'], (transaction) =>
    keepEvidenceIn(
      {
        evidence: transaction.objectStore('evidence'),
        customers: transaction.objectStore('customers'),
        assessments: transaction.objectStore('assessments'),
      },
      piece,
      options,
    ),
  );
}

export function evidenceOf(db: RecordsDb, tenantId: string): Promise<EvidencePiece[]> {
  return db.getAllFromIndex('evidence', 'byTenant', tenantId);
}

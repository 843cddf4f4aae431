// How an imported record joins what is already here, store by store, without duplicates: importing the same file twice
// adds nothing. Every function runs inside the import's one transaction.
import type { EvidencePiece } from '../evidence/combine';
import { assessmentRecordOf } from './assessments';
import { resolveIdentity } from './customer-identity';
import { restsOn } from './assessment-freshness';
import type { ExportedRecords, ExportedStore } from './export-json';
import { withNameKey, withoutNameKey } from './name-key';
import type { AssessmentRecord, AttestationRecord, AuditRunRecord, CustomerRecord, InvitationRecord } from './types';
import type { WriteStore } from './write';

export type SkipReason = 'older' | 'unchanged' | 'duplicate';
export type MergeOutcome = 'added' | 'updated' | { skipped: SkipReason };

export interface MergeStep {
  store: ExportedStore;
  key: string;
  outcome: MergeOutcome;
}

const instant = (iso: string | undefined) => (iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/** Same content whatever the order of the fields. */
function sameRecord(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const defined = <T extends object>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;

/** Keeps the newer `lastSeenAt`; the newer record's fields win, the older one fills what the newer lacks, except who the customer is. */
export async function mergeImportedCustomer(store: WriteStore<'customers'>, imported: CustomerRecord): Promise<MergeOutcome> {
  const stored = await store.get(imported.tenantId);
  if (!stored) {
    await store.add(withNameKey(imported));
    return 'added';
  }
  const known = withoutNameKey(stored);
  const importedIsNewer = instant(imported.lastSeenAt) > instant(known.lastSeenAt);
  const { identity: _origins, ...importedFields } = imported;
  const combined = importedIsNewer ? { ...known, ...defined(importedFields) } : { ...defined(importedFields), ...known };
  // Who the customer is follows the one rule of every source, an import ranking last.
  const merged = {
    ...combined,
    ...resolveIdentity(known, { source: 'import', observedAt: imported.lastSeenAt, values: imported }),
  };
  if (sameRecord(merged, known)) return { skipped: importedIsNewer || sameRecord(imported, known) ? 'unchanged' : 'older' };
  await store.put(withNameKey(merged));
  return 'updated';
}

/** Records kept one per key where the newer observation wins: evidence by `observedAt`, assessments by `assessedAt`. */
async function keepNewer<T>(
  stored: T | undefined,
  imported: T,
  timeOf: (record: T) => string | undefined,
  write: { add: () => Promise<unknown>; put: () => Promise<unknown> },
): Promise<MergeOutcome> {
  if (stored === undefined) {
    await write.add();
    return 'added';
  }
  if (instant(timeOf(imported)) > instant(timeOf(stored))) {
    await write.put();
    return 'updated';
  }
  return { skipped: sameRecord(stored, imported) ? 'unchanged' : 'older' };
}

export async function mergeEvidence(store: WriteStore<'evidence'>, imported: EvidencePiece): Promise<MergeOutcome> {
  const stored = await store.get([imported.tenantId, imported.source]);
  return keepNewer(stored, imported, (piece) => piece.observedAt, {
    add: () => store.add(imported),
    put: () => store.put(imported),
  });
}

export async function mergeAssessment(store: WriteStore<'assessments'>, imported: AssessmentRecord): Promise<MergeOutcome> {
  const stored = await store.get(imported.tenantId);
  return keepNewer(stored, imported, (record) => record.assessedAt, {
    add: () => store.add(imported),
    put: () => store.put(imported),
  });
}

/** A run that has gone further (finished later) replaces the one here. */
export async function mergeAuditRun(store: WriteStore<'auditRuns'>, imported: AuditRunRecord): Promise<MergeOutcome> {
  const stored = await store.get(imported.id);
  return keepNewer(stored, imported, (run) => run.finishedAt ?? run.startedAt, {
    add: () => store.add(imported),
    put: () => store.put(imported),
  });
}

/** Local ids mean nothing in another browser: the imported one is kept only when it is free here. */
async function withFreeLocalId<T extends { id?: number }>(record: T, taken: (id: number) => Promise<unknown>): Promise<T> {
  if (record.id === undefined || (await taken(record.id)) === undefined) return record;
  const { id: _taken, ...rest } = record;
  return rest as T;
}

export const invitationKey = (record: InvitationRecord) =>
  [record.tenantId ?? '', record.kind, record.locale, record.via, record.at].join('|');

/** Invitations have no id beyond this browser: the same customer, kind, language, channel and time is the same invitation. */
export async function mergeInvitation(store: WriteStore<'invitations'>, imported: InvitationRecord): Promise<MergeOutcome> {
  const sameTime = await store.index('byAt').getAll(imported.at);
  if (sameTime.some((known) => invitationKey(known) === invitationKey(imported))) return { skipped: 'duplicate' };
  await store.add(await withFreeLocalId(imported, (id) => store.getKey(id)));
  return 'added';
}

/** `requestId` is the write's idempotency key: one per attestation, in every browser. */
export async function mergeAttestation(store: WriteStore<'attestations'>, imported: AttestationRecord): Promise<MergeOutcome> {
  if ((await store.index('byRequestId').count(imported.requestId)) > 0) return { skipped: 'duplicate' };
  await store.add(await withFreeLocalId(imported, (id) => store.getKey(id)));
  return 'added';
}

export type MergeStores = { [Store in ExportedStore]: WriteStore<Store> };

/** Keeps every assessment resting on its customer's evidence, as every other write does, once the import has changed either. */
async function reconcileAssessments(stores: MergeStores, tenantIds: ReadonlySet<string>): Promise<void> {
  for (const tenantId of tenantIds) {
    const pieces = await stores.evidence.index('byTenant').getAll(tenantId);
    const stored = await stores.assessments.get(tenantId);
    if (pieces.length === 0 || (stored && restsOn(stored, pieces))) continue;
    const latest = pieces.reduce((at, piece) => (piece.observedAt > at ? piece.observedAt : at), pieces[0]!.observedAt);
    await stores.assessments.put(assessmentRecordOf(tenantId, pieces, new Date(latest), stored?.partnerRole));
  }
}

/** Every imported record, store after store, in the caller's transaction. */
export async function mergeRecords(stores: MergeStores, records: ExportedRecords): Promise<MergeStep[]> {
  const steps: MergeStep[] = [];
  const changedTenants = new Set<string>();
  const each = async <T>(
    store: ExportedStore,
    items: readonly T[],
    keyOf: (item: T) => string,
    merge: (item: T) => Promise<MergeOutcome>,
  ) => {
    for (const item of items) {
      const outcome = await merge(item);
      steps.push({ store, key: keyOf(item), outcome });
      if ((store === 'evidence' || store === 'assessments') && typeof outcome === 'string')
        changedTenants.add((item as { tenantId: string }).tenantId);
    }
  };
  await each(
    'customers',
    records.customers,
    (c) => c.tenantId,
    (c) => mergeImportedCustomer(stores.customers, c),
  );
  await each(
    'evidence',
    records.evidence,
    (e) => `${e.tenantId}/${e.source}`,
    (e) => mergeEvidence(stores.evidence, e),
  );
  await each(
    'assessments',
    records.assessments,
    (a) => a.tenantId,
    (a) => mergeAssessment(stores.assessments, a),
  );
  await each(
    'attestations',
    records.attestations,
    (a) => a.requestId,
    (a) => mergeAttestation(stores.attestations, a),
  );
  await each('invitations', records.invitations, invitationKey, (i) => mergeInvitation(stores.invitations, i));
  await each(
    'auditRuns',
    records.auditRuns,
    (r) => r.id,
    (r) => mergeAuditRun(stores.auditRuns, r),
  );
  await reconcileAssessments(stores, changedTenants);
  return steps;
}

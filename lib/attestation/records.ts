// What the attestation flow keeps in this browser's records: each write Partner Center answered (with the ids its support
// asks for), and the agreements it created, as this extension's own evidence of the customer's status.
import type { AgreementRecord, PartnerRole } from '../mca/types';
import type { Agreement } from '../partner-center/schemas';
import { attestationsOf, recordAttestation } from '../records/attestations';
import type { RecordsDb } from '../records/db';
import { evidenceOf, saveEvidence } from '../records/evidence';
import type { AttestationRecord } from '../records/types';
import type { EvidencePiece } from '../evidence/combine';

/** Keeps the write; false when this browser has no records (Firefox private windows) or the write failed. */
export async function keepAttestationRecord(
  openDb: () => Promise<RecordsDb>,
  record: Omit<AttestationRecord, 'id'>,
): Promise<boolean> {
  try {
    await recordAttestation(await openDb(), record);
    return true;
  } catch {
    return false;
  }
}

export async function attestationHistory(openDb: () => Promise<RecordsDb>, tenantId: string): Promise<AttestationRecord[]> {
  try {
    return await attestationsOf(await openDb(), tenantId);
  } catch {
    return [];
  }
}

/** The record of the attestation's creation, which holds its signer and the correlation id of the whole flow. */
export async function creationRecord(
  openDb: () => Promise<RecordsDb>,
  tenantId: string,
  attestationId: string,
): Promise<AttestationRecord | undefined> {
  const history = await attestationHistory(openDb, tenantId);
  return history.filter((record) => record.attestationId === attestationId).at(-1);
}

const sameAgreement = (a: AgreementRecord, b: AgreementRecord) =>
  a.type === b.type && a.dateAgreed === b.dateAgreed && a.primaryContact?.email === b.primaryContact?.email;

/** The extension's own evidence after creating `agreement`: what it recorded before, plus this agreement. */
export function recordEvidence(
  previous: EvidencePiece | undefined,
  tenantId: string,
  agreement: AgreementRecord,
  observedAt: string,
): EvidencePiece {
  const earlier = (previous?.agreements ?? []).filter((known) => !sameAgreement(known, agreement));
  return { tenantId, source: 'record', observedAt, agreements: [...earlier, agreement] };
}

export function createdAgreementRecord(agreement: Agreement): AgreementRecord {
  const contact = Object.fromEntries(
    Object.entries(agreement.primaryContact ?? {}).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
  return {
    type: agreement.type,
    dateAgreed: agreement.dateAgreed,
    ...(Object.keys(contact).length > 0 && { primaryContact: contact }),
  };
}

/** Keeps the created agreement as evidence, so that the status shows it even before the API lists it (docs/partner-center-api.md §7 question 7). */
export async function keepAgreementEvidence(
  openDb: () => Promise<RecordsDb>,
  tenantId: string,
  agreement: Agreement,
  observedAt: string,
  partnerRole: PartnerRole | undefined,
): Promise<void> {
  const db = await openDb();
  const previous = (await evidenceOf(db, tenantId)).find((piece) => piece.source === 'record');
  await saveEvidence(
    db,
    recordEvidence(previous, tenantId, createdAgreementRecord(agreement), observedAt),
    partnerRole ? { partnerRole } : {},
  );
}

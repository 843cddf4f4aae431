import type { AgreementRecord } from '../mca/types';
import type { Agreement, DirectSignStatus } from '../partner-center/schemas';
import type { EvidencePiece } from './evidence';

/** The two reads that tell a customer's acceptance: its MCA agreements and whether it accepted directly. */
export interface AcceptanceReader {
  getCustomerAgreements(tenantId: string): Promise<Agreement[]>;
  getDirectSignStatus(tenantId: string): Promise<DirectSignStatus>;
}

export function agreementRecordOf(agreement: Agreement): AgreementRecord {
  const contact = agreement.primaryContact;
  return {
    type: agreement.type,
    dateAgreed: agreement.dateAgreed,
    ...(contact && {
      primaryContact: {
        ...(contact.firstName && { firstName: contact.firstName }),
        ...(contact.lastName && { lastName: contact.lastName }),
        ...(contact.email && { email: contact.email }),
        ...(contact.phoneNumber && { phoneNumber: contact.phoneNumber }),
      },
    }),
  };
}

/** Reads both facts at once; a failure of either is thrown, so a half-read never replaces a complete earlier reading. */
export async function readApiEvidence(reader: AcceptanceReader, tenantId: string, observedAt: string): Promise<EvidencePiece> {
  const [agreements, direct] = await Promise.all([reader.getCustomerAgreements(tenantId), reader.getDirectSignStatus(tenantId)]);
  return { tenantId, source: 'api', observedAt, agreements: agreements.map(agreementRecordOf), directAcceptance: direct.isSigned };
}

/** API evidence is read again when it is missing or older than this, or when the user asks. */
export const API_EVIDENCE_MAX_AGE_MS = 60 * 60 * 1000;

export function needsApiReading(pieces: readonly EvidencePiece[], now: Date, refresh: boolean): boolean {
  if (refresh) return true;
  const api = pieces.find((piece) => piece.source === 'api');
  return !api || now.getTime() - new Date(api.observedAt).getTime() > API_EVIDENCE_MAX_AGE_MS;
}

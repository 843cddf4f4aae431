import { agreementRecordOf, customerFieldsOf, evidenceFromApi } from '../evidence/partner-center';

export { agreementRecordOf };
import type { Agreement, Customer, DirectSignStatus } from '../partner-center/schemas';
import type { CustomerUpdate } from '../records/customers';
import type { EvidencePiece } from '../evidence/combine';

/** The two reads that tell a customer's acceptance: its MCA agreements and whether it accepted directly. */
export interface AcceptanceReader {
  getCustomerAgreements(tenantId: string): Promise<Agreement[]>;
  getDirectSignStatus(tenantId: string): Promise<DirectSignStatus>;
}

/** The acceptance reads and the read of who the customer is (name, country, language). */
export interface CustomerReader extends AcceptanceReader {
  getCustomer(tenantId: string): Promise<Customer>;
}

export interface ApiReadingResult {
  piece: EvidencePiece;
  customer: Omit<CustomerUpdate, 'tenantId' | 'lastSeenAt'>;
}

/** Reads both facts at once; a failure of either is thrown, so a half-read never replaces a complete earlier reading. */
export async function readApiEvidence(reader: AcceptanceReader, tenantId: string, observedAt: string): Promise<EvidencePiece> {
  const [agreements, direct] = await Promise.all([reader.getCustomerAgreements(tenantId), reader.getDirectSignStatus(tenantId)]);
  return evidenceFromApi(tenantId, agreements, direct, observedAt);
}

/** The acceptance and who the customer is, read at once. */
export async function readCustomerFromApi(reader: CustomerReader, tenantId: string, observedAt: string): Promise<ApiReadingResult> {
  const [piece, customer] = await Promise.all([readApiEvidence(reader, tenantId, observedAt), reader.getCustomer(tenantId)]);
  return { piece, customer: customerFieldsOf(customer) };
}

/** API evidence is read again when it is missing or older than this, or when the user asks. */
export const API_EVIDENCE_MAX_AGE_MS = 60 * 60 * 1000;

export function needsApiReading(pieces: readonly EvidencePiece[], now: Date, refresh: boolean): boolean {
  if (refresh) return true;
  const api = pieces.find((piece) => piece.source === 'api');
  return !api || now.getTime() - new Date(api.observedAt).getTime() > API_EVIDENCE_MAX_AGE_MS;
}

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
  /** Who the customer is, when it was read this time. */
  customer?: Omit<CustomerUpdate, 'tenantId' | 'lastSeenAt'>;
}

/** Reads both facts at once; a failure of either is thrown, so a half-read never replaces a complete earlier reading. */
export async function readApiEvidence(reader: AcceptanceReader, tenantId: string, observedAt: string): Promise<EvidencePiece> {
  const [agreements, direct] = await Promise.all([reader.getCustomerAgreements(tenantId), reader.getDirectSignStatus(tenantId)]);
  return evidenceFromApi(tenantId, agreements, direct, observedAt);
}

/** The acceptance and, when `withIdentity`, who the customer is, read at once. */
export async function readCustomerFromApi(
  reader: CustomerReader,
  tenantId: string,
  observedAt: string,
  withIdentity: boolean,
): Promise<ApiReadingResult> {
  const [piece, customer] = await Promise.all([
    readApiEvidence(reader, tenantId, observedAt),
    withIdentity ? reader.getCustomer(tenantId) : undefined,
  ]);
  return { piece, ...(customer && { customer: customerFieldsOf(customer) }) };
}

/** API evidence is read again when it is missing or older than this, or when the user asks. */
export const API_EVIDENCE_MAX_AGE_MS = 60 * 60 * 1000;

/** Who a customer is changes rarely: the API is asked again once its answer is a day old. */
export const API_IDENTITY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function needsIdentityReading(readAt: string | undefined, now: Date): boolean {
  return readAt === undefined || now.getTime() - Date.parse(readAt) > API_IDENTITY_MAX_AGE_MS;
}

export function needsApiReading(pieces: readonly EvidencePiece[], now: Date, refresh: boolean): boolean {
  if (refresh) return true;
  const api = pieces.find((piece) => piece.source === 'api');
  return !api || now.getTime() - new Date(api.observedAt).getTime() > API_EVIDENCE_MAX_AGE_MS;
}

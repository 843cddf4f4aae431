import { assessCustomer } from '../mca/policy';
import type { PartnerRole } from '../mca/types';
import type { UiLocale } from '../i18n/locale';
import { evidenceFromAccountPage, type AccountPageEvidence } from '../partner-center/account-page';
import type { RecordsDb } from '../records/db';
import { evidenceOf, saveEvidence } from '../records/evidence';
import { needsApiReading, readCustomerFromApi, type ApiReadingResult, type CustomerReader } from './api-evidence';
import { combineEvidence, type EvidencePiece } from '../evidence/combine';
import { describeFailure, type Failure } from '../failure/failure';

/** Why the API was not read, or what it answered; the status is still given from the other evidence. */
export type ApiReading =
  | { state: 'read' }
  | { state: 'cached' }
  | { state: 'signed-out' }
  | ({ state: 'failed' } & Failure);

export interface StatusServiceDeps {
  /** The extension's database; when it cannot be opened (Firefox private windows), the service still answers from what it is given. */
  openDb: () => Promise<RecordsDb>;
  now: () => Date;
  uiLocale: () => Promise<UiLocale>;
  partnerRole: () => Promise<PartnerRole | undefined>;
  /** The Partner Center API when someone is signed in, else null. */
  apiReader?: () => Promise<CustomerReader | null>;
  /** Called after new evidence of a customer was kept. */
  onEvidence?: (tenantId: string) => void;
}

export interface StatusRequest {
  tenantId: string;
  page?: AccountPageEvidence;
  /** Read the API now even if its last reading is recent. */
  refresh?: boolean;
  /** Answer from what is kept, without reading the API (for forms that must open at once). */
  localOnly?: boolean;
}

/** The customer's status from all its evidence, after keeping what the Account page showed and, when signed in, what the API says. */
export function createStatusService(deps: StatusServiceDeps) {
  async function readApi(tenantId: string, pieces: EvidencePiece[], refresh: boolean, localOnly: boolean): Promise<{ result?: ApiReadingResult; reading: ApiReading }> {
    if (localOnly) return { reading: { state: 'cached' } };
    const reader = deps.apiReader ? await deps.apiReader() : null;
    if (!reader) return { reading: { state: 'signed-out' } };
    if (!needsApiReading(pieces, deps.now(), refresh)) return { reading: { state: 'cached' } };
    try {
      return { result: await readCustomerFromApi(reader, tenantId, deps.now().toISOString()), reading: { state: 'read' } };
    } catch (error) {
      return { reading: { state: 'failed', ...describeFailure(error) } };
    }
  }

  return {
    async getCustomerStatus({ tenantId, page, refresh = false, localOnly = false }: StatusRequest) {
      const observedAt = deps.now().toISOString();
      const fromPage = page ? evidenceFromAccountPage(page, observedAt) : {};
      const pagePiece: EvidencePiece | undefined =
        fromPage.agreements !== undefined || fromPage.directAcceptance !== undefined ? { tenantId, source: 'page', observedAt, ...fromPage } : undefined;

      const role = await deps.partnerRole();
      let db: RecordsDb | null = null;
      let pieces: EvidencePiece[] = pagePiece ? [pagePiece] : [];
      try {
        db = await deps.openDb();
        if (pagePiece) await saveEvidence(db, pagePiece, { ...(role && { partnerRole: role }) });
        pieces = await evidenceOf(db, tenantId);
      } catch {
        db = null;
      }

      const [uiLocale, partnerRole] = await Promise.all([deps.uiLocale(), deps.partnerRole()]);
      const api = await readApi(tenantId, pieces, refresh, localOnly);
      if (api.result) {
        const { piece, customer } = api.result;
        pieces = [...pieces.filter((other) => other.source !== 'api'), piece];
        if (db) await saveEvidence(db, piece, { customer, ...(partnerRole && { partnerRole }) }).catch(() => undefined);
      }
      if (pagePiece || api.result) deps.onEvidence?.(tenantId);

      return {
        tenantId,
        uiLocale,
        assessment: assessCustomer(combineEvidence(pieces, partnerRole), deps.now()),
        evidence: pieces,
        api: api.reading,
      };
    },
  };
}

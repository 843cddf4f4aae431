import { assessCustomer } from '../mca/policy';
import type { PartnerRole } from '../mca/types';
import type { UiLocale } from '../i18n/locale';
import { evidenceFromAccountPage, type AccountPageEvidence } from '../partner-center/account-page';
import type { PageIdentity } from '../partner-center/customer-identity-dom';
import { identityFromPage } from './page-identity';
import { apiIdentityReadAt } from '../records/customer-identity';
import { customerRecord, rememberCustomer } from '../records/customers';
import type { RecordsDb } from '../records/db';
import { evidenceOf, saveEvidence } from '../records/evidence';
import {
  needsApiReading,
  needsIdentityReading,
  readCustomerFromApi,
  type ApiReadingResult,
  type CustomerReader,
} from './api-evidence';
import { combineEvidence, type EvidencePiece } from '../evidence/combine';
import { describeFailure, type Failure } from '../failure/failure';

/** Why the API was not read, or what it answered; the status is still given from the other evidence. */
export type ApiReading = { state: 'read' } | { state: 'cached' } | { state: 'signed-out' } | ({ state: 'failed' } & Failure);

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
  /** Who the customer is, as its page shows it. */
  identity?: PageIdentity;
  /** Read the API now even if its last reading is recent. */
  refresh?: boolean;
  /** Answer from what is kept, without reading the API (for forms that must open at once). */
  localOnly?: boolean;
}

/** The customer's status from all its evidence, after keeping what the Account page showed and, when signed in, what the API says. */
export function createStatusService(deps: StatusServiceDeps) {
  async function readApi(
    tenantId: string,
    pieces: EvidencePiece[],
    identityReadAt: string | undefined,
    refresh: boolean,
    localOnly: boolean,
  ): Promise<{ result?: ApiReadingResult; reading: ApiReading }> {
    if (localOnly) return { reading: { state: 'cached' } };
    const reader = deps.apiReader ? await deps.apiReader() : null;
    if (!reader) return { reading: { state: 'signed-out' } };
    if (!needsApiReading(pieces, deps.now(), refresh)) return { reading: { state: 'cached' } };
    try {
      const withIdentity = needsIdentityReading(identityReadAt, deps.now());
      return {
        result: await readCustomerFromApi(reader, tenantId, deps.now().toISOString(), withIdentity),
        reading: { state: 'read' },
      };
    } catch (error) {
      return { reading: { state: 'failed', ...describeFailure(error) } };
    }
  }

  return {
    async getCustomerStatus({ tenantId, page, identity, refresh = false, localOnly = false }: StatusRequest) {
      const observedAt = deps.now().toISOString();
      const fromPage = page ? evidenceFromAccountPage(page, observedAt) : {};
      const pagePiece: EvidencePiece | undefined =
        fromPage.agreements !== undefined || fromPage.directAcceptance !== undefined
          ? { tenantId, source: 'page', observedAt, ...fromPage }
          : undefined;

      const role = await deps.partnerRole();
      let db: RecordsDb | null = null;
      let pieces: EvidencePiece[] = pagePiece ? [pagePiece] : [];
      const shown = identity ? identityFromPage(identity) : {};
      const identityShown = Object.keys(shown).length > 0;
      let identityReadAt: string | undefined;
      try {
        db = await deps.openDb();
        if (pagePiece) await saveEvidence(db, pagePiece, { ...(role && { partnerRole: role }) });
        if (identityShown) await rememberCustomer(db, { tenantId, lastSeenAt: observedAt, ...shown }, 'page');
        pieces = await evidenceOf(db, tenantId);
        identityReadAt = apiIdentityReadAt(await customerRecord(db, tenantId));
      } catch {
        db = null;
      }

      const [uiLocale, partnerRole] = await Promise.all([deps.uiLocale(), deps.partnerRole()]);
      const api = await readApi(tenantId, pieces, identityReadAt, refresh, localOnly);
      if (api.result) {
        const { piece, customer } = api.result;
        pieces = [...pieces.filter((other) => other.source !== 'api'), piece];
        if (db)
          await saveEvidence(db, piece, { ...(customer && { customer }), ...(partnerRole && { partnerRole }) }).catch(
            () => undefined,
          );
      }
      if (pagePiece || identityShown || api.result) deps.onEvidence?.(tenantId);

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

import { assessCustomer } from '../mca/policy';
import type { PartnerRole } from '../mca/types';
import type { UiLocale } from '../i18n/locale';
import { evidenceFromAccountPage, type AccountPageEvidence } from '../partner-center/account-page';
import type { RecordsDb } from '../records/db';
import { evidenceOf, saveEvidence } from '../records/evidence';
import { combineEvidence, type EvidencePiece } from './evidence';

export interface StatusServiceDeps {
  /** The extension's database; when it cannot be opened (Firefox private windows), the service still answers from what it is given. */
  openDb: () => Promise<RecordsDb>;
  now: () => Date;
  uiLocale: () => Promise<UiLocale>;
  partnerRole: () => Promise<PartnerRole | undefined>;
  /** Called after new evidence of a customer was kept. */
  onEvidence?: (tenantId: string) => void;
}

export interface StatusRequest {
  tenantId: string;
  page?: AccountPageEvidence;
}

/** The customer's status from all its evidence, after keeping what the Account page showed. */
export function createStatusService(deps: StatusServiceDeps) {
  return {
    async getCustomerStatus({ tenantId, page }: StatusRequest) {
      const observedAt = deps.now().toISOString();
      const fromPage = page ? evidenceFromAccountPage(page, observedAt) : {};
      const pagePiece: EvidencePiece | undefined =
        fromPage.agreements !== undefined || fromPage.directAcceptance !== undefined ? { tenantId, source: 'page', observedAt, ...fromPage } : undefined;

      let pieces: EvidencePiece[];
      try {
        const db = await deps.openDb();
        if (pagePiece) {
          await saveEvidence(db, pagePiece);
          deps.onEvidence?.(tenantId);
        }
        pieces = await evidenceOf(db, tenantId);
      } catch {
        pieces = pagePiece ? [pagePiece] : [];
      }

      const [uiLocale, partnerRole] = await Promise.all([deps.uiLocale(), deps.partnerRole()]);
      return {
        tenantId,
        uiLocale,
        assessment: assessCustomer(combineEvidence(pieces, partnerRole), deps.now()),
        evidence: pieces,
      };
    },
  };
}

import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { EvidencePiece } from '../evidence/combine';
import { openFailure, RecordsError } from './errors';
import { MIGRATIONS, migrate } from './migrations';
import type {
  AssessmentRecord,
  AttestationRecord,
  AuditCheckpoint,
  AuditProgressRecord,
  AuditRunRecord,
  InvitationRecord,
  StoredCustomerRecord,
  TrackedAttestation,
  TrackedAttestationState,
} from './types';
import type { McaStatus } from '../mca/types';

export type { CustomerRecord, InvitationRecord } from './types';

export const DB_NAME = 'mca-assistant';
export const DB_VERSION = MIGRATIONS.length;

export interface RecordsSchema extends DBSchema {
  customers: { key: string; value: StoredCustomerRecord; indexes: { byLastSeen: string; byName: string; bySearchKey: string } };
  /** The latest observation per customer and source. */
  evidence: { key: [string, string]; value: EvidencePiece; indexes: { byTenant: string; byObservedAt: string } };
  invitations: { key: number; value: InvitationRecord; indexes: { byTenant: string; byAt: string } };
  assessments: {
    key: string;
    value: AssessmentRecord;
    indexes: { byStatus: McaStatus; bySeverity: number; byAssessedAt: string };
  };
  attestations: { key: number; value: AttestationRecord; indexes: { byTenant: string; byRequestId: string; byAt: string } };
  auditRuns: { key: string; value: AuditRunRecord; indexes: { byStartedAt: string } };
  auditCheckpoint: { key: string; value: AuditCheckpoint };
  auditProgress: { key: [string, string]; value: AuditProgressRecord; indexes: { byRunOutcome: [string, string] } };
  trackedAttestations: {
    key: string;
    value: TrackedAttestation;
    indexes: { byTenant: string; byState: TrackedAttestationState; byLinkExpiresAt: string };
  };
}

export type RecordsDb = IDBPDatabase<RecordsSchema>;
export type RecordsStoreName =
  | 'customers'
  | 'evidence'
  | 'invitations'
  | 'assessments'
  | 'attestations'
  | 'auditRuns'
  | 'auditCheckpoint'
  | 'auditProgress'
  | 'trackedAttestations';

export interface OpenRecordsOptions {
  /**
   * Another connection (an extension tab still on the old version) holds the database. Called with the reason, and the
   * open then waits until that connection lets go; without it, the open fails at once with that `RecordsError`.
   */
  onBlocked?: (error: RecordsError) => void;
  /** This connection was closed so that a newer version can open, or the browser closed it (storage cleared). */
  onClosed?: (reason: 'upgrade' | 'terminated') => void;
}

type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Opens the extension's database at the current version, migrating older ones; only extension pages and the background
 * may call it (a content script would get the page's). Fails with a `RecordsError`: `unavailable` where the browser offers
 * no IndexedDB (Firefox private windows), `blocked`, `newer-version`, `upgrade-failed`.
 */
export function openRecordsDb(options: OpenRecordsOptions = {}): Promise<RecordsDb> {
  return new Promise<RecordsDb>((resolve, reject) => {
    let givenUp = false;
    const giveUp = (error: RecordsError) => {
      givenUp = true;
      reject(error);
    };
    let opening: Promise<RecordsDb>;
    try {
      opening = openDB<RecordsSchema>(DB_NAME, DB_VERSION, {
        upgrade(db, oldVersion, newVersion, transaction) {
          const upgrade = transaction as unknown as UpgradeTransaction;
          // An aborted upgrade is reported by the open itself.
          upgrade.done.catch(() => undefined);
          migrate(db as IDBPDatabase<unknown>, oldVersion, newVersion ?? DB_VERSION, upgrade).catch(() => {
            // Aborting the upgrade keeps every record of the old version.
            try {
              upgrade.abort();
            } catch {
              // Already over: the open reports how it ended.
            }
          });
        },
        blocked() {
          const error = new RecordsError('blocked');
          if (options.onBlocked) options.onBlocked(error);
          else giveUp(error);
        },
        blocking(_current, _blocked, event) {
          (event.target as IDBDatabase).close();
          options.onClosed?.('upgrade');
        },
        terminated() {
          options.onClosed?.('terminated');
        },
      });
    } catch (error) {
      giveUp(openFailure(error));
      return;
    }
    opening.then(
      (db) => {
        if (givenUp) db.close();
        else resolve(db);
      },
      (error: unknown) => {
        if (!givenUp) reject(openFailure(error));
      },
    );
  });
}

// The retention setting applied: the days to purge by, and what a purge removed or why it failed, for the settings page
// and the daily alarm alike.
import { KEEP_ALL_RECORDS, settingsFields } from '../settings/fields';
import type { Settings } from '../settings/schema';
import type { Failure } from '../failure/failure';
import type { RecordsDb } from './db';
import { RecordsError } from './errors';
import { purgeOlderThan, type PurgeReport } from './purge';

export type RetentionOutcome = { ok: true; removed: number; days: number | null } | { ok: false; error: Failure };

/** The days to purge by; null when the setting keeps everything, or holds what the settings would refuse. */
export function retentionDays(settings: Pick<Settings, 'recordRetentionDays'>): number | null {
  const days = settings.recordRetentionDays;
  return days !== KEEP_ALL_RECORDS && settingsFields.recordRetentionDays.safeParse(days).success ? days : null;
}

/** Every record removed, of every kind (customers left with nothing included). */
export function removedCount(report: PurgeReport): number {
  return (Object.values(report) as number[]).reduce((sum, count) => sum + count, 0);
}

/** What to tell the partner of a failed purge: the records' own words when they failed, else a failed write. */
export function retentionFailure(error: unknown): Failure {
  if (!(error instanceof RecordsError)) return { messageKey: 'records.errors.writeFailed', retryable: true };
  return {
    messageKey: error.messageKey,
    retryable: error.kind !== 'unavailable' && error.kind !== 'newer-version',
    code: error.kind,
  };
}

/** Purges by the setting, in one transaction (all or nothing); keeping everything opens nothing and removes nothing. */
export async function applyRetention(
  settings: Pick<Settings, 'recordRetentionDays'>,
  openDb: () => Promise<RecordsDb>,
  now: Date,
): Promise<RetentionOutcome> {
  const days = retentionDays(settings);
  if (days === null) return { ok: true, removed: 0, days: null };
  try {
    return { ok: true, removed: removedCount(await purgeOlderThan(await openDb(), days, now)), days };
  } catch (error) {
    return { ok: false, error: retentionFailure(error) };
  }
}

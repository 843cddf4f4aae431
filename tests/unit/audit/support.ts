// An audit against the fake Partner Center on virtual time, with a fresh database per test.
import { createAuditControl, type AuditControl } from '@/lib/audit/control';
import { runAudit } from '@/lib/audit/engine';
import type { AuditDeps, AuditProgressEvent } from '@/lib/audit/types';
import type { RecordsDb } from '@/lib/records/db';
import type { AuditRunRecord } from '@/lib/records/types';
import { createFakePartnerCenter, makeCustomers, type FakeOptions, type FakePartnerCenter } from './fake-partner-center';
import { freshDb } from '../support/records-db';
import { createVirtualTime, type VirtualTime } from '../support/fake-time';

export interface AuditSetup {
  time: VirtualTime;
  db: RecordsDb;
  partnerCenter: FakePartnerCenter;
  events: AuditProgressEvent[];
  /** Read when the audit starts: replace it to start with a new one. */
  control: AuditControl;
  /** Starts the audit (or resumes the unfinished one); the promise settles once time has been run through. */
  start(deps?: Partial<AuditDeps>): Promise<AuditRunRecord>;
}

export async function setUpAudit(
  fake: Partial<Omit<FakeOptions, 'time'>> & { customerCount?: number } = {},
  deps: Partial<AuditDeps> = {},
  time: VirtualTime = createVirtualTime(),
): Promise<AuditSetup> {
  const db = await freshDb();
  const partnerCenter = createFakePartnerCenter({
    ...fake,
    customers: fake.customers ?? makeCustomers(fake.customerCount ?? 10),
    time,
  });
  const events: AuditProgressEvent[] = [];
  let runs = 0;
  const setup: AuditSetup = {
    time,
    db,
    partnerCenter,
    events,
    control: createAuditControl(),
    start: (more = {}) => {
      runs += 1;
      return runAudit(
        {
          db,
          api: partnerCenter.api,
          now: time.now,
          sleep: time.sleep,
          onProgress: (event) => events.push(event),
          newRunId: () => `run-${runs}`,
          ...deps,
          ...more,
        },
        setup.control,
      );
    },
  };
  return setup;
}

export async function runToEnd(setup: AuditSetup, deps?: Partial<AuditDeps>): Promise<AuditRunRecord> {
  return setup.time.run(setup.start(deps));
}

/** Requests that started within any window of `windowMs`, at the busiest. */
export function busiestWindow(times: readonly number[], windowMs = 60_000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last += 1) {
    while ((sorted[last] as number) - (sorted[first] as number) >= windowMs) first += 1;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

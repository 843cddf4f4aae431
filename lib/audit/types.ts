// What the bulk audit needs from Partner Center and gives its caller. The wiring adapts the real client to `AuditApi`;
// tests give a fake. Pages are fetched one call at a time from a continuation token, so that a stopped audit resumes
// at the page it was working on.
import type { PartnerRole } from '../mca/types';
import type { Agreement, Customer, CustomerAgreementRecord, DirectSignStatus } from '../partner-center/schemas';
import type { RecordsDb } from '../records/db';
import type { AuditMode, AuditPhase, AuditRunState } from '../records/types';

export interface AuditPage<T> {
  items: readonly T[];
  /** Continuation token of the next page; absent or null on the last page. */
  next?: string | null;
  /** How many items all the pages hold, when Partner Center says (`totalCount` of the customer list). */
  total?: number;
  /** Items that did not parse: each becomes its customer's failure, the rest of the page goes on. */
  malformed?: readonly { id?: string; field: string; reason: string }[];
}

export interface AuditApi {
  /** One page of `GET /v1/customers`: the first for null, else the page the token names. */
  customersPage(token: string | null): Promise<AuditPage<Customer>>;
  /** One page of the bulk agreement-records feed (docs/partner-center-api.md §2.8); leave it out where the feed is not to be used. */
  agreementRecordsPage?(token: string | null): Promise<AuditPage<CustomerAgreementRecord>>;
  /** The customer's MCA agreements (`agreementType=MicrosoftCustomerAgreement`). */
  customerAgreements(tenantId: string): Promise<readonly Agreement[]>;
  directSignStatus(tenantId: string): Promise<DirectSignStatus>;
}

/** What the audit reads of a failed call: the fields of `PartnerCenterError`. */
export interface AuditCallError {
  /** HTTP status; 0 when no answer came. */
  status: number;
  code: string;
  retryable: boolean;
  messageKey: string;
  retryAfterSeconds?: number;
}

/** Resolves when one more request may start. */
export interface RequestLimiter {
  acquire(): Promise<void>;
}

export interface AuditProgressEvent {
  runId: string;
  state: AuditRunState;
  mode?: AuditMode;
  phase: AuditPhase;
  /** Customers whose evidence was kept in this run. */
  done: number;
  /** Customers that could not be checked (so far: some are tried again at the end). */
  failed: number;
  total?: number;
  requests: number;
  /** Customers finished per minute over the last minute. */
  ratePerMinute: number;
  /** Estimated time left, when the total is known and work is moving. */
  etaMs?: number;
}

export interface AuditDeps {
  db: RecordsDb;
  /** The person asked to go on (Start, Resume, Try again): a run found stuck is tried again. */
  resumedByUser?: boolean;
  api: AuditApi;
  /** Epoch milliseconds. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Paces every request; by default an even pacer at `requestsPerMinute`. */
  limiter?: RequestLimiter;
  /** Partner Center's documented limit (500 a minute per tenant, §1.4). */
  requestsPerMinute?: number;
  /** Customers in flight at once. */
  concurrency?: number;
  partnerRole?: PartnerRole;
  onProgress?: (event: AuditProgressEvent) => void;
  newRunId?: () => string;
  /** Waits after a lost connection before trying again; once they are used up the run stops, resumable. */
  offlineBackoffMs?: readonly number[];
}

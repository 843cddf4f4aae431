// The dashboard's attestation pipeline: every attestation this browser follows, grouped by where it stands, ordered by what
// needs doing first, with the actions that fit; the queue of customers to attest next; the rows of its CSV export.
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import type { AppMessageKey } from '../i18n';
import { needsAcceptance } from '../mca/risk';
import type { McaStatus } from '../mca/types';
import type { TrackedAttestation } from '../records/types';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A link that expires within this long is flagged and listed among the first. */
export const EXPIRING_SOON_MS = 24 * HOUR_MS;
/** Agreements are listed this long after they were created; older ones are done with. */
export const RECENT_AGREEMENT_MS = 30 * DAY_MS;

/** The groups in the order the section shows them. */
export const PIPELINE_GROUPS = ['link-sent', 'accepted', 'agreement-created', 'expired', 'failed'] as const;
export type PipelineGroup = (typeof PIPELINE_GROUPS)[number];

/** `email-link`: the popup on the acceptance-link email; `renew`: the side panel's form for a new link to the same signer. */
export type PipelineAction = 'email-link' | 'check' | 'complete' | 'renew';

const ACTIONS: Record<PipelineGroup, readonly PipelineAction[]> = {
  'link-sent': ['email-link', 'check'],
  accepted: ['complete', 'check'],
  'agreement-created': [],
  expired: ['renew'],
  failed: ['renew'],
};

export interface PipelineRow {
  attestation: TrackedAttestation;
  group: PipelineGroup;
  /** Until the link expires; zero or less once it has. */
  timeLeftMs: number;
  expiringSoon: boolean;
  actions: readonly PipelineAction[];
}

export type Pipeline = Record<PipelineGroup, PipelineRow[]>;

/** Epoch milliseconds of a stored instant (Partner Center's zone-less form included); NaN when it is not one. */
const instant = (value: string | undefined): number =>
  value === undefined ? Number.NaN : (parsePartnerCenterDate(value) ?? Number.NaN);

/** Until the link expires (Partner Center's zone-less expiry read as UTC); zero or less once it has, NaN when unreadable. */
export function timeLeftMs(tracked: TrackedAttestation, now: Date): number {
  return instant(tracked.linkExpiresAt) - now.getTime();
}

/** Where an attestation stands for the reader: a link still waiting at or after its expiry has expired, asked or not. */
export function groupOf(tracked: TrackedAttestation, now: Date): PipelineGroup {
  return tracked.state === 'link-sent' && timeLeftMs(tracked, now) <= 0 ? 'expired' : tracked.state;
}

/** A live link that expires within `EXPIRING_SOON_MS`, its boundary included. */
export function isExpiringSoon(tracked: TrackedAttestation, now: Date): boolean {
  const left = timeLeftMs(tracked, now);
  return left > 0 && left <= EXPIRING_SOON_MS;
}

/** When the agreement was made, as well as the record knows it (the acceptance, else the creation, for older records). */
export function agreementAt(tracked: TrackedAttestation): number {
  const at = [tracked.agreementCreatedAt, tracked.acceptedAt, tracked.createdAt].map(instant).find((ms) => !Number.isNaN(ms));
  return at ?? Number.NaN;
}

/** Agreements of the last `RECENT_AGREEMENT_MS`, its boundary included; one whose date cannot be read is kept in view. */
export function isRecentAgreement(tracked: TrackedAttestation, now: Date): boolean {
  const at = agreementAt(tracked);
  return Number.isNaN(at) || now.getTime() - at <= RECENT_AGREEMENT_MS;
}

/** Instants in order, one that cannot be read last either way. */
const ascending = (a: number, b: number) => (Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b);
const descending = (a: number, b: number) => ascending(-a, -b);
const byId = (a: PipelineRow, b: PipelineRow) => a.attestation.attestationId.localeCompare(b.attestation.attestationId);
const created = (row: PipelineRow) => instant(row.attestation.createdAt);
const expiry = (row: PipelineRow) => instant(row.attestation.linkExpiresAt);
const accepted = (row: PipelineRow) => instant(row.attestation.acceptedAt ?? row.attestation.createdAt);

/**
 * Links by expiry, the soonest first: those expiring within the day come first by that alone. The others newest first, each
 * dated by the step it reached.
 */
const ORDER: Record<PipelineGroup, (a: PipelineRow, b: PipelineRow) => number> = {
  'link-sent': (a, b) => ascending(expiry(a), expiry(b)) || byId(a, b),
  accepted: (a, b) => descending(accepted(a), accepted(b)) || byId(a, b),
  'agreement-created': (a, b) => descending(agreementAt(a.attestation), agreementAt(b.attestation)) || byId(a, b),
  expired: (a, b) => descending(expiry(a), expiry(b)) || byId(a, b),
  failed: (a, b) => descending(created(a), created(b)) || byId(a, b),
};

export function pipelineRow(tracked: TrackedAttestation, now: Date): PipelineRow {
  const group = groupOf(tracked, now);
  return {
    attestation: tracked,
    group,
    timeLeftMs: timeLeftMs(tracked, now),
    expiringSoon: group === 'link-sent' && isExpiringSoon(tracked, now),
    actions: ACTIONS[group],
  };
}

/** Every followed attestation in its group and order; agreements older than the window are left out. */
export function buildPipeline(attestations: readonly TrackedAttestation[], now: Date): Pipeline {
  const pipeline = Object.fromEntries(PIPELINE_GROUPS.map((group) => [group, [] as PipelineRow[]])) as Pipeline;
  for (const tracked of attestations) {
    const row = pipelineRow(tracked, now);
    if (row.group === 'agreement-created' && !isRecentAgreement(tracked, now)) continue;
    pipeline[row.group].push(row);
  }
  for (const group of PIPELINE_GROUPS) pipeline[group].sort(ORDER[group]);
  return pipeline;
}

export function pipelineCounts(pipeline: Pipeline): Record<PipelineGroup, number> {
  return Object.fromEntries(PIPELINE_GROUPS.map((group) => [group, pipeline[group].length])) as Record<PipelineGroup, number>;
}

/** The rows in the section's order: groups first to last, each in its own order. */
export const pipelineRows = (pipeline: Pipeline): PipelineRow[] => PIPELINE_GROUPS.flatMap((group) => pipeline[group]);

// The queue: customers who need an attestation and have none on its way, reviewed one at a time in the side panel.

/** What the queue needs of a customer of the book. */
export interface QueueCustomer {
  tenantId: string;
  companyName: string;
  status: McaStatus;
}

/**
 * On its way: a link or an acceptance waiting, or a recent agreement (the book may not have read yet the status it made
 * current).
 */
function onItsWay(tracked: TrackedAttestation, now: Date): boolean {
  const group = groupOf(tracked, now);
  return group === 'link-sent' || group === 'accepted' || (group === 'agreement-created' && isRecentAgreement(tracked, now));
}

/**
 * The customers to attest, in the order given (the book's, at risk first): those whose status calls for an attestation or
 * an acceptance, with none on its way; only those selected, when some are.
 */
export function attestationQueue<C extends QueueCustomer>(
  customers: readonly C[],
  attestations: readonly TrackedAttestation[],
  now: Date,
  selected: ReadonlySet<string> = new Set(),
): C[] {
  const busy = new Set(attestations.filter((tracked) => onItsWay(tracked, now)).map((tracked) => tracked.tenantId));
  return customers.filter(
    (customer) =>
      needsAcceptance(customer.status) &&
      !busy.has(customer.tenantId) &&
      (selected.size === 0 || selected.has(customer.tenantId)),
  );
}

export interface QueueStep<C> {
  /** 1-based position of the customer opened last. */
  position: number;
  total: number;
  current: C;
  next?: C;
}

/** Where the partner is in the queue, `index` being the customer opened last; null outside it. */
export function queueStep<C>(queue: readonly C[], index: number): QueueStep<C> | null {
  const current = index < 0 ? undefined : queue[index];
  if (current === undefined) return null;
  const next = queue[index + 1];
  return { position: index + 1, total: queue.length, current, ...(next !== undefined && { next }) };
}

// The CSV export: one line per attestation listed, in the section's order, with the state it is shown in.

export const PIPELINE_CSV_COLUMNS = [
  'state',
  'customer',
  'tenantId',
  'signerFirstName',
  'signerLastName',
  'signerEmail',
  'attestedBy',
  'created',
  'linkExpires',
  'accepted',
  'agreementCreated',
  'failureCode',
  'attestationId',
  'requestId',
  'correlationId',
] as const;
export type PipelineCsvColumn = (typeof PIPELINE_CSV_COLUMNS)[number];

export function pipelineCsvRow({ attestation: a, group }: PipelineRow): Record<PipelineCsvColumn, string> {
  return {
    state: group,
    customer: a.companyName,
    tenantId: a.tenantId,
    signerFirstName: a.signer.firstName,
    signerLastName: a.signer.lastName,
    signerEmail: a.signer.email,
    attestedBy: a.attestedBy?.name ?? '',
    created: a.createdAt,
    linkExpires: a.linkExpiresAt,
    accepted: a.acceptedAt ?? '',
    agreementCreated: a.agreementCreatedAt ?? '',
    failureCode: a.failureCode ?? '',
    attestationId: a.attestationId,
    requestId: a.requestId,
    correlationId: a.correlationId,
  };
}

export function pipelineCsvHeadings(translate: (key: AppMessageKey) => string): Record<PipelineCsvColumn, string> {
  return Object.fromEntries(
    PIPELINE_CSV_COLUMNS.map((column) => [column, translate(`dashboard.pipeline.csv.${column}`)]),
  ) as Record<PipelineCsvColumn, string>;
}

/** The headings then one line per row, as cells in the columns' order. */
export function pipelineCsvCells(pipeline: Pipeline, headings: Record<PipelineCsvColumn, string>): string[][] {
  const line = (cells: Record<PipelineCsvColumn, string>) => PIPELINE_CSV_COLUMNS.map((column) => cells[column]);
  return [line(headings), ...pipelineRows(pipeline).map((row) => line(pipelineCsvRow(row)))];
}

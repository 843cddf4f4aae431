// What an imported record must look like, store by store: nothing reaches the database that the code reading it does not expect.
import { z } from 'zod';
import { statusSeverity } from '../mca/risk';
import { assessmentSchemas, RECORD_TEXT_MAX } from '../mca/record-schemas';
import { EVIDENCE_SOURCES, MCA_STATUSES, PARTNER_ROLES } from '../mca/types';
import { IDENTITY_FIELDS, IDENTITY_SOURCES } from './customer-identity';
import { AUDIT_MODES, AUDIT_RUN_STATES } from './types';

/** How far ahead of this computer's clock an imported time may be (clocks differ); anything later is a forged record. */
export const IMPORT_FUTURE_TOLERANCE_MS = 86_400_000;

/**
 * A moment, as the extension writes them: in UTC. An offset is turned to UTC (so that times compare as text, as the records
 * do); a time later than tomorrow is refused, since it would outrank every real observation.
 */
const instantAnyTime = z.iso
  .datetime({ offset: true, error: 'expected an ISO 8601 date and time' })
  .transform((value) => (value.endsWith('Z') ? value : new Date(value).toISOString()));
const instant = instantAnyTime.refine((value) => Date.parse(value) <= Date.now() + IMPORT_FUTURE_TOLERANCE_MS, {
  error: 'a date and time in the future (more than a day ahead of this computer): refused',
});
const tenantId = z.guid({ error: 'expected a tenant id (GUID)' });
const text = (max: number) => z.string().max(max);
const { assessment, evidencePiece } = assessmentSchemas(instant);

export const customerSchema = z.object({
  tenantId,
  companyName: text(RECORD_TEXT_MAX).optional(),
  domain: text(RECORD_TEXT_MAX).optional(),
  country: text(RECORD_TEXT_MAX).optional(),
  language: text(RECORD_TEXT_MAX).optional(),
  contactName: text(RECORD_TEXT_MAX).optional(),
  contactEmail: text(RECORD_TEXT_MAX).optional(),
  identity: z
    .partialRecord(z.enum(IDENTITY_FIELDS), z.object({ source: z.enum(IDENTITY_SOURCES), observedAt: instant }))
    .optional(),
  lastSeenAt: instant,
});

export const evidenceSchema = evidencePiece;

export const assessmentSchema = z
  .object({
    tenantId,
    status: z.enum(MCA_STATUSES),
    severity: z.number().int(),
    assessment,
    evidence: z.array(z.object({ source: z.enum(EVIDENCE_SOURCES), observedAt: instant })),
    partnerRole: z.enum(PARTNER_ROLES).optional(),
    assessedAt: instant,
    /** When the assessment changes by the calendar alone (a block starting): in the future by nature. */
    validUntil: instantAnyTime.optional(),
  })
  .refine((record) => record.assessment.status === record.status && record.severity === statusSeverity(record.status), {
    error: 'status and severity must be those of the assessment',
  });

const localId = z.number().int().positive().optional();

export const invitationSchema = z.object({
  id: localId,
  tenantId: tenantId.optional(),
  companyName: text(RECORD_TEXT_MAX).optional(),
  kind: z.string().min(1).max(64),
  locale: z.string().min(1).max(16),
  via: z.enum(['mailto', 'copy', 'eml']),
  at: instant,
});

export const attestationSchema = z.object({
  id: localId,
  tenantId,
  requestId: z.string().min(1).max(128),
  correlationId: z.string().min(1).max(128),
  attestationId: z.string().min(1).max(256).optional(),
  signer: z.object({
    firstName: text(RECORD_TEXT_MAX),
    lastName: text(RECORD_TEXT_MAX),
    email: text(RECORD_TEXT_MAX),
    phoneNumber: text(64).optional(),
  }),
  attestedBy: z.object({ name: text(RECORD_TEXT_MAX), upn: text(RECORD_TEXT_MAX), objectId: z.guid() }).optional(),
  result: z.string().min(1).max(64),
  at: instant,
});

const failureDetail = {
  status: z.number().int().nonnegative(),
  code: text(128),
  messageKey: text(256),
  retryable: z.boolean(),
};

export const auditRunSchema = z.object({
  id: z.string().min(1).max(128),
  startedAt: instant,
  finishedAt: instant.optional(),
  state: z.enum(AUDIT_RUN_STATES),
  mode: z.enum(AUDIT_MODES).optional(),
  counts: z.object({
    done: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().optional(),
    requests: z.number().int().nonnegative(),
  }),
  failures: z.array(
    z.object({ tenantId, ...failureDetail, attempts: z.number().int().positive(), detail: text(512).optional() }),
  ),
  stoppedBy: z.object({ messageKey: text(256), cause: z.object(failureDetail).optional() }).optional(),
});

export const importedStoreSchemas = {
  customers: customerSchema,
  evidence: evidenceSchema,
  assessments: assessmentSchema,
  attestations: attestationSchema,
  invitations: invitationSchema,
  auditRuns: auditRunSchema,
};

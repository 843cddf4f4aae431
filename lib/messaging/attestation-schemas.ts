// Messages of the attestation flow and of the application credential. The request limits are loose on purpose: the
// background checks the attestation as Partner Center does and answers field by field.
import * as z from 'zod/mini';
import { failureSchema } from '../failure/failure';
import { TRACKED_ATTESTATION_STATES } from '../records/types';
import { tenantIdSchema } from '../tenant/tenant-id-schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const failed = z.object({ ok: z.literal(false), error: failureSchema });
/** A success carrying `shape`, or the failure to show. */
const outcome = <S extends z.core.$ZodShape>(shape: S) => z.union([z.object({ ok: z.literal(true), ...shape }), failed]);

export const attestationIdSchema = text(256).check(z.minLength(1));

export const credentialSummarySchema = z.object({
  id: z.string(),
  thumbprintSha1: z.string(),
  certificatePem: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(['active', 'previous']),
});

export const credentialListResult = outcome({ credentials: z.array(credentialSummarySchema) });
export const credentialResult = outcome({ credential: credentialSummarySchema });
export const doneResult = outcome({});

export const startAttestationSchema = z.object({
  tenantId: tenantIdSchema,
  signer: z.object({ firstName: text(1024), lastName: text(1024), email: text(1024), phone: z.optional(text(256)) }),
  companyName: text(1024),
  country: text(64),
  language: text(64),
  expiresInMinutes: z.optional(z.number()),
});

export const attestationPreparationSchema = z.object({
  defaults: z.object({ companyName: z.optional(z.string()), country: z.optional(z.string()), language: z.optional(z.string()) }),
  source: z.enum(['api', 'records', 'none']),
  refusal: z.optional(failureSchema),
});

const attestationLinkSchema = z.object({
  attestationId: z.string(),
  acceptanceUrl: z.string(),
  linkExpiresAt: z.string(),
  status: z.string(),
  acceptedAt: z.optional(z.string()),
});
export const attestationLinkResult = outcome({ attestation: attestationLinkSchema });

export const createdAgreementResult = outcome({
  agreement: z.object({ dateAgreed: z.string(), requestId: z.string(), correlationId: z.string(), recorded: z.boolean() }),
});

const signerSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phoneNumber: z.optional(z.string()),
});
const attesterSchema = z.object({ name: z.string(), upn: z.string(), objectId: z.string() });

export const attestationRecordSchema = z.object({
  id: z.optional(z.number()),
  tenantId: z.string(),
  requestId: z.string(),
  correlationId: z.string(),
  attestationId: z.optional(z.string()),
  signer: signerSchema,
  attestedBy: z.optional(attesterSchema),
  result: z.string(),
  at: z.string(),
});

export const trackedAttestationStateSchema = z.enum(TRACKED_ATTESTATION_STATES);

export const trackedAttestationSchema = z.object({
  attestationId: z.string(),
  tenantId: z.string(),
  companyName: z.string(),
  country: z.string(),
  language: z.string(),
  signer: signerSchema,
  attestedBy: z.optional(attesterSchema),
  state: trackedAttestationStateSchema,
  acceptanceUrl: z.string(),
  linkExpiresAt: z.string(),
  createdAt: z.string(),
  requestId: z.string(),
  correlationId: z.string(),
  acceptedAt: z.optional(z.string()),
  agreementRequestId: z.optional(z.string()),
  agreementCreatedAt: z.optional(z.string()),
  lastCheckedAt: z.optional(z.string()),
  failureCode: z.optional(z.string()),
  linkEmailedAt: z.optional(z.string()),
});

export const trackedAttestationsQuerySchema = z.object({
  tenantId: z.optional(tenantIdSchema),
  states: z.optional(z.array(trackedAttestationStateSchema)),
});

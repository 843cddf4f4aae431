import * as z from 'zod/mini';
import { contentProtocol, message } from './content-protocol';
import { customerRecordSchema, invitationRecordSchema, purgeResultSchema } from './record-schemas';
import { auditProgressSchema, auditStateSchema } from './audit-schemas';
import { failureSchema } from '../failure/failure';
import { tenantIdSchema } from '../tenant/tenant-id-schema';
import { accountSchema, accountStateSchema } from './account-schemas';
import {
  attestationIdSchema,
  attestationLinkResult,
  attestationPreparationSchema,
  attestationRecordSchema,
  createdAgreementResult,
  credentialListResult,
  credentialResult,
  doneResult,
  startAttestationSchema,
  trackedAttestationSchema,
  trackedAttestationsQuerySchema,
} from './attestation-schemas';

export const protocol = {
  ...contentProtocol,
  /** Who is signed in to the Partner Center API, if anyone, and whether sign-in is set up. */
  getAccount: message(z.object({}), accountStateSchema),
  /** Interactive sign-in; sent from the user's click, run by the background so that it outlives a closing popup. */
  signIn: message(
    z.object({}),
    z.union([
      z.object({ ok: z.literal(true), account: accountSchema }),
      z.object({ ok: z.literal(false), error: failureSchema }),
    ]),
  ),
  signOut: message(z.object({}), z.object({})),
  /** From the background to open pages: someone signed in or out. */
  accountChanged: message(z.object({}), z.object({})),
  /** What is known locally of a customer, to fill forms: its record, its status and its history. */
  getCustomerRecord: message(
    z.object({ tenantId: tenantIdSchema }),
    z.object({
      customer: z.optional(customerRecordSchema),
      invitations: z.array(invitationRecordSchema),
    }),
  ),
  /** Customers seen in this browser, by tenant id prefix or name. */
  findCustomers: message(
    z.object({ query: z.string().check(z.maxLength(200)) }),
    z.object({ customers: z.array(customerRecordSchema) }),
  ),
  /** From the background to open pages: what is known of a customer has changed. */
  statusChanged: message(z.object({ tenantId: tenantIdSchema }), z.object({})),
  /** The bulk audit: start (or resume an interrupted one), pause, resume, cancel, and where it stands. */
  startAudit: message(z.object({}), auditStateSchema),
  controlAudit: message(z.object({ action: z.enum(['pause', 'resume', 'cancel']) }), auditStateSchema),
  getAuditState: message(z.object({}), auditStateSchema),
  /** From the background to open pages: the audit moved on. */
  auditProgress: message(auditProgressSchema, z.object({})),
  /**
   * Keeps a trace of an invitation that left the extension (never its text); for the acceptance link, also when the
   * attestation's link was emailed (`linkEmailedAt`), and `statusChanged` tells the pages.
   */
  recordInvitation: message(
    z.extend(z.omit(invitationRecordSchema, { id: true }), { attestationId: z.optional(attestationIdSchema) }),
    z.object({ id: z.number() }),
  ),
  /** Removes now the records older than the saved retention setting, as the daily purge does. */
  purgeOldRecords: message(z.object({}), purgeResultSchema),
  /** The application credential of the attestation flow, as summaries (certificate, thumbprints, dates): never its keys. */
  listAppCredentials: message(z.object({}), credentialListResult),
  createAppCredential: message(z.object({}), credentialResult),
  /** A new active credential; the one it replaces stays until deleted, while the new certificate is uploaded. */
  rotateAppCredential: message(z.object({}), credentialResult),
  deleteAppCredential: message(z.object({ id: attestationIdSchema }), doneResult),
  /** The attestation form's defaults for a customer, and why this browser cannot attest, if so. */
  prepareAttestation: message(z.object({ tenantId: tenantIdSchema }), attestationPreparationSchema),
  /** Enhanced attestation, step 1: the attestation and the customer's acceptance link (app-only). */
  startAttestation: message(startAttestationSchema, attestationLinkResult),
  getAttestationStatus: message(z.object({ attestationId: attestationIdSchema }), attestationLinkResult),
  /** Enhanced attestation, step 3: the agreement, recorded locally with its ids; the customer's status changes. */
  completeAttestation: message(
    z.object({ tenantId: tenantIdSchema, attestationId: attestationIdSchema }),
    createdAgreementResult,
  ),
  /** The attestations this browser made for a customer, newest first. */
  getAttestationHistory: message(
    z.object({ tenantId: tenantIdSchema }),
    z.object({ attestations: z.array(attestationRecordSchema) }),
  ),
  /** The attestations this browser follows to their agreement (one customer's, or those in some states), newest first. */
  listTrackedAttestations: message(trackedAttestationsQuerySchema, z.object({ attestations: z.array(trackedAttestationSchema) })),
  /** One followed attestation, for the draft of its acceptance link (`popup.html?attestation=<id>`); null when not followed. */
  getTrackedAttestation: message(
    z.object({ attestationId: attestationIdSchema }),
    z.object({ attestation: z.nullable(trackedAttestationSchema) }),
  ),
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type MessageRequest<K extends MessageType> = z.input<Protocol[K]['request']>;
/** The request as the handler sees it, after parsing (defaults applied). */
export type MessageData<K extends MessageType> = z.output<Protocol[K]['request']>;
export type MessageResponse<K extends MessageType> = z.output<Protocol[K]['response']>;
export type { ExtensionPage } from './content-protocol';

export type ProtocolMap = { [K in MessageType]: (data: MessageRequest<K>) => MessageResponse<K> };

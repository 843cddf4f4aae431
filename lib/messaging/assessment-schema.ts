// The assessment as it crosses from the background to a page, checked on arrival. zod/mini keeps the content script small.
import * as z from 'zod/mini';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { BLOCKABLE_ACTIONS, EVIDENCE_SOURCES, MCA_STATUSES } from '../mca/types';
import { PAGE_IDENTITY_MAX_LENGTH } from '../partner-center/customer-identity-dom';

export const messageSchema = z.object({
  key: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

const agreementRecordSchema = z.object({
  type: z.enum(['MicrosoftCustomerAgreement', 'MicrosoftCloudAgreement']),
  dateAgreed: z.string(),
  primaryContact: z.optional(
    z.object({
      firstName: z.optional(z.string()),
      lastName: z.optional(z.string()),
      email: z.optional(z.string()),
      phoneNumber: z.optional(z.string()),
    }),
  ),
  source: z.optional(z.enum(EVIDENCE_SOURCES)),
  observedAt: z.optional(z.string()),
});

const nextStepSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('invite-accept'), invitation: z.literal('accept-mca'), message: messageSchema }),
  z.object({
    action: z.literal('attest'),
    channels: z.readonly(z.array(z.enum(['partner-center', 'api']))),
    message: messageSchema,
  }),
  z.object({ action: z.literal('ask-provider'), message: messageSchema }),
  z.object({ action: z.literal('refresh'), message: messageSchema }),
]);

export const assessmentSchema = z.object({
  status: z.enum(MCA_STATUSES),
  since: z.optional(z.string()),
  latestAgreement: z.optional(agreementRecordSchema),
  blockedActions: z.array(z.enum(BLOCKABLE_ACTIONS)),
  blockStartsAt: z.optional(z.string()),
  canAttest: z.boolean(),
  nextSteps: z.array(nextStepSchema),
  reasons: z.array(messageSchema),
  certain: z.boolean(),
});

export const evidencePieceSchema = z.object({
  tenantId: z.string(),
  source: z.enum(EVIDENCE_SOURCES),
  observedAt: z.string(),
  agreements: z.optional(z.readonly(z.array(agreementRecordSchema))),
  directAcceptance: z.optional(z.boolean()),
});

/** A day in the form the Account page reader gives it (`2024-05-01T00:00:00`), and one that exists. */
const PAGE_DATE = /^\d{4}-\d{2}-\d{2}T00:00:00$/;
const pageDateSchema = z.string().check(
  z.regex(PAGE_DATE),
  z.refine((value) => parsePartnerCenterDate(value) !== undefined),
);

/**
 * What the content script read on the Account page (see lib/partner-center/account-page.ts). It comes from a page the
 * extension does not control, so every field is bounded here, in one place: enums, dates of one exact form, and nothing
 * else kept (unknown keys are dropped).
 */
export const pageReadingSchema = z.object({
  language: z.enum(['en', 'fr', 'unknown']),
  partnerAttestation: z.enum(['provided', 'not-provided', 'unknown']),
  directAcceptance: z.enum(['provided', 'not-provided', 'unknown']),
  dateAgreed: z.optional(pageDateSchema),
});

const shown = (maxLength: number) => z.optional(z.string().check(z.minLength(1), z.maxLength(maxLength)));

/** Who the customer is, as a customer page shows it (see lib/partner-center/customer-identity-dom.ts). */
export const pageIdentitySchema = z.object({
  companyName: shown(PAGE_IDENTITY_MAX_LENGTH.companyName),
  domain: shown(PAGE_IDENTITY_MAX_LENGTH.domain),
  countryRegion: shown(PAGE_IDENTITY_MAX_LENGTH.countryRegion),
  language: shown(PAGE_IDENTITY_MAX_LENGTH.language),
});

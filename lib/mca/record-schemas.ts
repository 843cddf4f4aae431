// The assessment and its evidence as the extension writes them, defined once: the background checks them when they reach a
// page, the import checks them before they reach the database. zod/mini keeps the content script small; the import mixes
// these with zod classic, which zod 4 allows.
import * as z from 'zod/mini';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { BLOCKABLE_ACTIONS, EVIDENCE_SOURCES, MCA_STATUSES } from './types';

/**
 * The longest free text kept from Partner Center (names, domains, countries, languages). Partner Center's own limit is to be
 * confirmed; this bound is generous and applied both where the API is read and where an import is checked, so that an
 * import takes back whatever the extension stored.
 */
export const RECORD_TEXT_MAX = 1024;

const text = z.string().check(z.maxLength(RECORD_TEXT_MAX));

/** A day as Partner Center gives it (`2023-04-01T00:00:00`), and one that exists. */
export const agreedDaySchema = z.string().check(
  z.refine((value) => parsePartnerCenterDate(value) !== undefined, {
    error: 'expected an agreement date such as 2023-04-01T00:00:00',
  }),
);

export const messageSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(256)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

const contactSchema = z.object({
  firstName: z.optional(text),
  lastName: z.optional(text),
  email: z.optional(text),
  phoneNumber: z.optional(text),
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

/**
 * The schemas, given how a moment (ISO 8601 date and time) is checked: a page takes the background's as they are, an import
 * turns them to UTC and refuses the future.
 */
export function assessmentSchemas<Moment extends z.core.$ZodType<string, string>>(moment: Moment) {
  const agreementRecord = z.object({
    type: z.enum(['MicrosoftCustomerAgreement', 'MicrosoftCloudAgreement']),
    dateAgreed: agreedDaySchema,
    primaryContact: z.optional(contactSchema),
    source: z.optional(z.enum(EVIDENCE_SOURCES)),
    observedAt: z.optional(moment),
  });
  const assessment = z.object({
    status: z.enum(MCA_STATUSES),
    since: z.optional(moment),
    latestAgreement: z.optional(agreementRecord),
    blockedActions: z.array(z.enum(BLOCKABLE_ACTIONS)),
    blockStartsAt: z.optional(moment),
    canAttest: z.boolean(),
    nextSteps: z.array(nextStepSchema),
    reasons: z.array(messageSchema),
    certain: z.boolean(),
  });
  const evidencePiece = z.object({
    tenantId: z.guid(),
    source: z.enum(EVIDENCE_SOURCES),
    observedAt: moment,
    agreements: z.optional(z.readonly(z.array(agreementRecord))),
    directAcceptance: z.optional(z.boolean()),
  });
  return { agreementRecord, assessment, evidencePiece };
}

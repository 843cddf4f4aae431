// What crosses from the background to a page, checked on arrival. zod/mini keeps the content script small.
import * as z from 'zod/mini';
import { parsePartnerCenterDate } from '../dates/partner-center-date';
import { assessmentSchemas } from '../mca/record-schemas';
import { PAGE_IDENTITY_MAX_LENGTH } from '../partner-center/customer-identity-dom';

const { assessment, evidencePiece } = assessmentSchemas(z.string());
export const assessmentSchema = assessment;
export const evidencePieceSchema = evidencePiece;

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

import * as z from 'zod/mini';
import { failureSchema } from '../failure/failure';
import { IDENTITY_SOURCES } from '../records/customer-identity';
import { tenantIdSchema } from '../tenant/tenant-id-schema';

export const customerRecordSchema = z.object({
  tenantId: tenantIdSchema,
  companyName: z.optional(z.string()),
  domain: z.optional(z.string()),
  country: z.optional(z.string()),
  language: z.optional(z.string()),
  contactName: z.optional(z.string()),
  contactEmail: z.optional(z.string()),
  identity: z.optional(z.record(z.string(), z.object({ source: z.enum(IDENTITY_SOURCES), observedAt: z.string() }))),
  lastSeenAt: z.string(),
});

export const invitationRecordSchema = z.object({
  id: z.optional(z.number()),
  tenantId: z.optional(tenantIdSchema),
  companyName: z.optional(z.string().check(z.maxLength(256))),
  kind: z.string().check(z.maxLength(64)),
  locale: z.string().check(z.maxLength(16)),
  via: z.enum(['mailto', 'copy', 'eml']),
  at: z.string(),
});

/** What a purge by the retention setting removed; `days` is null when the setting keeps everything. */
export const purgeResultSchema = z.union([
  z.object({ ok: z.literal(true), removed: z.number(), days: z.nullable(z.number()) }),
  z.object({ ok: z.literal(false), error: failureSchema }),
]);

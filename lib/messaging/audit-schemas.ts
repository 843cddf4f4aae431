import * as z from 'zod/mini';
import { AUDIT_RUN_STATES } from '../records/types';

export const auditProgressSchema = z.object({
  runId: z.string(),
  state: z.enum(AUDIT_RUN_STATES),
  mode: z.optional(z.enum(['bulk-feed', 'per-customer'])),
  phase: z.string(),
  done: z.number(),
  failed: z.number(),
  total: z.optional(z.number()),
  requests: z.number(),
  ratePerMinute: z.number(),
  etaMs: z.optional(z.number()),
});

export const auditStateSchema = z.object({
  /** An audit is being run by this background now. */
  active: z.boolean(),
  progress: z.nullable(auditProgressSchema),
});

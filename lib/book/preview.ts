// The first screen of the customer book as it was last read, kept so that the dashboard shows it at once next time while
// it reads the whole book again (50,000 customers take a second or two to read and sort).
import { z } from 'zod';
import { BLOCKABLE_ACTIONS, EVIDENCE_SOURCES, MCA_STATUSES } from '../mca/types';
import type { BookRow, BookTotals } from './rows';

/** Rows kept: more than one screen of the table. */
export const PREVIEW_ROWS = 50;

const count = z.number().int().nonnegative();

const rowSchema = z.object({
  tenantId: z.string(),
  companyName: z.string(),
  country: z.string(),
  language: z.string(),
  status: z.enum(MCA_STATUSES),
  atRisk: z.boolean(),
  certain: z.boolean(),
  blockedActions: z.array(z.enum(BLOCKABLE_ACTIONS)),
  latestAgreementDate: z.string().optional(),
  evidenceSource: z.enum(EVIDENCE_SOURCES).optional(),
  observedAt: z.string().optional(),
  nameKey: z.string(),
  searchText: z.string(),
});

const previewSchema = z.object({
  version: z.literal(1),
  total: count,
  atRisk: count,
  counts: z.object(
    Object.fromEntries(MCA_STATUSES.map((status) => [status, count])) as Record<(typeof MCA_STATUSES)[number], typeof count>,
  ),
  rows: z.array(rowSchema).max(PREVIEW_ROWS),
});

export type BookPreview = z.output<typeof previewSchema>;

/** What to keep of a book sorted for display, with its totals. */
export function previewOf(sorted: readonly BookRow[], { total, atRisk, counts }: BookTotals): BookPreview {
  return {
    version: 1,
    total,
    atRisk,
    counts: { ...counts },
    rows: sorted.slice(0, PREVIEW_ROWS).map((row) => ({ ...row, blockedActions: [...row.blockedActions] })),
  };
}

/** The kept preview, or null when there is none or it cannot be read (another version wrote it, or it was altered). */
export function readPreview(text: string | null): BookPreview | null {
  if (!text) return null;
  try {
    const parsed = previewSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

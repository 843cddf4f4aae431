import { describe, expect, it } from 'vitest';
import { PREVIEW_ROWS, previewOf, readPreview } from '@/lib/book/preview';
import { bookTotals, sortAtRiskFirst, type BookRow } from '@/lib/book/rows';

const row = (i: number): BookRow => ({
  tenantId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  companyName: `Société ${i}`,
  country: 'FR',
  language: 'fr-FR',
  status: i % 3 === 0 ? 'none' : 'attested',
  atRisk: i % 3 === 0,
  certain: true,
  blockedActions: i % 3 === 0 ? ['new-purchase', 'upgrade'] : [],
  ...(i % 3 !== 0 && { latestAgreementDate: '2024-02-01T00:00:00', evidenceSource: 'api', observedAt: '2026-11-20T00:00:00Z' }),
  nameKey: `societe ${i}`,
  searchText: `societe ${i}`,
});

const book = sortAtRiskFirst(Array.from({ length: 120 }, (_, i) => row(i)));
const preview = previewOf(book, bookTotals(book));

describe('the book preview', () => {
  it('keeps the first rows in display order, with the counts of the whole book', () => {
    expect(preview.rows).toHaveLength(PREVIEW_ROWS);
    expect(preview.rows.map((r) => r.tenantId)).toEqual(book.slice(0, PREVIEW_ROWS).map((r) => r.tenantId));
    expect(preview).toMatchObject({ total: 120, atRisk: 40, counts: { none: 40, attested: 80, unknown: 0 } });
  });

  it('keeps a small book whole', () => {
    const small = book.slice(0, 3);
    expect(previewOf(small, bookTotals(small)).rows).toEqual(small);
  });

  it('reads back what it kept', () => {
    expect(readPreview(JSON.stringify(preview))).toEqual(preview);
  });

  it.each([
    ['nothing kept', null],
    ['an empty string', ''],
    ['text that is not JSON', '{"version": 1, "rows": ['],
    ['another version', JSON.stringify({ ...preview, version: 2 })],
    ['an unknown status', JSON.stringify({ ...preview, rows: [{ ...preview.rows[0], status: 'great' }] })],
    ['a negative count', JSON.stringify({ ...preview, total: -1 })],
    ['a count missing', JSON.stringify({ ...preview, counts: { none: 1 } })],
    ['too many rows', JSON.stringify({ ...preview, rows: Array.from({ length: PREVIEW_ROWS + 1 }, () => preview.rows[0]) })],
  ])('reads %s as no preview', (_label, text) => {
    expect(readPreview(text)).toBeNull();
  });
});

// Attacks through an import file: a status forged with a future date or a self-made "record", a file too big to read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessmentOf } from '@/lib/records/assessments';
import { saveEvidence } from '@/lib/records/evidence';
import { EXPORT_FORMAT, readExportedRecords } from '@/lib/records/export-json';
import { IMPORT_MAX_BYTES, importRecords, importRecordsFile } from '@/lib/records/import-json';
import { combineEvidence, type EvidencePiece } from '@/lib/evidence/combine';
import { staleAttestation, T1 } from '../records/support';
import { freshDb } from '../support/records-db';

const NOW = new Date('2026-11-20T12:00:00Z');
const exportFile = (stores: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), stores });

/** A `record` piece saying the customer attested recently: what the extension writes after an attestation. */
const forgedRecord = (observedAt: string): EvidencePiece => ({
  tenantId: T1,
  source: 'record',
  observedAt,
  agreements: [
    {
      type: 'MicrosoftCustomerAgreement',
      dateAgreed: '2026-11-01T00:00:00',
      primaryContact: { firstName: 'Eve', lastName: 'Forger', email: 'eve@example.com' },
    },
  ],
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('an import forging a status with a future date', () => {
  it('is refused whole, naming the row and the reason', async () => {
    const db = await freshDb();
    const result = await importRecords(db, exportFile({ evidence: [forgedRecord('2030-01-01T00:00:00Z')] }));
    expect(result).toMatchObject({ ok: false, problem: 'invalid-records' });
    expect(result.report.invalid).toEqual([
      { path: 'stores.evidence[0].observedAt', message: expect.stringContaining('in the future') },
    ]);
    expect(await readExportedRecords(db)).toMatchObject({ evidence: [], assessments: [] });
  });

  it('accepts a time within a day ahead (clocks differ)', async () => {
    const db = await freshDb();
    expect((await importRecords(db, exportFile({ evidence: [staleAttestation(T1, '2026-11-21T06:00:00Z')] }))).ok).toBe(true);
  });

  it('turns an offset into UTC, so a far-east time cannot sort after a later UTC one', async () => {
    const db = await freshDb();
    const result = await importRecords(db, exportFile({ evidence: [staleAttestation(T1, '2026-11-20T20:00:00+14:00')] }));
    expect(result.ok).toBe(true);
    expect((await readExportedRecords(db)).evidence[0]?.observedAt).toBe('2026-11-20T06:00:00.000Z');
  });
});

describe('an imported record trying to outrank a newer API reading', () => {
  it('adds nothing to what the newer API reading says', () => {
    const api = staleAttestation(T1, '2026-11-10T00:00:00Z');
    const combined = combineEvidence([api, forgedRecord('2026-11-05T00:00:00Z')]);
    expect(combined.agreements?.map((agreement) => agreement.dateAgreed)).toEqual(['2022-06-15T00:00:00']);
  });

  it('keeps the stored status when imported into a browser that read the API since', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1, '2026-11-10T00:00:00Z'));
    const before = (await assessmentOf(db, T1))?.status;
    expect((await importRecords(db, exportFile({ evidence: [forgedRecord('2026-11-05T00:00:00Z')] }))).ok).toBe(true);
    expect((await assessmentOf(db, T1))?.status).toBe(before);
  });

  it('cannot claim a direct acceptance at all', () => {
    const combined = combineEvidence([
      staleAttestation(T1, '2026-11-10T00:00:00Z'),
      { ...forgedRecord('2026-11-19T00:00:00Z'), directAcceptance: true },
    ]);
    expect(combined.directAcceptance).toBe(false);
  });
});

describe('an import file too large to read', () => {
  it('is refused with its size, before a byte is read', async () => {
    const db = await freshDb();
    const text = vi.fn(async () => '');
    const result = await importRecordsFile(db, { size: IMPORT_MAX_BYTES + 1, text });
    expect(result).toMatchObject({
      ok: false,
      problem: 'too-large',
      message: { key: 'records.import.tooLarge', params: { size: 101, limit: 100 } },
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file within the limit', async () => {
    const db = await freshDb();
    const result = await importRecordsFile(db, { size: 100, text: async () => exportFile({}) });
    expect(result.ok).toBe(true);
  });
});

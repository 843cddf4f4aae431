import { describe, expect, it } from 'vitest';
import { recordAttestation } from '@/lib/records/attestations';
import { rememberCustomer } from '@/lib/records/customers';
import { DB_VERSION, type RecordsDb } from '@/lib/records/db';
import { saveEvidence } from '@/lib/records/evidence';
import { EXPORT_FORMAT, readExportedRecords, recordsJson, recordsJsonParts } from '@/lib/records/export-json';
import { importRecords, type ImportResult } from '@/lib/records/import-json';
import { recordInvitation } from '@/lib/records/invitations';
import { freshDb } from '../support/records-db';
import {
  attestation,
  auditRun,
  customer,
  directAcceptance,
  exportThenImportFresh,
  invitation,
  staleAttestation,
  T1,
  T2,
  T3,
} from './support';

const NOW = new Date('2026-11-20T12:00:00Z');

/** A record in every exported store, and the unfinished audit's state, which is not exported. */
async function fillEveryStore(db: RecordsDb): Promise<void> {
  await rememberCustomer(db, customer(T1, { companyName: 'Société Générale d’Études' }));
  await rememberCustomer(db, customer(T2, { companyName: 'Contoso, "Ltd"' }));
  await saveEvidence(db, staleAttestation(T1));
  await saveEvidence(db, directAcceptance(T1));
  await saveEvidence(db, staleAttestation(T2));
  await recordInvitation(db, invitation(T1));
  await recordInvitation(db, { kind: 'new-customer', locale: 'en', via: 'copy', at: '2026-11-03T11:00:00Z' });
  await recordAttestation(db, attestation(T1));
  await db.put('auditRuns', auditRun('run-1'));
  await db.put('auditCheckpoint', {
    key: 'current',
    runId: 'run-2',
    phase: 'customers',
    pageToken: 'p2',
    pagesDone: 1,
    updatedAt: '2026-11-06T00:00:00Z',
  });
  await db.put('auditProgress', { runId: 'run-2', tenantId: T1, outcome: 'done', at: '2026-11-06T00:00:00Z' });
}

/** A hand-made export holding these stores. */
const exportFile = (stores: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: NOW.toISOString(), stores });

const totals = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

function expectRefused(result: ImportResult, problem: string, messageKey: string) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problem).toBe(problem);
  expect(result.message.key).toBe(messageKey);
  expect(totals(result.report.added) + totals(result.report.updated)).toBe(0);
}

describe('JSON export', () => {
  it('holds every store but the unfinished audit, with a format version and the export date', async () => {
    const db = await freshDb();
    await fillEveryStore(db);
    const exported = JSON.parse(await recordsJson(db, NOW));
    expect(exported).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      schemaVersion: DB_VERSION,
    });
    expect(
      Object.fromEntries(Object.entries(exported.stores).map(([store, records]) => [store, (records as unknown[]).length])),
    ).toEqual({
      customers: 2,
      evidence: 3,
      assessments: 2,
      attestations: 1,
      invitations: 2,
      auditRuns: 1,
    });
    expect(exported.stores.customers[0]).not.toHaveProperty('nameKey');
  });

  it('comes in parts that join into valid JSON, however many records', async () => {
    const db = await freshDb();
    for (let i = 0; i < 1005; i += 1)
      await db.put('customers', customer(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`));
    const parts = await recordsJsonParts(db, NOW);
    expect(parts.length).toBeGreaterThan(2);
    expect(JSON.parse(parts.join('')).stores.customers).toHaveLength(1005);
  });
});

describe('JSON import', () => {
  it('brings an export back into an empty database as it was', async () => {
    const source = await freshDb();
    await fillEveryStore(source);
    const { expected, target, result } = await exportThenImportFresh(source, NOW);
    expect(result.ok).toBe(true);
    expect(result.report.added).toEqual({
      customers: 2,
      evidence: 3,
      assessments: 2,
      attestations: 1,
      invitations: 2,
      auditRuns: 1,
    });
    expect(result.report.invalid).toEqual([]);
    expect(await readExportedRecords(target)).toEqual(expected);
    expect((await target.getAllFromIndex('customers', 'byName')).map((c) => c.tenantId)).toEqual([T2, T1]);
  });

  it('adds nothing the second time, and says each record was already there', async () => {
    const db = await freshDb();
    await fillEveryStore(db);
    const file = await recordsJson(db, NOW);
    const before = await readExportedRecords(db);
    const again = await importRecords(db, file);
    expect(again.ok).toBe(true);
    expect(totals(again.report.added) + totals(again.report.updated)).toBe(0);
    expect(again.report.skipped).toHaveLength(11);
    expect(new Set(again.report.skipped.map((s) => s.reason))).toEqual(new Set(['unchanged', 'duplicate']));
    expect(await readExportedRecords(db)).toEqual(before);
  });

  it('merges with what is here: the newer customer fields and evidence win, older ones only fill gaps', async () => {
    const db = await freshDb();
    await rememberCustomer(
      db,
      customer(T1, { companyName: 'Contoso', domain: '', language: undefined, lastSeenAt: '2026-11-10T00:00:00Z' }),
    );
    await saveEvidence(db, staleAttestation(T1, '2026-11-10T00:00:00Z'));
    await saveEvidence(db, staleAttestation(T2, '2026-11-01T00:00:00Z'));
    const file = exportFile({
      customers: [
        {
          tenantId: T1,
          companyName: 'Contoso (old name)',
          domain: 'contoso.fr',
          language: 'fr-FR',
          lastSeenAt: '2026-11-05T00:00:00Z',
        },
        { tenantId: T3, companyName: 'Northwind', lastSeenAt: '2026-11-05T00:00:00Z' },
      ],
      evidence: [
        directAcceptance(T1, '2026-11-05T00:00:00Z'),
        { ...staleAttestation(T1, '2026-11-05T00:00:00Z'), agreements: [] },
        { ...staleAttestation(T2, '2026-11-12T00:00:00Z'), directAcceptance: true },
      ],
    });
    const { report } = await importRecords(db, file);
    expect(report.added).toMatchObject({ customers: 1, evidence: 1 });
    expect(report.updated).toMatchObject({ customers: 1, evidence: 1 });
    expect(report.skipped).toEqual([{ store: 'evidence', key: `${T1}/api`, reason: 'older' }]);
    expect(await db.get('customers', T1)).toMatchObject({
      companyName: 'Contoso',
      domain: 'contoso.fr',
      language: 'fr-FR',
      lastSeenAt: '2026-11-10T00:00:00Z',
    });
    expect((await db.get('evidence', [T1, 'api']))?.observedAt).toBe('2026-11-10T00:00:00Z');
    expect((await db.get('evidence', [T2, 'api']))?.directAcceptance).toBe(true);
  });

  it('keeps every assessment resting on the evidence kept: made for evidence that came alone, made again when the evidence moved on', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T2, '2026-11-01T00:00:00Z'));
    const outdated = await db.get('assessments', T2);
    const { report } = await importRecords(
      db,
      exportFile({
        evidence: [staleAttestation(T1, '2026-11-05T00:00:00Z'), directAcceptance(T2, '2026-11-06T00:00:00Z')],
        assessments: [{ ...outdated, assessedAt: '2026-11-07T00:00:00Z' }],
      }),
    );
    expect(report.added).toMatchObject({ evidence: 2, assessments: 0 });
    expect(report.updated).toMatchObject({ assessments: 1 });
    expect(await db.get('assessments', T1)).toMatchObject({
      status: 'attestation-stale',
      evidence: [{ source: 'api', observedAt: '2026-11-05T00:00:00Z' }],
    });
    expect(await db.get('assessments', T2)).toMatchObject({
      status: 'direct-acceptance',
      evidence: [{ source: 'api' }, { source: 'page' }],
    });
  });

  it('knows invitations and attestations again by what they are, not by their local id', async () => {
    const db = await freshDb();
    await recordInvitation(db, invitation(T2, '2026-10-01T00:00:00Z'));
    await recordAttestation(db, attestation(T2, 'req-other'));
    const file = exportFile({
      invitations: [
        { ...invitation(T1), id: 1 },
        { ...invitation(T2, '2026-10-01T00:00:00Z'), id: 7 },
      ],
      attestations: [
        { ...attestation(T1, 'req-1'), id: 1 },
        { ...attestation(T2, 'req-other'), id: 9 },
      ],
      auditRuns: [auditRun('run-1')],
    });
    const { report } = await importRecords(db, file);
    expect(report.added).toMatchObject({ invitations: 1, attestations: 1, auditRuns: 1 });
    expect(report.skipped.map((s) => [s.store, s.reason])).toEqual([
      ['attestations', 'duplicate'],
      ['invitations', 'duplicate'],
    ]);
    expect((await db.getAll('invitations')).map((i) => i.id)).toEqual([1, 2]);
    expect((await importRecords(db, file)).report.added).toMatchObject({ invitations: 0, attestations: 0, auditRuns: 0 });
  });

  it('replaces an audit run by the same run gone further', async () => {
    const db = await freshDb();
    const { finishedAt: _unfinished, ...running } = auditRun('run-1');
    await db.put('auditRuns', { ...running, state: 'interrupted' });
    const file = exportFile({ auditRuns: [auditRun('run-1')] });
    expect((await importRecords(db, file)).report.updated.auditRuns).toBe(1);
    expect((await db.get('auditRuns', 'run-1'))?.state).toBe('finished');
  });

  describe('refuses a broken file whole and writes nothing', () => {
    const valid = {
      format: EXPORT_FORMAT,
      formatVersion: 1,
      exportedAt: NOW.toISOString(),
      stores: { customers: [customer(T1)] },
    };

    it.each([
      ['not JSON', 'this is not json {', 'not-json', 'records.import.notJson'],
      ['empty', '', 'not-json', 'records.import.notJson'],
      ['JSON of something else', JSON.stringify({ hello: 'world' }), 'not-an-export', 'records.import.notAnExport'],
      ['an array', '[]', 'not-an-export', 'records.import.notAnExport'],
      [
        'a newer format',
        JSON.stringify({ ...valid, formatVersion: 2 }),
        'unsupported-version',
        'records.import.unsupportedVersion',
      ],
      [
        'stores that are not lists',
        JSON.stringify({ ...valid, stores: { customers: 'all of them' } }),
        'invalid-records',
        'records.import.invalidRecords',
      ],
    ])('%s', async (_case, text, problem, messageKey) => {
      const db = await freshDb();
      expectRefused(await importRecords(db, text), problem, messageKey);
      expect(await db.count('customers')).toBe(0);
    });

    it('lists every invalid record with its place in the file, and imports none of the valid ones', async () => {
      const db = await freshDb();
      const file = JSON.stringify({
        ...valid,
        stores: {
          customers: [customer(T1), { ...customer(T2), tenantId: 'not-a-guid' }, { ...customer(T3), lastSeenAt: 'yesterday' }],
          evidence: [
            { ...staleAttestation(T1), source: 'rumour' },
            { ...staleAttestation(T1), agreements: [{ type: 'MicrosoftCustomerAgreement', dateAgreed: '2023-02-30T00:00:00' }] },
          ],
          invitations: [{ ...invitation(T1), via: 'carrier-pigeon' }],
          auditRuns: [{ ...auditRun('run-1'), counts: { done: -1, failed: 0, requests: 0 } }],
        },
      });
      const result = await importRecords(db, file);
      expectRefused(result, 'invalid-records', 'records.import.invalidRecords');
      expect(result.report.invalid.map((entry) => entry.path)).toEqual([
        'stores.customers[1].tenantId',
        'stores.customers[2].lastSeenAt',
        'stores.evidence[0].source',
        'stores.evidence[1].agreements[0].dateAgreed',
        'stores.invitations[0].via',
        'stores.auditRuns[0].counts.done',
      ]);
      expect(result.report.invalid.every((entry) => entry.message.length > 0)).toBe(true);
      if (!result.ok) expect(result.message.params).toEqual({ count: 6 });
      expect(await db.count('customers')).toBe(0);
    });
  });

  it('reads a file saved with a BOM', async () => {
    const db = await freshDb();
    await rememberCustomer(db, customer(T1));
    const file = `\ufeff${await recordsJson(db, NOW)}`;
    expect((await importRecords(db, file)).ok).toBe(true);
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { appTranslator } from '@/lib/i18n';
import { rememberCustomer } from '@/lib/records/customers';
import type { RecordsDb } from '@/lib/records/db';
import { saveEvidence } from '@/lib/records/evidence';
import { CSV_COLUMNS, csvHeadings, customersCsv, customersCsvParts } from '@/lib/records/export-csv';
import { freshDb } from '../support/records-db';
import { customer, directAcceptance, staleAttestation, T1, T2, T3 } from './support';

const NOW = new Date('2026-11-20T12:00:00Z');

/** Rows as a spreadsheet reads them back: without the BOM, split on CRLF. */
function parse(csv: string, delimiter = ','): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true }).data;
}

async function withCustomers(db: RecordsDb, names: Record<string, string>): Promise<void> {
  for (const [tenantId, companyName] of Object.entries(names)) await rememberCustomer(db, customer(tenantId, { companyName }));
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, CRLF line ends, a heading row and one row per customer', async () => {
    const db = await freshDb();
    await withCustomers(db, { [T1]: 'Contoso', [T2]: 'Fabrikam' });
    const csv = await customersCsv(db, { now: NOW });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parse(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([T2, T1]);
  });

  it('says per customer: status, certainty, blocked actions, latest agreement and signer, and the evidence with its age', async () => {
    const db = await freshDb();
    await rememberCustomer(db, customer(T1, { companyName: 'Contoso' }));
    await saveEvidence(db, staleAttestation(T1, '2026-11-01T00:00:00Z'));
    await rememberCustomer(db, customer(T2, { companyName: 'Fabrikam', country: 'DE', language: 'de-DE' }));
    await saveEvidence(db, directAcceptance(T2, '2026-11-18T12:00:00Z'));
    await rememberCustomer(db, customer(T3, { companyName: 'Northwind', domain: '' }));

    const [, ...rows] = parse(await customersCsv(db, { now: NOW }));
    const byTenant = Object.fromEntries(
      rows.map((row) => [row[0], Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, row[i]]))]),
    );
    expect(byTenant[T1]).toEqual({
      tenantId: T1,
      companyName: 'Contoso',
      domain: 'contoso.onmicrosoft.com',
      country: 'FR',
      language: 'fr-FR',
      status: 'attestation-stale',
      certain: 'true',
      blockedActions: 'new-purchase quantity-change term-or-billing-change upgrade',
      latestAgreementDate: '2022-06-15',
      signerName: 'Élodie Durand',
      signerEmail: 'elodie@contoso.fr',
      evidenceSource: 'api',
      evidenceObservedAt: '2026-11-01T00:00:00Z',
      evidenceAgeDays: '19',
    });
    expect(byTenant[T2]).toMatchObject({
      status: 'direct-acceptance',
      blockedActions: '',
      latestAgreementDate: '',
      signerName: '',
      evidenceSource: 'page',
      evidenceAgeDays: '2',
    });
    expect(byTenant[T3]).toMatchObject({
      status: 'unknown',
      certain: 'false',
      evidenceSource: '',
      evidenceObservedAt: '',
      evidenceAgeDays: '',
    });
  });

  it('assesses again a customer whose kept assessment time has overtaken, or who has none yet', async () => {
    const db = await freshDb();
    await saveEvidence(db, staleAttestation(T1, '2025-09-01T00:00:00Z'));
    expect((await db.get('assessments', T1))?.assessment.blockedActions).toEqual([]);
    await db.put('evidence', staleAttestation(T2, '2026-11-01T00:00:00Z'));
    await rememberCustomer(db, customer(T2));

    const [, ...rows] = parse(await customersCsv(db, { now: NOW }));
    const blocked = Object.fromEntries(rows.map((row) => [row[0], row[CSV_COLUMNS.indexOf('blockedActions')]]));
    expect(blocked[T1]).toBe('new-purchase quantity-change term-or-billing-change upgrade');
    expect(blocked[T2]).toBe('new-purchase quantity-change term-or-billing-change upgrade');
  });

  it.each([
    ['a comma', 'Contoso, Ltd', 'Contoso, Ltd'],
    ['double quotes', 'The "Best" Company', 'The "Best" Company'],
    ['a line break', 'Line one\nLine two', 'Line one\nLine two'],
    ['accents and typographic quotes', 'Société Générale d’Études', 'Société Générale d’Études'],
    ['a formula', '=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ['a plus sign', '+33 1 23 45', "'+33 1 23 45"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['a formula spanning lines', '=1+1\n=2+2', "'=1+1\n=2+2"],
    ['leading spaces before a formula', '   =1+1', "'   =1+1"],
    ['a leading line break before a formula', '\n=1+1', "'\n=1+1"],
    ['a leading carriage return', '\r@SUM(A1)', "'\r@SUM(A1)"],
    ['a no-break space before a formula', '\u00a0+1', "'\u00a0+1"],
    ['an ideographic space before a formula', '\u3000=1', "'\u3000=1"],
    ['a full-width equals sign', '＝1+1', "'＝1+1"],
    ['a full-width plus sign', '＋1', "'＋1"],
    ['a full-width minus sign', '－1', "'－1"],
    ['a full-width at sign', '＠SUM(A1)', "'＠SUM(A1)"],
    ['a leading tab alone', '\tContoso', "'\tContoso"],
    ['a sign later on', 'A=B+C', 'A=B+C'],
    ['leading spaces before text', '  Contoso', '  Contoso'],
  ])('keeps a name with %s as one cell a spreadsheet shows as text', async (_case, name, shown) => {
    const db = await freshDb();
    await withCustomers(db, { [T1]: name });
    const rows = parse(await customersCsv(db, { now: NOW }));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe(shown);
  });

  it('takes headings in the reader’s language and a semicolon for spreadsheets that want one', async () => {
    const db = await freshDb();
    await withCustomers(db, { [T1]: 'Contoso; Fabrikam' });
    const t = appTranslator('fr').t;
    const csv = await customersCsv(db, { now: NOW, headings: csvHeadings(t), delimiter: ';' });
    const rows = parse(csv, ';');
    expect(rows[0]?.slice(0, 3)).toEqual(['ID du locataire', 'Nom de la société', 'Domaine']);
    expect(rows[0]?.at(-1)).toBe('Âge de la preuve (jours)');
    expect(rows[1]?.[1]).toBe('Contoso; Fabrikam');
  });

  it('reads the customers in batches and loses none between them', async () => {
    const db = await freshDb();
    const tenants = Array.from({ length: 7 }, (_, i) => `0000000${i}-0000-4000-8000-000000000000`);
    for (const tenantId of tenants) await rememberCustomer(db, customer(tenantId));
    const parts = await customersCsvParts(db, { now: NOW, batchSize: 3 });
    expect(parts).toHaveLength(1 + 3);
    expect(
      parse(parts.join(''))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(tenants);
  });

  it.each([
    { customers: 0, batchSize: 3, pauses: 0 },
    { customers: 3, batchSize: 3, pauses: 1 },
    { customers: 4, batchSize: 3, pauses: 2 },
    { customers: 7, batchSize: 3, pauses: 3 },
  ])(
    'lets the page breathe after each batch written: $customers customers by $batchSize, $pauses pauses',
    async ({ customers, batchSize, pauses }) => {
      const db = await freshDb();
      for (let i = 0; i < customers; i += 1) await rememberCustomer(db, customer(`0000000${i}-0000-4000-8000-000000000000`));
      let paused = 0;
      const parts = await customersCsvParts(db, { now: NOW, batchSize, pause: async () => void (paused += 1) });
      expect(paused).toBe(pauses);
      expect(parse(parts.join('')).slice(1)).toHaveLength(customers);
    },
  );

  it('is the heading row alone when there are no customers', async () => {
    const db = await freshDb();
    expect(parse(await customersCsv(db, { now: NOW }))).toEqual([[...CSV_COLUMNS]]);
  });
});

// Records at the size of a large partner (50,000 customers), in Node: `npx tsx scripts/bench-records.ts`.
// Prints name=value lines. fake-indexeddb is far slower than a browser's IndexedDB, so these are upper bounds for the
// library code; the real-browser lookup figure comes from the e2e bench.
import 'fake-indexeddb/auto';
import { assessmentRecordOf } from '../lib/records/assessments';
import { customerRecord } from '../lib/records/customers';
import { openRecordsDb, type RecordsDb } from '../lib/records/db';
import { customersCsv } from '../lib/records/export-csv';
import { withNameKey } from '../lib/records/name-key';
import type { EvidencePiece } from '../lib/evidence/combine';

const CUSTOMERS = 50_000;
const LOOKUPS = 2_000;
const OBSERVED_AT = '2026-11-01T00:00:00Z';
const NOW = new Date('2026-11-20T00:00:00Z');

const tenantOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function evidenceOf(i: number): EvidencePiece {
  const dateAgreed = i % 3 === 0 ? '2022-06-15T00:00:00' : '2024-02-01T00:00:00';
  return {
    tenantId: tenantOf(i),
    source: 'api',
    observedAt: OBSERVED_AT,
    agreements: [
      {
        type: 'MicrosoftCustomerAgreement',
        dateAgreed,
        primaryContact: { firstName: 'Élodie', lastName: 'Durand', email: `signer${i}@example.fr` },
      },
    ],
    directAcceptance: i % 7 === 0,
  };
}

async function fill(db: RecordsDb): Promise<void> {
  const transaction = db.transaction(['customers', 'evidence', 'assessments'], 'readwrite');
  for (let i = 0; i < CUSTOMERS; i += 1) {
    const piece = evidenceOf(i);
    void transaction.objectStore('customers').put(
      withNameKey({
        tenantId: piece.tenantId,
        companyName: `Société ${i}, "Ltd"`,
        domain: `c${i}.onmicrosoft.com`,
        country: 'FR',
        lastSeenAt: OBSERVED_AT,
      }),
    );
    void transaction.objectStore('evidence').put(piece);
    void transaction.objectStore('assessments').put(assessmentRecordOf(piece.tenantId, [piece], new Date(OBSERVED_AT)));
  }
  await transaction.done;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const db = await openRecordsDb();
await fill(db);

const lookups: number[] = [];
for (let n = 0; n < LOOKUPS; n += 1) {
  const tenantId = tenantOf(Math.floor(Math.random() * CUSTOMERS));
  const start = performance.now();
  const found = await customerRecord(db, tenantId);
  lookups.push(performance.now() - start);
  if (!found) throw new Error(`customer ${tenantId} not found`);
}
console.log(`idb_lookup_p95_ms=${round(percentile(lookups, 95))}`);

const exportStart = performance.now();
const csv = await customersCsv(db, { now: NOW });
const exportMs = performance.now() - exportStart;
const rows = csv.split('\r\n').length - 2;
if (rows !== CUSTOMERS) throw new Error(`CSV has ${rows} rows, expected ${CUSTOMERS}`);
console.log(`csv_export_50k_ms=${Math.round(exportMs)}`);

db.close();

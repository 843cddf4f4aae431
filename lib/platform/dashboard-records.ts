import { pipelineCsvCells, pipelineCsvHeadings, type Pipeline } from '../attestation/pipeline';
import { readBook, type RecordedBook } from '../book/read';
import type { AppMessageKey } from '../i18n';
import type { ImportFile, ImportResult } from '../records/import-json';
import { recordsDb } from './records';

// The dashboard's records, read and written through this page's own connection: the book is too big to go through messages.
// Exports and the import load their libraries (CSV, JSON checks) when first used, so the book shows sooner.

/** Lets the page draw and answer input before the work goes on. */
const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

export function readRecordedBook(): Promise<RecordedBook> {
  return recordsDb().then(readBook);
}

/** The CSV of the customers (only those named, when given), with headings in the reader's language, in parts to download. */
export async function customersCsv(translate: (key: AppMessageKey) => string, only?: ReadonlySet<string>): Promise<string[]> {
  const { csvHeadings, customersCsvParts } = await import('../records/export-csv');
  return customersCsvParts(await recordsDb(), {
    now: new Date(),
    headings: csvHeadings(translate),
    ...(only && { only }),
    pause: nextTask,
  });
}

/** The attestations as the dashboard lists them, with headings in the reader's language, in parts to download. */
export async function attestationsCsv(translate: (key: AppMessageKey) => string, pipeline: Pipeline): Promise<string[]> {
  const { csvFile } = await import('../records/export-csv');
  return [csvFile(pipelineCsvCells(pipeline, pipelineCsvHeadings(translate)))];
}

/** Every record as this extension's JSON export, in parts to download. */
export async function recordsJson(): Promise<string[]> {
  const { recordsJsonParts } = await import('../records/export-json');
  return recordsJsonParts(await recordsDb(), new Date());
}

/** Adds the records of an export file to those kept, each checked first; a file over the limit is refused unread. */
export async function importRecordsFile(file: ImportFile): Promise<ImportResult> {
  const { importRecordsFile: importFile } = await import('../records/import-json');
  return importFile(await recordsDb(), file);
}

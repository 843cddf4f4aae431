// Which customer each row of Partner Center's customer grid shows (docs/partner-center-api.md §6.6): by the tenant id the page puts in the
// row's id (`row-{tenantId}`), a cell's id (`cell-displayName-{tenantId}`) or a link's href (`…/customers/{tenantId}/…`),
// never by position or visible text. Rows whose id is not a tenant id yet (skeletons such as `row-he-row-0`) are skipped.
import { isGuid, tenantKey } from '../tenant/tenant-id';

/** What a row exposes that may name its customer. */
export interface GridRow {
  id: string;
  cellIds: readonly string[];
  hrefs: readonly string[];
}

const GUID_LENGTH = 36;

function fromHref(href: string): string | undefined {
  let path: string;
  try {
    path = new URL(href, 'https://partner.microsoft.com').pathname;
  } catch {
    return undefined;
  }
  const segments = path.split('/');
  const index = segments.findIndex((segment) => segment.toLowerCase() === 'customers');
  return index >= 0 ? segments[index + 1] : undefined;
}

/** The tenant id a row names, lower case, or undefined when it names none (yet). */
export function tenantIdOfRow(row: GridRow): string | undefined {
  const candidates = [
    row.id.startsWith('row-') ? row.id.slice('row-'.length) : undefined,
    ...row.cellIds.filter((id) => id.startsWith('cell-')).map((id) => id.slice(-GUID_LENGTH)),
    ...row.hrefs.map(fromHref),
  ];
  const tenantId = candidates.find((candidate): candidate is string => candidate !== undefined && isGuid(candidate));
  return tenantId && tenantKey(tenantId);
}

/** The rows to annotate, each with its tenant id: one per tenant (the first row that names it), in the grid's order. */
export function rowsToAnnotate<R extends GridRow>(rows: readonly R[]): { row: R; tenantId: string }[] {
  const seen = new Set<string>();
  const annotated: { row: R; tenantId: string }[] = [];
  for (const row of rows) {
    const tenantId = tenantIdOfRow(row);
    if (tenantId === undefined || seen.has(tenantId)) continue;
    seen.add(tenantId);
    annotated.push({ row, tenantId });
  }
  return annotated;
}

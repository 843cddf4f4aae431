// Which customer each row of Partner Center's customer grid shows (docs/partner-center-api.md §6.6): by the tenant id the page puts in the
// row's id (`row-{tenantId}`), a cell's id (`cell-displayName-{tenantId}`) or a link's href (`…/customers/{tenantId}/…`),
// never by position or visible text. Rows whose id is not a tenant id yet (skeletons such as `row-he-row-0`) are skipped.
import { isGuid, tenantKey } from '../tenant/tenant-id';

/**
 * What a row exposes that may name its customer, read in this order: a later field is read only when the earlier ones name
 * no customer, so that a page of hundreds of rows can give the cells and links as getters and have them read only where needed.
 */
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

const tenantOf = (candidate: string | undefined) =>
  candidate !== undefined && isGuid(candidate) ? tenantKey(candidate) : undefined;

/** The tenant id a row names, lower case, or undefined when it names none (yet). */
export function tenantIdOfRow(row: GridRow): string | undefined {
  const fromRowId = row.id.startsWith('row-') ? tenantOf(row.id.slice('row-'.length)) : undefined;
  if (fromRowId) return fromRowId;
  for (const id of row.cellIds) {
    const fromCell = id.startsWith('cell-') ? tenantOf(id.slice(-GUID_LENGTH)) : undefined;
    if (fromCell) return fromCell;
  }
  for (const href of row.hrefs) {
    const fromLink = tenantOf(fromHref(href));
    if (fromLink) return fromLink;
  }
  return undefined;
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

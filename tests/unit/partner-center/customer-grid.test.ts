import { describe, expect, it } from 'vitest';
import { rowsToAnnotate, tenantIdOfRow, type GridRow } from '@/lib/partner-center/customer-grid';

const A = '56570c5a-7db7-41e1-8b1d-a5f040b12855';
const B = '8f3e2a1c-4b5d-4e6f-9a7b-1c2d3e4f5a6b';
const row = (id: string, cellIds: string[] = [], hrefs: string[] = []): GridRow => ({ id, cellIds, hrefs });

describe('tenantIdOfRow', () => {
  it.each<[string, GridRow, string | undefined]>([
    ['the row id', row(`row-${A}`), A],
    ['an upper-case row id', row(`row-${A.toUpperCase()}`), A],
    ['a name cell id', row('', [`cell-displayName-${A}`]), A],
    ['a tenant id cell id', row('x', ['cell-select', `cell-tenantId-${B}`]), B],
    ['a relative link', row('', [], [`/dashboard/v2/customers/${A}/account`]), A],
    [
      'an absolute /commerce/ link',
      row('', [], [`https://partner.microsoft.com/en-us/commerce/customers/${B}/subscriptions`]),
      B,
    ],
    ['the row id before a cell id', row(`row-${A}`, [`cell-displayName-${B}`]), A],
    ['a skeleton row', row('row-he-row-0', ['cell-displayName-he-row-0']), undefined],
    ['a numbered skeleton row', row('row-1'), undefined],
    ['the header row', row('column-header', ['cell-tenantId-column-header']), undefined],
    ['a GUID that is not in an id of the grid', row(`item-${A}`, [`other-${A}`]), undefined],
    ['a link to something else', row('', [], [`/dashboard/v2/partners/${A}`, 'not a url:://']), undefined],
    ['a GUID one character short', row(`row-${A.slice(1)}`), undefined],
  ])('reads %s', (_case, shape, expected) => {
    expect(tenantIdOfRow(shape)).toBe(expected);
  });

  it('reads the cells and links only when the row id names no customer', () => {
    const lazy = (id: string, cellIds: string[]): GridRow => ({
      id,
      get cellIds() {
        return cellIds;
      },
      get hrefs(): string[] {
        throw new Error('links read');
      },
    });
    expect(tenantIdOfRow(lazy(`row-${A}`, []))).toBe(A);
    expect(tenantIdOfRow(lazy('row-he-row-0', [`cell-displayName-${B}`]))).toBe(B);
    expect(() => tenantIdOfRow(lazy('row-he-row-0', []))).toThrow('links read');
  });
});

describe('rowsToAnnotate', () => {
  it('keeps one row per tenant, in order, and skips rows that name none', () => {
    const rows = [row('row-he-row-0'), row(`row-${B}`), row(`row-${A}`), row('', [`cell-displayName-${B}`])];
    expect(rowsToAnnotate(rows).map(({ row: r, tenantId }) => [rows.indexOf(r), tenantId])).toEqual([
      [1, B],
      [2, A],
    ]);
  });
});

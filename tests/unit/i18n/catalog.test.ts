import { describe, expect, it } from 'vitest';
import { catalogs } from '@/locales/catalog';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale catalogues', () => {
  const en = flatten(catalogs.en);
  const fr = flatten(catalogs.fr);

  it('French has exactly the English keys', () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en.keys()])('%s: non-empty in both languages, same placeholders', (key) => {
    expect(en.get(key)?.trim()).toBeTruthy();
    expect(fr.get(key)?.trim()).toBeTruthy();
    expect(placeholders(fr.get(key) ?? '')).toEqual(placeholders(en.get(key) ?? ''));
  });
});

// Checks that a Message can be rendered in every UI language: its key names a string and its params fill exactly its placeholders.
import { expect } from 'vitest';
import type { Message } from '@/lib/i18n/translator';
import { catalogs } from '@/locales/catalog';

type Tree = { [key: string]: string | Tree };

export function catalogString(language: keyof typeof catalogs, key: string): string | undefined {
  let node: string | Tree | undefined = catalogs[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]))].sort();

export function expectRenderable(message: Message): void {
  for (const language of Object.keys(catalogs) as (keyof typeof catalogs)[]) {
    const text = catalogString(language, message.key);
    expect(text, `${language}: ${message.key}`).toBeTypeOf('string');
    expect(placeholders(text ?? ''), `${language}: ${message.key} placeholders`).toEqual(
      Object.keys(message.params ?? {}).sort(),
    );
  }
}

import * as z from 'zod/mini';
import { catalogs } from '@/locales/catalog';
import type { AppMessageKey } from './index';

/** Whether the English catalogue (the reference every language follows) has this message. */
export function isAppMessageKey(value: string): value is AppMessageKey {
  let node: unknown = catalogs.en;
  for (const part of value.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** A message key as it crosses a boundary: only one the catalogue has. */
export const messageKeySchema = z.custom<AppMessageKey>((value) => typeof value === 'string' && isAppMessageKey(value));

export const messageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

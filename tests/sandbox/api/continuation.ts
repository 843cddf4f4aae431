// Opaque continuation tokens for paged answers: base64url JSON, read back through a schema.
import type { z } from 'zod';
import { apiErrors } from './errors';

export function encodeContinuation(state: object): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeContinuation<S extends z.ZodType>(token: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw apiErrors.invalidInput('the continuation token is not valid');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw apiErrors.invalidInput('the continuation token is not valid');
  return parsed.data;
}

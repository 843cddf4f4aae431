// Reading a request body through one of the shared schemas: any mismatch is a 400 800002 naming the fields.
import type { z } from 'zod';
import { apiErrors } from './errors';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
  throw apiErrors.invalidInput(problems.join('; '));
}

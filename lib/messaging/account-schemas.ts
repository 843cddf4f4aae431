import * as z from 'zod/mini';
import { failureSchema } from '../failure/failure';

export const accountSchema = z.object({
  name: z.string(),
  username: z.string(),
  tenantId: z.string(),
  objectId: z.string(),
  role: z.optional(z.string()),
});

export const accountStateSchema = z.object({
  account: z.nullable(accountSchema),
  /** Sign-in needs the partner tenant and the app's client id. */
  configured: z.boolean(),
});

export const apiReadingSchema = z.union([
  z.object({ state: z.enum(['read', 'cached', 'signed-out']) }),
  z.extend(failureSchema, { state: z.literal('failed') }),
]);

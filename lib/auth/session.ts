// Tokens live in memory and in `storage.session` (kept across service-worker restarts, gone when the browser closes),
// never in storage.local or IndexedDB.
import { z } from 'zod';

/** The shape of `storage.session` the token manager needs. */
export interface SessionAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const SESSION_KEY = 'auth.delegated';

const accountSchema = z.object({
  name: z.string(),
  username: z.string(),
  tenantId: z.string(),
  objectId: z.string(),
  role: z.string().optional(),
});

export const storedSessionSchema = z.object({
  /** Which authority, tenant and app the tokens belong to: a settings change ends the session. */
  configKey: z.string(),
  accessToken: z.string().min(1),
  accessExpiresAt: z.number(),
  refreshToken: z.string().min(1).optional(),
  account: accountSchema,
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export function createSessionVault(area: SessionAreaLike) {
  return {
    async read(): Promise<StoredSession | null> {
      const parsed = storedSessionSchema.safeParse((await area.get(SESSION_KEY))[SESSION_KEY]);
      return parsed.success ? parsed.data : null;
    },
    write: (session: StoredSession) => area.set({ [SESSION_KEY]: session }),
    clear: () => area.remove(SESSION_KEY),
  };
}

/** A `storage.session` stand-in for tests and for browsers without one. */
export function createMemorySessionArea(): SessionAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    remove: async (key) => void data.delete(key),
  };
}

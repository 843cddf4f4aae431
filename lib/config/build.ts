import { SANDBOX_HOST } from '../config/origins';

/** The sandbox build treats the local sandbox (any port) as Partner Center; the store build knows only the real one. */
// `?.`: the bench runs lib/ under tsx, which has no import.meta.env (Vite still replaces the whole expression).
export const isSandboxBuild = import.meta.env?.MODE === 'sandbox';

/** Extra origins to accept as Partner Center for this URL, as `detectPage` expects them. */
export function partnerCenterOrigins(url: string): string[] {
  if (!isSandboxBuild) return [];
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && parsed.hostname === SANDBOX_HOST ? [parsed.origin] : [];
  } catch {
    return [];
  }
}

/** Which build this is: the store's, or the sandbox's that also knows the local sandbox. */
export type Build = 'store' | 'sandbox';

/** This build. */
export const currentBuild: Build = isSandboxBuild ? 'sandbox' : 'store';

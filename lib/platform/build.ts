import { SANDBOX_HOST } from '../config/origins';
import type { Build } from '../auth/service-origins';

/** The sandbox build treats the local sandbox (any port) as Partner Center; the store build knows only the real one. */
export const isSandboxBuild = import.meta.env.MODE === 'sandbox';

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

/** This build, as lib/auth/service-origins knows it. */
export const currentBuild: Build = isSandboxBuild ? 'sandbox' : 'store';

import { PARTNER_CENTER_ORIGIN } from '../config/origins';
import { isSandboxBuild } from '../config/build';
import { settingsStore } from './settings';

/** A customer's Account page: on Partner Center, or in the sandbox build on the sandbox, which serves the API and the pages. */
export async function customerAccountUrl(tenantId: string): Promise<string> {
  const origin = isSandboxBuild ? new URL((await settingsStore.load()).apiBaseUrl).origin : PARTNER_CENTER_ORIGIN;
  return `${origin}/dashboard/v2/customers/${tenantId}/account`;
}

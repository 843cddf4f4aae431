/** A GUID in any letter case: a Microsoft Entra tenant id as typed or as Partner Center writes it, or an app's client id. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value);
}

/** Tenant ids as every source writes them and the records keep them: lower case, as in the Account page URL. */
export const tenantKey = (id: string) => id.toLowerCase();

// Entra ID (v2 endpoints) as Partner Center needs it (docs/partner-center-api.md §4.1).

export const PARTNER_CENTER_RESOURCE = 'https://api.partnercenter.microsoft.com';

/** Delegated (App+User): Partner Center's `user_impersonation`, a refresh token, and who signed in. */
export const DELEGATED_SCOPES = [`${PARTNER_CENTER_RESOURCE}/user_impersonation`, 'offline_access', 'openid', 'profile'] as const;

/** App-only (client credentials): every application permission granted to the app. */
export const APP_ONLY_SCOPE = `${PARTNER_CENTER_RESOURCE}/.default`;

export interface EntraEndpoints {
  authorize: string;
  token: string;
}

/** `authority` is the sign-in service's base URL without a trailing slash (settings normalise it). */
export function entraEndpoints(authority: string, tenant: string): EntraEndpoints {
  const base = `${authority.replace(/\/+$/, '')}/${encodeURIComponent(tenant)}/oauth2/v2.0`;
  return { authorize: `${base}/authorize`, token: `${base}/token` };
}

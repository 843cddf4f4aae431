/**
 * The app registrations and partner tenant of the local Partner Center sandbox (tests/sandbox). The sandbox build's default
 * settings point at them, and the sandbox registers them: one definition for both.
 */
export const SANDBOX_DELEGATED_CLIENT_ID = '00000000-0000-4000-8000-00000000c11e';
export const SANDBOX_APP_ONLY_CLIENT_ID = '00000000-0000-4000-8000-0000000a5500';
export const SANDBOX_PARTNER_TENANT_ID = '4d3c2b1a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

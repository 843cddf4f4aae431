/** Where the product talks to, in the store build and in the sandbox build. */
export const PARTNER_CENTER_ORIGIN = 'https://partner.microsoft.com';
export const PARTNER_CENTER_API_BASE = 'https://api.partnercenter.microsoft.com';
export const ENTRA_AUTHORITY_BASE = 'https://login.microsoftonline.com';

/** The local Partner Center sandbox (tests/sandbox) that the sandbox build treats as Partner Center. */
export const SANDBOX_HOST = '127.0.0.1';
export const SANDBOX_DEFAULT_PORT = 4010;
export const SANDBOX_ORIGIN = `http://${SANDBOX_HOST}:${SANDBOX_DEFAULT_PORT}`;

/** Match patterns ignore the port, so the sandbox may listen on any port. */
export const STORE_MATCHES = [`${PARTNER_CENTER_ORIGIN}/*`];
export const SANDBOX_MATCHES = [`http://${SANDBOX_HOST}/*`];

/** The loopback sandbox on any port, as a CSP source (the sandbox build's e2e starts it on a free port). */
export const SANDBOX_CONNECT_SOURCE = `http://${SANDBOX_HOST}:*`;

export const STORE_HOST_PERMISSIONS = [`${PARTNER_CENTER_ORIGIN}/*`, `${PARTNER_CENTER_API_BASE}/*`, `${ENTRA_AUTHORITY_BASE}/*`];

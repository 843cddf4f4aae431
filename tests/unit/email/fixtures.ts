import type { InvitationInput, InvitationKind, InvitationLocale } from '@/lib/email/invitations';

export const NOW = new Date('2026-03-10T12:00:00Z');

/** A company name that breaks naive HTML. */
export const HOSTILE_COMPANY = `A&B <Ltd> "Q" 'x'`;
export const HOSTILE_COMPANY_HTML = 'A&amp;B &lt;Ltd&gt; &quot;Q&quot; &#39;x&#39;';

export const PARTNER_TENANT_ID = '0b6e9a4c-2f1d-4c8e-9a51-3d7f2e8b1c60';
export const PROVIDER_TENANT_ID = 'f3a1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b';
export const CUSTOMER_TENANT_ID = '7d2c4e6f-8a0b-4c1d-9e2f-3a4b5c6d7e8f';
export const PASSWORD = 'Tmp!9 Qx#7&<z>';
/** An acceptance link as Partner Center hands it out: on a Microsoft host, with a query that needs escaping in HTML. */
export const ACCEPTANCE_URL = 'https://mca.microsoft.com/accept?attestationId=4f1c2e&token=a1b2&lang=fr';

const customer = {
  companyName: HOSTILE_COMPANY,
  contactName: 'Zoé Lefèvre',
  email: 'zoe.lefevre@ab-ltd.example',
  tenantId: CUSTOMER_TENANT_ID,
};

const partner = {
  name: 'Contoso Cloud & Co',
  tenantId: PARTNER_TENANT_ID,
  email: 'csp@contoso.example',
  signature: 'Jean Martin\nCustomer success, Contoso Cloud & Co\n+33 1 23 45 67 89',
};

export const KIND_FIELDS = {
  'accept-mca': {},
  'new-customer': { credentials: { userName: 'admin@abltd.onmicrosoft.com', temporaryPassword: PASSWORD } },
  'reseller-relationship': {},
  'indirect-provider-request': {
    signer: {
      firstName: 'Zoé',
      lastName: 'Lefèvre',
      email: 'zoe.lefevre@ab-ltd.example',
      phone: '+33 6 12 34 56 78',
      dateAgreed: '2026-02-15',
    },
    indirectProvider: { name: 'Fabrikam Distribution', email: 'mca@fabrikam.example' },
    resellerMpnId: '6543210',
  },
  'attestation-notice': {},
  'acceptance-link': {
    signer: { firstName: 'Zoé', lastName: 'Lefèvre', email: 'zoe.lefevre@ab-ltd.example' },
    acceptance: { url: ACCEPTANCE_URL, expiresAt: '2026-03-30T17:00:00Z' },
  },
} satisfies Record<InvitationKind, object>;

/** A valid input of each kind; `overrides` replace top-level fields. */
export function inputOf(
  kind: InvitationKind,
  locale: InvitationLocale = 'en',
  overrides: Record<string, unknown> = {},
): InvitationInput {
  return {
    kind,
    locale,
    customer: { ...customer },
    partner: { ...partner },
    ...KIND_FIELDS[kind],
    ...overrides,
  } as InvitationInput;
}

/** Every https URL written in a text, in order. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(/https:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}

/** Every href of an HTML document, unescaped. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

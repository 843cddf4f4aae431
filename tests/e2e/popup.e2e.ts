import type { BrowserContext } from '@playwright/test';
import { CONTOSO_ID, FABRIKAM_ID } from '../sandbox/portal/fixtures';
import { seriousAxeViolations } from './support/axe';
import type { ExtensionBrowser, Tab } from './support/browser';
import { expect, test } from './support/fixtures';
import { putRecords, readRecords } from './support/records';

const ADMIN_CENTER_URL = 'https://admin.microsoft.com/AdminPortal/Home?ref=/BillingAccounts/agreement';
const AGREEMENT_URL = 'https://aka.ms/customeragreement';
const PARTNER_TENANT_ID = '5e5d4c3b-2a19-4807-b6f5-e4d3c2b1a098';
const PASSWORD = 'Xy7#pQ2!vL9$wz';
const OPEN_EMAIL = { selector: 'a.button', text: 'Open in email' };
const STATUS = '[role="status"].notice-done:not(:empty)';

type Kind = 'accept-mca' | 'new-customer' | 'reseller-relationship' | 'indirect-provider-request' | 'attestation-notice';

interface KindCase {
  kind: Kind;
  /** Required fields beyond the customer's and the partner's names. */
  fields: Record<string, string>;
  subject: string;
  /** What the email must say, link included. */
  body: string[];
  /** The mail link carries a short body asking to paste the full email from the clipboard. */
  mailtoShortened: boolean;
}

const KIND_CASES: KindCase[] = [
  {
    kind: 'accept-mca',
    fields: {},
    subject: 'Action required: accept the Microsoft Customer Agreement for Contoso Ltd',
    body: [ADMIN_CENTER_URL],
    mailtoShortened: false,
  },
  {
    kind: 'new-customer',
    fields: { 'credentials.userName': 'admin@contoso.onmicrosoft.com', 'credentials.temporaryPassword': PASSWORD },
    subject: 'Your new Microsoft cloud account for Contoso Ltd: sign-in details and next step',
    body: [ADMIN_CENTER_URL, 'admin@contoso.onmicrosoft.com', PASSWORD],
    mailtoShortened: true,
  },
  {
    kind: 'reseller-relationship',
    fields: { 'partner.tenantId': PARTNER_TENANT_ID },
    subject: 'Adatum Cloud invites Contoso Ltd to a reseller relationship',
    body: [
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT_ID}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
      ADMIN_CENTER_URL,
    ],
    mailtoShortened: false,
  },
  {
    kind: 'indirect-provider-request',
    fields: {
      'signer.firstName': 'Ann',
      'signer.lastName': 'Lee',
      'signer.email': 'ann.lee@contoso.example',
      'signer.dateAgreed': '2026-01-15',
    },
    subject: 'Microsoft Customer Agreement attestation request for Contoso Ltd',
    body: [CONTOSO_ID, 'ann.lee@contoso.example', '(2026-01-15)'],
    mailtoShortened: false,
  },
  {
    kind: 'attestation-notice',
    fields: {},
    subject: 'Heads-up: Microsoft will email you about your Microsoft Customer Agreement',
    body: [AGREEMENT_URL],
    mailtoShortened: false,
  },
];

// The extension API as a page expression: `browser` in Firefox, `chrome` in Chromium.
const extensionApiSource = '(globalThis.browser ?? globalThis.chrome)';

const readStorageLocal = (tab: Tab) => tab.evaluate<Record<string, unknown>>(`${extensionApiSource}.storage.local.get(null)`);

function writeSettings(tab: Tab, settings: Record<string, unknown>): Promise<void> {
  return tab.evaluate(`${extensionApiSource}.storage.local.set(${JSON.stringify({ settings })})`);
}

/**
 * Records the file the page asks the browser to download instead of saving it, to read it back: from the blob the page
 * made its URL of, since the extension pages' CSP lets them fetch nothing but Partner Center.
 */
const CATCH_DOWNLOADS = `(() => {
  window.caughtDownloads = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function () {
    window.caughtDownloads.push(blobs.get(this.href).text().then((content) => ({ name: this.download, content })));
  };
})()`;

async function openDraft(extension: ExtensionBrowser, query: string): Promise<Tab> {
  const popup = await extension.openExtensionPage(`/popup.html?${query}`);
  await popup.waitFor('form.draft');
  return popup;
}

async function fillDraft(popup: Tab, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await popup.fill(`[name="${name}"]`, value);
}

const mailtoOf = (popup: Tab) =>
  popup.evaluate<string>(`document.querySelector('a.button[href^="mailto:"]').getAttribute('href')`);
const previewHtml = (popup: Tab) => popup.evaluate<string>(`document.querySelector('iframe.preview-frame').srcdoc`);

/** The query of a mailto: URL, decoded. */
function mailtoParts(mailto: string): { subject: string; body: string } {
  const query = mailto.slice(mailto.indexOf('?') + 1);
  const parts = Object.fromEntries(
    query.split('&').map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]),
  );
  return { subject: parts.subject ?? '', body: parts.body ?? '' };
}

/** Clipboard reading needs the permission in Chromium; Firefox offers no way to read it from automation. */
function chromiumContext(extension: ExtensionBrowser): BrowserContext | undefined {
  return (extension as ExtensionBrowser & { context?: BrowserContext }).context;
}

const readClipboard = (popup: Tab) =>
  popup.evaluate<Record<string, string>>(`navigator.clipboard.read().then(async ([item]) =>
    Object.fromEntries(await Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()]))))`);

test.describe('drafting each kind of email for a Partner Center customer', () => {
  for (const { kind, fields, subject, body, mailtoShortened } of KIND_CASES) {
    test(`${kind}: preview, mail link, copy and .eml, each noted in the local records`, async ({ extension }) => {
      await chromiumContext(extension)?.grantPermissions(['clipboard-read', 'clipboard-write']);
      const popup = await openDraft(extension, `tenantId=${CONTOSO_ID}&kind=${kind}`);
      expect(await popup.evaluate<boolean>(`document.getElementById('kind-${kind}').checked`)).toBe(true);
      expect(await popup.evaluate<string>(`document.querySelector('[name="customer.tenantId"]').value`)).toBe(CONTOSO_ID);
      await fillDraft(popup, { 'customer.companyName': 'Contoso Ltd', 'partner.name': 'Adatum Cloud', ...fields });

      expect(await popup.waitFor('.preview-subject strong')).toBe(subject);
      const html = await previewHtml(popup);
      const text = (await popup.texts('.preview-text pre'))[0] ?? '';
      for (const expected of body) {
        expect(text).toContain(expected);
        expect(html).toContain(expected.replace(/&/g, '&amp;'));
      }
      expect(await popup.evaluate<string>(`document.querySelector('iframe.preview-frame').getAttribute('sandbox')`)).toBe('');

      const mailto = mailtoParts(await mailtoOf(popup));
      if (mailtoShortened) {
        expect(mailto.body).toContain('paste');
        expect(mailto.body).not.toContain(PASSWORD);
        // The short form still holds every link the customer must open.
        expect(mailto.body).toContain(ADMIN_CENTER_URL);
      } else {
        expect(mailto.subject).toBe(subject);
        for (const expected of body) expect(mailto.body).toContain(expected);
      }

      await popup.click({ selector: 'button', text: 'Copy' });
      expect(await popup.waitFor(STATUS)).toBe(
        "Email copied with its formatting: paste it into a new message. Noted in this browser's history of invitations.",
      );
      if (chromiumContext(extension)) {
        const clipboard = await readClipboard(popup);
        for (const expected of body) expect(clipboard['text/plain']).toContain(expected);
        expect(clipboard['text/html']).toContain(body[0]?.replace(/&/g, '&amp;'));
      }

      await popup.evaluate(CATCH_DOWNLOADS);
      await popup.click({ selector: 'button', text: 'Download .eml' });
      expect(await popup.waitFor({ selector: STATUS, text: '^Downloaded .*\\.eml: open it', pattern: true })).toContain(
        subject.replace(/:/g, ''),
      );
      const [eml] = await popup.evaluate<{ name: string; content: string }[]>('Promise.all(window.caughtDownloads)');
      expect(eml?.name).toBe(`${subject.replace(/:/g, '')}.eml`);
      expect(eml?.content).toContain('X-Unsent: 1');
      expect(eml?.content).toContain('Content-Type: multipart/alternative');

      await popup.click(OPEN_EMAIL);
      const opened = mailtoShortened
        ? 'The email is too long for a mail link, so the full email is on the clipboard: paste it into the message, in place of the short text.'
        : 'Your email app opens with the draft.';
      expect(
        await popup.waitFor({ selector: STATUS, text: `^${opened.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, pattern: true }),
      ).toContain(opened);

      const records = (await readRecords(popup)).invitations ?? [];
      expect(records).toEqual(
        ['copy', 'eml', 'mailto'].map((via) => ({
          id: expect.any(Number),
          tenantId: CONTOSO_ID,
          companyName: 'Contoso Ltd',
          kind,
          locale: 'en',
          via,
          at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        })),
      );
      await popup.screenshot(test.info().outputPath(`${kind}.png`));
    });
  }
});

test('the temporary password stays out of every store, and is hidden until asked for', async ({ extension }) => {
  const popup = await openDraft(extension, `tenantId=${CONTOSO_ID}&kind=new-customer`);
  const password = '[name="credentials.temporaryPassword"]';
  expect(
    await popup.evaluate<string[]>(`(({ type, autocomplete }) => [type, autocomplete])(document.querySelector('${password}'))`),
  ).toEqual(['password', 'off']);
  await popup.click({ selector: 'button[aria-controls="draft-credentials-temporaryPassword"]', text: 'Show password' });
  expect(await popup.evaluate<string>(`document.querySelector('${password}').type`)).toBe('text');
  expect(
    await popup.evaluate<string>(
      `document.querySelector('[aria-controls="draft-credentials-temporaryPassword"]').getAttribute('aria-pressed')`,
    ),
  ).toBe('true');

  await fillDraft(popup, {
    'customer.companyName': 'Contoso Ltd',
    'partner.name': 'Adatum Cloud',
    'credentials.userName': 'admin@contoso.onmicrosoft.com',
    'credentials.temporaryPassword': PASSWORD,
  });
  await popup.evaluate(CATCH_DOWNLOADS);
  const actions = [
    [{ selector: 'button', text: 'Copy' }, '^Email copied'],
    [{ selector: 'button', text: 'Download .eml' }, '^Downloaded'],
    [OPEN_EMAIL, '^The email is too long for a mail link'],
  ] as const;
  for (const [button, done] of actions) {
    await popup.click(button);
    await popup.waitFor({ selector: STATUS, text: done, pattern: true });
  }
  const database = await readRecords(popup);
  expect(database.invitations).toHaveLength(3);
  const stored = JSON.stringify([
    database,
    await readStorageLocal(popup),
    await popup.evaluate('({ ...localStorage, ...sessionStorage })'),
  ]);
  expect(stored).toContain('new-customer');
  expect(stored).not.toContain(PASSWORD);
});

test('a missing required field: the error next to it and in the summary, and nothing leaves', async ({ extension }) => {
  const popup = await openDraft(extension, `tenantId=${CONTOSO_ID}&kind=new-customer`);
  await fillDraft(popup, {
    'customer.companyName': 'Contoso Ltd',
    'partner.name': 'Adatum Cloud',
    'credentials.userName': 'admin@contoso.onmicrosoft.com',
  });
  expect(await popup.texts('.field-error')).toEqual([]);
  expect(await popup.waitFor('.preview p')).toBe('Fill in the required fields to see the email.');

  await popup.click({ selector: 'button', text: 'Copy' });
  expect(await popup.waitFor('#draft-credentials-temporaryPassword-error')).toBe('This field is required.');
  const input = await popup.evaluate<{ invalid: string | null; describedBy: string | null }>(
    `(({ attributes }) => ({ invalid: attributes['aria-invalid']?.value ?? null, describedBy: attributes['aria-describedby']?.value ?? null }))(document.getElementById('draft-credentials-temporaryPassword'))`,
  );
  expect(input).toEqual({
    invalid: 'true',
    describedBy: 'draft-credentials-temporaryPassword-hint draft-credentials-temporaryPassword-error',
  });
  expect(await popup.waitFor('[aria-live] .error-summary p')).toBe('Check these fields first:');
  expect(await popup.texts('.error-summary li')).toEqual(['Temporary password: This field is required.']);
  expect(await popup.texts('[role="status"].notice-done')).toEqual(['']);

  await popup.click({ selector: '.error-summary a' });
  expect(await popup.evaluate<string>('document.activeElement.id')).toBe('draft-credentials-temporaryPassword');
  await popup.fill('[name="credentials.temporaryPassword"]', PASSWORD);
  await popup.waitForNone('.error-summary');
  await popup.waitForNone('.field-error');
  expect((await readRecords(popup)).invitations ?? []).toEqual([]);
});

test('the customer of the active Partner Center tab, its name, language and status, and the partner settings fill the form', async ({
  extension,
  portal,
}) => {
  const page = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${CONTOSO_ID}/account`);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: Outdated attestation' });
  const popup = await openDraft(extension, '');
  await writeSettings(popup, {
    partnerName: 'Adatum Cloud',
    emailSignature: 'Jean Martin\nAdatum Cloud',
    partnerTenant: PARTNER_TENANT_ID,
    defaultInvitationLanguage: 'de',
  });
  expect(await popup.evaluate<string>(`document.querySelector('[name="customer.tenantId"]').value`)).toBe('');

  // As the toolbar popup sees it: the Partner Center tab is the active one.
  await popup.evaluate(`(async () => {
    const api = ${extensionApiSource};
    const portalTab = (await api.tabs.query({})).find((tab) => tab.url?.startsWith('${portal.origin}/'));
    await api.tabs.update(portalTab.id, { active: true });
  })()`);
  await popup.reload();
  await popup.waitFor('form.draft');
  expect(await popup.evaluate<string>(`document.querySelector('[name="customer.tenantId"]').value`)).toBe(CONTOSO_ID);
  expect(await popup.waitFor('.customer-status')).toBe('Agreement status: Outdated attestation');
  expect(await popup.evaluate<boolean>(`document.getElementById('kind-accept-mca').checked`)).toBe(true);
  // The customer's name and language come from its Account page, before the partner's default language.
  expect(
    await popup.evaluate<string[]>(
      `['customer.companyName', 'partner.name', 'partner.signature', 'locale'].map((name) => document.querySelector('[name="' + name + '"]').value)`,
    ),
  ).toEqual(['Contoso Ltd', 'Adatum Cloud', 'Jean Martin\nAdatum Cloud', 'en']);
  await popup.click('#kind-reseller-relationship');
  expect(await popup.evaluate<string>(`document.querySelector('[name="partner.tenantId"]').value`)).toBe(PARTNER_TENANT_ID);
});

test('an indirect reseller starts with the request to its provider once the customer is known; a known customer is filled in its language', async ({
  extension,
  portal,
}) => {
  const popup = await openDraft(extension, `tenantId=${FABRIKAM_ID}`);
  await writeSettings(popup, { partnerName: 'Adatum Cloud', partnerRole: 'indirect-reseller' });
  await putRecords(popup, {
    customers: [
      {
        tenantId: FABRIKAM_ID,
        companyName: 'Fabrikam SAS',
        country: 'FR',
        language: 'fr-FR',
        lastSeenAt: new Date().toISOString(),
      },
    ],
  });
  await popup.reload();
  await popup.waitFor('form.draft');
  // Nothing is known yet of its agreements: the general invitation is suggested.
  expect(await popup.waitFor('.customer-status')).toBe('Agreement status: Unknown');
  expect(await popup.evaluate<boolean>(`document.getElementById('kind-accept-mca').checked`)).toBe(true);

  // The partner opens the customer's Account page: what it shows reaches the open popup, which then suggests the request to the provider.
  const page = await extension.openPage(`${portal.origin}/dashboard/v2/customers/${FABRIKAM_ID}/account`);
  await page.waitFor({ selector: 'button.badge', text: 'MCA: No agreement' });
  expect(await popup.waitFor({ selector: '.customer-status', text: 'Agreement status: No agreement' })).toBe(
    'Agreement status: No agreement',
  );
  await popup.waitFor('#kind-indirect-provider-request:checked');
  expect(
    await popup.evaluate<string[]>(
      `['customer.companyName', 'customer.tenantId', 'locale'].map((name) => document.querySelector('[name="' + name + '"]').value)`,
    ),
  ).toEqual(['Fabrikam SAS', FABRIKAM_ID, 'fr']);
  await popup.click('#kind-accept-mca');
  expect(await popup.waitFor('.preview-subject strong')).toBe(
    'Action requise : acceptation du Contrat client Microsoft pour Fabrikam SAS',
  );
});

test('no serious accessibility problem, with the preview and with errors shown', async ({ extension }) => {
  const popup = await openDraft(extension, `tenantId=${CONTOSO_ID}&kind=new-customer`);
  await popup.click({ selector: 'button', text: 'Copy' });
  await popup.waitFor('.error-summary');
  expect(await seriousAxeViolations(popup)).toEqual([]);
  await fillDraft(popup, {
    'customer.companyName': 'Contoso Ltd',
    'partner.name': 'Adatum Cloud',
    'credentials.userName': 'admin@contoso.onmicrosoft.com',
    'credentials.temporaryPassword': PASSWORD,
  });
  await popup.waitFor('iframe.preview-frame');
  await popup.setViewport(400, 800);
  expect(await seriousAxeViolations(popup)).toEqual([]);
});

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });

  test('labels, kinds and errors in French; the email in the language chosen for it', async ({ extension }) => {
    const popup = await openDraft(extension, `tenantId=${CONTOSO_ID}&kind=accept-mca`);
    expect(await popup.waitFor('h1')).toBe("E-mails d'invitation");
    expect(await popup.waitFor('label[for="kind-accept-mca"]')).toBe('Accepter le MCA');
    expect(await popup.waitFor('label[for="draft-customer-companyName"]')).toBe('Nom de la société *');
    await popup.click({ selector: 'button', text: 'Copier' });
    expect(await popup.waitFor('#draft-customer-companyName-error')).toBe('Ce champ est obligatoire.');
    expect(await popup.waitFor('.error-summary')).toContain('Vérifiez d’abord ces champs :');

    await fillDraft(popup, { 'customer.companyName': 'Contoso Ltd', 'partner.name': 'Adatum Cloud' });
    await popup.select('[name="locale"]', 'de');
    expect(await popup.waitFor('.preview-subject strong')).toBe(
      'Handlungsbedarf: Annahme des Microsoft-Kundenvertrags für Contoso Ltd',
    );
    expect(await popup.texts('select[name="locale"] option')).toEqual([
      'Anglais',
      'Français',
      'Allemand',
      'Espagnol',
      'Italien',
      'Néerlandais',
      'Portugais (Brésil)',
    ]);
    await popup.click({ selector: 'a.button', text: 'Ouvrir dans la messagerie' });
    // In German this email is too long for a mail link: the link asks to paste it from the clipboard.
    expect(await popup.waitFor(STATUS)).toBe(
      'L’e-mail est trop long pour un lien de messagerie : l’e-mail complet est dans le presse-papiers. Collez-le dans le message, à la place du texte court. Noté dans l’historique des invitations de ce navigateur.',
    );
    expect(await seriousAxeViolations(popup)).toEqual([]);
  });
});

import { expect, test } from './support/fixtures';
import { putRecords } from './support/records';

test.describe('every extension page shows its first screen', () => {
  test('popup, side panel, dashboard and settings render in English', async ({ extension }) => {
    const popup = await extension.openExtensionPage('/popup.html');
    expect(await popup.waitFor('h1')).toBe('Invitation emails');
    expect(await popup.texts('button')).toEqual(expect.arrayContaining(['Open customer dashboard', 'Settings']));

    const panel = await extension.openExtensionPage('/sidepanel.html');
    expect(await panel.waitFor('h2')).toBe('No Partner Center customer in this tab');

    const dashboard = await extension.openExtensionPage('/dashboard.html');
    expect(await dashboard.waitFor('[data-testid="customer-count"]')).toBe('Customers recorded: 0');

    const options = await extension.openExtensionPage('/options.html');
    expect(await options.waitFor('h1')).toBe('Settings');
    await options.waitFor('select[name="uiLanguage"] option');
    expect(await options.texts('select[name="uiLanguage"] option')).toEqual(['Browser language', 'English', 'French']);
    expect(await options.waitFor('.account-bar p')).toBe(
      'Not signed in: the status comes from the pages you open in Partner Center.',
    );
  });

  test('choosing French in the settings switches every page to French', async ({ extension }) => {
    const options = await extension.openExtensionPage('/options.html');
    await options.waitFor('select[name="uiLanguage"]:not([disabled])');
    await options.select('select[name="uiLanguage"]', 'fr');
    await options.click({ selector: 'button[type="submit"]', text: 'Save settings' });
    expect(await options.waitFor({ selector: 'h1', text: 'Paramètres' })).toBe('Paramètres');
    expect(await options.waitFor({ selector: '[role="status"]', text: 'Paramètres enregistrés.' })).toBe(
      'Paramètres enregistrés.',
    );

    const popup = await extension.openExtensionPage('/popup.html');
    expect(await popup.waitFor('h1')).toBe("E-mails d'invitation");
    expect(await popup.evaluate<string>('document.documentElement.lang')).toBe('fr');
  });

  test('a record in IndexedDB survives a reload of the dashboard', async ({ extension }) => {
    const dashboard = await extension.openExtensionPage('/dashboard.html');
    expect(await dashboard.waitFor('[data-testid="customer-count"]')).toBe('Customers recorded: 0');
    await putRecords(dashboard, {
      customers: [
        { tenantId: '6a4e3b2c-1d0f-4e8a-9b7c-5d6e7f8a9b0c', companyName: 'Contoso', lastSeenAt: new Date().toISOString() },
      ],
    });
    await dashboard.reload();
    expect(await dashboard.waitFor({ selector: '[data-testid="customer-count"]', text: 'Customers recorded: 1' })).toBe(
      'Customers recorded: 1',
    );
  });
});

test.describe('in French', () => {
  test.use({ browserLocale: 'fr-FR' });
  test('the pages follow a French browser', async ({ extension }) => {
    const panel = await extension.openExtensionPage('/sidepanel.html');
    expect(await panel.waitFor('h2')).toBe("Aucun client de l'Espace partenaires dans cet onglet");
    const dashboard = await extension.openExtensionPage('/dashboard.html');
    expect(await dashboard.waitFor('h1')).toBe('Portefeuille clients');
  });
});

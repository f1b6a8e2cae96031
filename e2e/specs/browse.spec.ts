import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('browsing the directory', () => {
  test('connect, open an OU, find a user by partial name and see the details', async ({ appPage }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);

    // The domain is the root of the tree and its top level is listed at once.
    await expect(app.treeItem(facts.realm.toLowerCase())).toBeVisible();
    await expect(app.treeItem('Corp')).toBeVisible();

    await app.treeItem('Corp').locator('> div').first().click();
    await expect(appPage.getByRole('heading', { name: 'Corp' })).toBeVisible();
    await expect(app.row('Sales')).toBeVisible();
    await expect(app.row('Sales')).toContainText('Organizational unit');

    await app.find('Zoë Mü');
    const row = app.row('Zoë Müller');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('zoe.muller@contoso.com');
    await row.click();
    await expect(app.details).toContainText('Zoë Müller');
    await expect(app.details).toContainText('zoe.muller@contoso.com');
    await expect(app.details).toContainText('OU=Sales,OU=Corp');
  });

  test('an untrusted certificate is shown with its fingerprint and can be trusted for the profile', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.openConnectDialog();
    await app.fillProfile(facts, facts.admin, { trustCa: false, name: 'Pinned DC' });
    await app.submitConnect();
    const certificate = appPage.getByTestId('certificate-facts');
    await expect(appPage.getByRole('alert')).toContainText(/not trusted/i);
    await expect(certificate).toContainText(facts.dnsHostName);
    await expect(certificate).toContainText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    await appPage.getByRole('button', { name: 'Trust this certificate for this profile' }).click();
    await expect(app.status).toHaveText(`Connected to ${facts.dnsHostName} as ${facts.admin.upn}`, {
      useInnerText: true,
    });
  });

  test('a wrong password gets a specific message and nothing connects', async ({ appPage }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.openConnectDialog();
    await app.fillProfile(
      facts,
      { ...facts.admin, password: 'not-the-password' },
      { trustCa: true, name: 'Wrong password' },
    );
    await app.submitConnect();
    await expect(appPage.getByRole('alert')).toContainText(/user name or password/i);
    await expect(app.status).toHaveText(/Not connected/);
  });

  test('a read-only helpdesk profile offers no way to edit', async ({ appPage }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.accounts.helpdesk, { readOnly: true });
    await expect(appPage.getByTestId('read-only-badge')).toBeVisible();
    await expect(appPage.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await app.find('Zoë');
    await app.row('Zoë Müller').click({ button: 'right' });
    const menu = appPage.getByRole('menu');
    await expect(menu.getByRole('menuitem', { name: 'Properties' })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Delete' })).toHaveCount(0);
    await appPage.keyboard.press('Escape');
    await expect(app.details).toContainText('Read-only');
  });
});

test.describe('keyboard, as an ADUC user expects', () => {
  test('Enter opens the properties, Delete asks before anything is deleted', async ({ appPage }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.find('Zoë Müller');
    const grid = app.list;
    await grid.focus();
    await appPage.keyboard.press('ArrowDown');
    await expect(app.row('Zoë Müller')).toHaveAttribute('aria-selected', 'true');
    await appPage.keyboard.press('Enter');
    const sheet = appPage.getByRole('dialog', { name: 'Zoë Müller Properties' });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('tab', { name: 'Exchange General' })).toBeVisible();
    await appPage.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    await grid.focus();
    await appPage.keyboard.press('Delete');
    const confirm = appPage.getByRole('dialog', { name: 'Delete' });
    await expect(confirm).toContainText('Are you sure you want to delete Zoë Müller?');
    await confirm.getByRole('button', { name: 'No' }).click();
    await expect(confirm).toBeHidden();
    await expect(app.row('Zoë Müller')).toHaveCount(1);
  });
});

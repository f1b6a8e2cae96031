import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('property sheet and change journal', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  async function openSheet(app: AppPage, name: string) {
    await app.find(name);
    await app.row(name).dblclick();
    const dialog = app.page.getByRole('dialog', { name: `${name} Properties` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('tab', { name: 'Exchange General' }).click();
    return dialog;
  }

  test('add an address to a mail user, make it primary, apply, and see it in the list', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Dora Domino', 'dora.domino');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Dora Domino');

    await dialog.getByLabel('New address').fill('dora@fabrikam-mail.com');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog.locator('li[data-value="smtp:dora@fabrikam-mail.com"]')).toBeVisible();
    await dialog
      .locator('li[data-value="smtp:dora@fabrikam-mail.com"]')
      .getByRole('button', { name: 'Set as primary' })
      .click();
    await expect(dialog.locator('li[data-value="SMTP:dora@fabrikam-mail.com"]')).toBeVisible();
    await expect(dialog.locator('li[data-value="smtp:dora.domino@contoso.com"]')).toBeVisible();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Applied.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(app.row('Dora Domino')).toContainText('dora@fabrikam-mail.com');
    expect((await scratch.read(dn, 'proxyAddresses')).sort()).toEqual([
      'SMTP:dora@fabrikam-mail.com',
      'smtp:dora.domino@contoso.com',
    ]);
    expect(await scratch.read(dn, 'mail')).toEqual(['dora@fabrikam-mail.com']);
  });

  test('a change made by someone else meanwhile is reported as a conflict with all three values', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Conrad Conflict', 'conrad.conflict');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Conrad Conflict');

    await dialog.getByLabel('Alias').fill('conrad.mine');
    await scratch.replace(dn, 'mailNickname', ['conrad.theirs']);
    await dialog.getByRole('button', { name: 'Apply' }).click();

    const conflict = dialog.getByTestId('conflict');
    await expect(conflict).toContainText('Someone else changed this object');
    await expect(conflict.getByTestId('conflict-base')).toHaveText('conrad.conflict');
    await expect(conflict.getByTestId('conflict-mine')).toHaveText('conrad.mine');
    await expect(conflict.getByTestId('conflict-theirs')).toHaveText('conrad.theirs');
    // Nothing was overwritten.
    expect(await scratch.read(dn, 'mailNickname')).toEqual(['conrad.theirs']);

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(dialog.getByText('Applied.')).toBeVisible();
    expect(await scratch.read(dn, 'mailNickname')).toEqual(['conrad.mine']);
  });

  test('a malformed address blocks Apply with a specific message', async ({ appPage }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Mal Formed', 'mal.formed');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Mal Formed');
    await dialog.getByLabel('New address').fill('mal formed@contoso');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog.getByText(/space/i).first()).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
    expect(await scratch.read(dn, 'proxyAddresses')).toEqual(['SMTP:mal.formed@contoso.com']);
  });
});

import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

const facts = loadDcFacts();

test.describe('the tree context menu', () => {
  test('offers Find in this OU, Refresh and Properties, and Find then looks only there', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.treeItem('Corp').locator('> div').first().click({ button: 'right' });
    const menu = appPage.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText(['New', 'Find in this OU…', 'Refresh', 'Properties']);
    await menu.getByRole('menuitem', { name: 'Find in this OU…' }).click();
    const find = appPage.getByRole('dialog', { name: 'Find' });
    await expect(find.getByRole('combobox', { name: 'In', exact: true })).toHaveText('Corp');
    await expect(find.getByLabel('Name')).toBeFocused();
    await find.getByLabel('Name').fill('Zoë');
    await find.getByRole('button', { name: 'Find Now' }).click();
    await expect(app.row('Zoë Müller')).toHaveCount(1);

    // The same name searched under another OU finds nothing: the base really is the node.
    await app.treeItem('Test Accounts').locator('> div').first().click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Find in this OU…' }).click();
    await expect(find.getByRole('combobox', { name: 'In', exact: true })).toHaveText('Test Accounts');
    await find.getByLabel('Name').fill('Zoë');
    await find.getByRole('button', { name: 'Find Now' }).click();
    await expect(find).toBeHidden();
    await expect(app.row('Zoë Müller')).toHaveCount(0);

    // Escape closes the menu and focus is back on the node it was opened on.
    await app.treeItem('Corp').locator('> div').first().click({ button: 'right' });
    await expect(appPage.getByRole('menu')).toBeVisible();
    await appPage.keyboard.press('Escape');
    await expect(appPage.getByRole('menu')).toHaveCount(0);
    await expect(app.treeItem('Corp')).toBeFocused();

    await app.treeItem('Corp').locator('> div').first().click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Properties' }).click();
    await expect(appPage.getByRole('dialog', { name: 'Corp Properties' })).toBeVisible();
  });

  test('Refresh re-reads the node: an OU added behind the app shows up', async ({ appPage }) => {
    const scratch = new ScratchDirectory(facts);
    try {
      const client = await scratch.client();
      const app = new AppPage(appPage);
      await app.connect(facts, facts.admin);
      await app.openOu(scratch.ouDn);
      await client.add(`OU=Added Behind,${scratch.ouDn}`, {
        objectClass: ['top', 'organizationalUnit'],
        ou: 'Added Behind',
      });
      await expect(app.treeItem('Added Behind')).toHaveCount(0);
      await app.treeItem(scratch.ouName).locator('> div').first().click({ button: 'right' });
      await appPage.getByRole('menuitem', { name: 'Refresh' }).click();
      await expect(app.treeItem('Added Behind')).toBeVisible();
      await expect(app.row('Added Behind')).toBeVisible();
    } finally {
      await scratch.dispose();
    }
  });
});

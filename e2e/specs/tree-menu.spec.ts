import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';
import { COLOR_MODES, seriousViolations, useColorMode } from '../support/accessibility.ts';

const facts = loadDcFacts();

test.describe('the tree context menu', () => {
  test('offers Find in this OU, Refresh and Properties, and Find then looks only there', async ({
    appPage,
  }) => {
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.treeItem('Corp').locator('> div').first().click({ button: 'right' });
    const menu = appPage.getByRole('menu');
    await expect(menu.getByRole('menuitem')).toHaveText([
      'New',
      'Find in this OU…',
      'Refresh',
      'Make available offline',
      'Properties',
    ]);
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

  test('Make available offline reads the OU with a progress dialog, says so, then offers a refresh', async ({
    appPage,
  }) => {
    const scratch = new ScratchDirectory(facts);
    try {
      await scratch.createUser('Kept Offline');
      const app = new AppPage(appPage);
      await app.connect(facts, facts.admin);
      await app.openOu(scratch.ouDn);
      const node = app.treeItem(scratch.ouName).locator('> div').first();
      await node.click({ button: 'right' });
      await appPage.getByRole('menuitem', { name: 'Make available offline' }).click();
      await expect(appPage.getByText('2 objects are now available offline.')).toBeVisible();
      await node.click({ button: 'right' });
      await appPage.getByRole('menuitem', { name: 'Refresh offline copy' }).click();
      await expect(appPage.getByText(/^Offline copy refreshed: 0 entries read/)).toBeVisible();

      // The dialog itself, readable in every colour mode: the whole Corp OU, cancelled at once.
      await app.treeItem('Corp').locator('> div').first().click({ button: 'right' });
      await appPage.getByRole('menuitem', { name: 'Make available offline' }).click();
      const dialog = appPage.getByRole('alertdialog', { name: 'Make available offline' });
      await dialog
        .getByRole('button', { name: 'Cancel' })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
      const cancelled = dialog.getByText(/^Cancelled after/);
      await expect(cancelled.or(appPage.getByText(/objects are now available offline/))).toBeVisible();
      const found: string[] = [];
      for (const mode of COLOR_MODES) {
        await useColorMode(appPage, mode);
        found.push(...(await seriousViolations(appPage, `offline / ${mode.name}`)));
      }
      expect(found).toEqual([]);
    } finally {
      await scratch.dispose();
    }
  });
});

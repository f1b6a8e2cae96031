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

  test('add an address to a mail user, make it primary, apply, and see it in the list without a re-read', async ({
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
    // Every call the page makes from Apply on (once the draft's check is in): main pushes the
    // fresh object, so no read may follow.
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled();
    const calls: string[] = [];
    appPage.on('request', (request) => {
      const method = /\/api\/call\/(.+)$/.exec(new URL(request.url()).pathname)?.[1];
      if (method) calls.push(method);
    });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Applied.')).toBeVisible();
    // The sheet shows what the server now holds, and nothing is left to apply.
    await expect(dialog.locator('li[data-value="SMTP:dora@fabrikam-mail.com"]')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await expect(app.row('Dora Domino')).toContainText('dora@fabrikam-mail.com');
    expect(calls).toEqual(['changes.submit']);
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

  test('an address AD would call a duplicate is refused at Add, naming the copy already listed', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Case Twin', 'case.twin');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Case Twin');
    await dialog.getByLabel('New address').fill('CASE.TWIN@contoso.com');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog.getByText('already in the list as "SMTP:case.twin@contoso.com"')).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'E-mail addresses' }).getByRole('listitem')).toHaveCount(1);
    await expect(dialog.getByLabel('New address')).toHaveValue('CASE.TWIN@contoso.com');
    expect(await scratch.read(dn, 'proxyAddresses')).toEqual(['SMTP:case.twin@contoso.com']);
  });

  test('Apply waits for the check of what was just typed: SMTP:bob@@x.com never reaches AD', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Quick Typer', 'quick.typer');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Quick Typer');
    const apply = dialog.getByRole('button', { name: 'Apply' });
    await dialog.getByLabel('New address').fill('SMTP:bob@@x.com');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    // At once, before the validation's answer: Apply is already held back.
    expect(await apply.isDisabled()).toBe(true);
    await apply.click({ force: true });
    await expect(dialog.getByText('more than one "@"').first()).toBeVisible();
    await expect(apply).toBeDisabled();
    expect(await scratch.read(dn, 'proxyAddresses')).toEqual(['SMTP:quick.typer@contoso.com']);
  });

  test('hide from address lists switched on and off again leaves the attribute absent', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Hal Hidden', 'hal.hidden');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Hal Hidden');
    const hide = dialog.getByRole('switch', { name: 'Hide from Exchange address lists' });
    await hide.check();
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled();
    await hide.uncheck();
    // Back where it started: nothing to apply, and OK writes nothing.
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    expect(await scratch.read(dn, 'msExchHideFromAddressLists')).toEqual([]);
  });

  test('the changes panel shows the applied change as PowerShell and undoes it', async ({ appPage }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createMailUser('Una Undo', 'una.undo');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Una Undo');
    await dialog.getByRole('tab', { name: 'Custom Attributes' }).click();
    await dialog.getByLabel('Custom attribute 3', { exact: true }).fill("Finance 'EMEA'");
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    expect(await scratch.read(dn, 'extensionAttribute3')).toEqual(["Finance 'EMEA'"]);

    await appPage.getByRole('button', { name: 'Changes' }).click();
    const item = appPage.locator('li[data-status="applied"]').filter({ hasText: 'Una Undo' });
    await expect(item).toContainText('extensionAttribute3');
    await item.getByRole('button', { name: 'Show PowerShell' }).click();
    await expect(item.getByRole('textbox')).toHaveText(
      new RegExp(
        `^Set-ADUser -Identity '${dn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' .*extensionAttribute3='Finance ''EMEA'''`,
      ),
    );
    await item.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => scratch.read(dn, 'extensionAttribute3')).toEqual([]);
  });

  test('several selected objects are edited at once: one change per object', async ({ appPage }) => {
    const facts = loadDcFacts();
    const first = await scratch.createMailUser('Bulk One', 'bulk.one');
    const second = await scratch.createMailUser('Bulk Two', 'bulk.two');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.treeItem(scratch.ouName).locator('> div').first().click();
    await expect(app.row('Bulk Two')).toBeVisible();
    await app.list.focus();
    await appPage.keyboard.press('Control+a');
    await appPage.getByRole('button', { name: 'Edit selected…' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Bulk edit: 2 objects' });
    await dialog
      .getByRole('combobox', { name: 'Custom attribute 5', exact: true })
      .selectOption({ label: 'Set to' });
    await dialog.getByLabel('Custom attribute 5: new value').fill('Migrated from Domino');
    await dialog.getByLabel('Use MAPI rich text format').selectOption({ label: 'Never' });
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByTestId('bulk-summary')).toContainText('Applied: 2');
    for (const dn of [first, second]) {
      expect(await scratch.read(dn, 'extensionAttribute5')).toEqual(['Migrated from Domino']);
      expect(await scratch.read(dn, 'mAPIRecipient')).toEqual(['FALSE']);
    }
  });

  test('a helpdesk account without write rights sees every field read-only', async ({ appPage }) => {
    const facts = loadDcFacts();
    await scratch.createMailUser('Reed Only', 'reed.only');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.accounts.helpdesk);
    const dialog = await openSheet(app, 'Reed Only');
    await expect(dialog.getByLabel('Alias')).toHaveAttribute('readonly', '');
    await expect(dialog.getByLabel('New address')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /^Remove / }).first()).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });
});

import type { Locator } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

// ADUC's own tabs and the sheet's frame, as an admin who lives in ADUC expects them.
test.describe('ADUC tabs and the sheet frame', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  async function openSheet(app: AppPage, name: string): Promise<Locator> {
    await app.find(name);
    await app.row(name).dblclick();
    const dialog = app.page.getByRole('dialog', { name: `${name} Properties` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  test('Account: an account option and the expiry date are written as ADUC writes them', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createUser('Acct Options', { userAccountControl: '514' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Acct Options');
    await app.openTab(dialog, 'Account');
    await expect(dialog.getByRole('checkbox', { name: 'Account is disabled' })).toBeChecked();
    await dialog.getByRole('checkbox', { name: 'Password never expires' }).check();
    // A new account without a password must change it at first logon (pwdLastSet 0); untick.
    await expect(
      dialog.getByRole('checkbox', { name: 'User must change password at next logon' }),
    ).toBeChecked();
    await dialog.getByRole('checkbox', { name: 'User must change password at next logon' }).uncheck();
    await dialog.getByLabel('Account expires (end of)').fill('2031-06-30');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Applied.')).toBeVisible();
    // 514 | DONT_EXPIRE_PASSWORD (0x10000): the disabled bit kept.
    expect(await scratch.read(dn, 'userAccountControl')).toEqual(['66050']);
    // -1 asks the DC to stamp "now": no longer 0.
    expect(await scratch.read(dn, 'pwdLastSet')).not.toEqual(['0']);
    const ticks = BigInt((await scratch.read(dn, 'accountExpires'))[0] ?? '0');
    const expires = new Date(Number(ticks / 10_000n - 11_644_473_600_000n));
    expect(expires.toISOString()).toBe('2031-06-30T23:59:59.000Z');
  });

  test('General on a group: the scope offers only what AD allows and is written into groupType', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createGroup('Scope Change');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Scope Change');
    await dialog.getByRole('combobox', { name: 'Group scope' }).click();
    const options = appPage.getByRole('listbox').getByRole('option');
    await expect(options).toHaveText(['Global', 'Universal']);
    await options.filter({ hasText: 'Universal' }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Applied.')).toBeVisible();
    expect(await scratch.read(dn, 'groupType')).toEqual(['-2147483640']);
  });

  test('Organization: a manager set elsewhere shows on the report, and the manager lists the report', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const boss = await scratch.createUser('Org Boss');
    await scratch.createUser('Org Report', { manager: boss, title: 'Analyst' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    let dialog = await openSheet(app, 'Org Report');
    await app.openTab(dialog, 'Organization');
    await expect(dialog.getByLabel('Job Title')).toHaveValue('Analyst');
    await expect(dialog.getByRole('list', { name: 'Manager' })).toContainText('Org Boss');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    dialog = await openSheet(app, 'Org Boss');
    await app.openTab(dialog, 'Organization');
    await expect(dialog.getByRole('list', { name: 'Direct reports' })).toContainText('Org Report');
  });

  test('one sheet size for every tab, the tabs on one row, and Escape asks before dropping edits', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createUser('Frame Check', { description: 'kept' });
    await appPage.setViewportSize({ width: 1400, height: 900 });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Frame Check');
    // Measured once the dialog's open animation is over (it scales the surface in).
    const size = async () => {
      await dialog.evaluate((el: { getAnimations(o: object): { finished: Promise<unknown> }[] }) =>
        Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)),
      );
      return (await dialog.boundingBox())!;
    };
    const first = await size();
    const strip = dialog.getByRole('tablist');
    const tabHeight = (await dialog.getByRole('tab', { name: 'General', exact: true }).boundingBox())!.height;
    expect((await strip.boundingBox())!.height).toBeLessThan(tabHeight * 1.5);
    await app.openTab(dialog, 'Attribute Editor');
    expect(await size()).toEqual(first);
    await app.openTab(dialog, 'General');

    await dialog.getByLabel('Description').fill('changed');
    await appPage.keyboard.press('Escape');
    await expect(dialog.getByText('You have changes that are not applied. Discard them?')).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    // Back where the admin was typing, edit intact; Escape from there asks again.
    await expect(dialog.getByLabel('Description')).toBeFocused();
    await expect(dialog.getByLabel('Description')).toHaveValue('changed');
    await appPage.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();
    expect(await scratch.read(dn, 'description')).toEqual(['kept']);
  });

  test('Member Of follows OK / Cancel / Apply: a staged group is written only by Apply', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const user = await scratch.createUser('Joiner One');
    const group = await scratch.createGroup('Join Target');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Joiner One');
    await app.openTab(dialog, 'Member Of');
    await dialog.getByRole('combobox', { name: 'Add to group…' }).fill('Join Target');
    await appPage.getByRole('option', { name: /Join Target/ }).click();
    const list = dialog.getByRole('list', { name: 'Member of' });
    await expect(list).toContainText('(joins on Apply)');
    expect(await scratch.read(group, 'member')).toEqual([]);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Join Target: done.')).toBeVisible();
    expect(await scratch.read(group, 'member')).toEqual([user]);
    // The pushed object now holds the group in memberOf: listed, no longer staged.
    await expect(list).toContainText('Join Target');
    await expect(list).not.toContainText('(joins on Apply)');
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();

    // Leaving, then Cancel: nothing is written.
    await list.getByRole('button', { name: /Remove/ }).click();
    await expect(dialog.getByText('Leaves on Apply: Join Target')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await scratch.read(group, 'member')).toEqual([user]);
  });

  test('Attribute Editor: only attributes with values at first, and values explained', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    await scratch.createUser('Attr Reader', { description: 'has one', accountExpires: '0' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const dialog = await openSheet(app, 'Attr Reader');
    await app.openTab(dialog, 'Attribute Editor');
    const list = dialog.getByRole('listbox', { name: 'Attributes' });
    await expect(list.getByRole('option', { name: /^description/ })).toBeVisible();
    await expect(list.getByRole('option', { name: /^department </ })).toHaveCount(0);
    await expect(list.getByRole('option', { name: /^userAccountControl/ })).toContainText(
      '514 (0x202 = (ACCOUNTDISABLE | NORMAL_ACCOUNT))',
    );
    await expect(list.getByRole('option', { name: /^accountExpires/ })).toContainText('0 (never)');
    await dialog.getByRole('checkbox', { name: 'Show only attributes that have values' }).uncheck();
    await expect(list.getByRole('option', { name: /^department </ })).toContainText('<not set>');
  });

  test('Disable Account and Enable Account from the context menu flip only the disabled bit', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const dn = await scratch.createUser('Flip Account', { userAccountControl: '66048' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.find('Flip Account');
    await app.row('Flip Account').click({ button: 'right' });
    await expect(appPage.getByRole('menuitem', { name: 'Enable Account' })).toHaveCount(0);
    await appPage.getByRole('menuitem', { name: 'Disable Account' }).click();
    await expect(appPage.getByText('1 account disabled.')).toBeVisible();
    expect(await scratch.read(dn, 'userAccountControl')).toEqual(['66050']);
    // The pushed row says so: the menu now offers Enable.
    await app.row('Flip Account').click({ button: 'right' });
    await appPage.getByRole('menuitem', { name: 'Enable Account' }).click();
    await expect(appPage.getByText('1 account enabled.')).toBeVisible();
    expect(await scratch.read(dn, 'userAccountControl')).toEqual(['66048']);
  });

  test('a helpdesk sheet says once, at the top, why nothing can be changed', async ({ appPage }) => {
    const facts = loadDcFacts();
    await scratch.createUser('Look Only');
    const app = new AppPage(appPage);
    await app.connect(facts, facts.accounts.helpdesk);
    const dialog = await openSheet(app, 'Look Only');
    await expect(dialog.getByText(/Your account may not change Look Only/)).toHaveCount(1);
    await app.openTab(dialog, 'Account');
    await expect(dialog.getByRole('checkbox', { name: 'Password never expires' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Not in helpdesk mode, but the account's rights on the object allow nothing: no Delete either.
    await app.row('Look Only').click();
    await expect(app.page.getByTestId('details-pane')).toContainText('Look Only');
    await expect(app.page.getByRole('button', { name: 'Delete' })).toBeDisabled();
    await expect(app.page.getByRole('button', { name: 'Edit selected…' })).toBeDisabled();
  });
});

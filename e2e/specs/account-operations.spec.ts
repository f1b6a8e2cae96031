import { randomBytes } from 'node:crypto';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

// ADUC's everyday account operations on objects of the spec's own, checked on the DC itself:
// a reset password really signs in, an unlocked account really binds, renames and moves land
// where the dialog said, and the list's Account state column follows each change.
const facts = loadDcFacts();
const unique = () => randomBytes(3).toString('hex');
const strongPassword = () => `Rd-${unique()}#Pw9`;

let scratch: ScratchDirectory;
test.beforeEach(async () => {
  scratch = new ScratchDirectory(facts);
  await scratch.client();
});
test.afterEach(async () => {
  await scratch.dispose();
});

test.describe('account operations', () => {
  test('Reset Password: the policy refusal in words, then a password the user signs in with', async ({
    appPage,
  }) => {
    const name = `Pat Reset ${unique()}`;
    const dn = await scratch.createUser(name, { userAccountControl: '544' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);

    await app.objectMenu(name, 'Reset Password…');
    const dialog = appPage.getByRole('dialog', { name: 'Reset Password' });
    await dialog.getByLabel('New password').fill('Ab1#');
    await dialog.getByLabel('Confirm password').fill('Ab1#x');
    await expect(dialog.getByText('The passwords do not match.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'OK' })).toBeDisabled();
    await dialog.getByLabel('Confirm password').fill('Ab1#');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      "The domain's password policy refused this password: it is too short (at least 7 characters)",
    );

    const password = strongPassword();
    await dialog.getByLabel('New password').fill(password);
    await dialog.getByLabel('Confirm password').fill(password);
    await expect(dialog.getByLabel('User must change password at next logon')).toBeChecked();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.notice).toContainText(`The password for ${name} has been changed.`);
    // Must change at next logon: the password is right (773, not 52e) and the list says so.
    expect(await scratch.bindAs(dn, password)).toMatch(/data 773/);
    await expect(app.accountState(name)).toHaveText('Must change password');

    await app.objectMenu(name, 'Reset Password…');
    const second = strongPassword();
    await dialog.getByLabel('New password').fill(second);
    await dialog.getByLabel('Confirm password').fill(second);
    await dialog.getByLabel('User must change password at next logon').uncheck();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    expect(await scratch.bindAs(dn, second)).toBe(true);
    await expect(app.accountState(name)).toHaveText('');
    // The refused attempt was let go with the dialog: nothing of this user waits in the journal.
    await app.openChanges();
    await expect(app.changeItems(name).filter({ hasText: 'reset password' })).toHaveCount(3);
    await expect(app.changeItems(name).filter({ hasText: /Waits for/ })).toHaveCount(0);
  });

  test('Unlock Account: a locked-out user shows locked, is unlocked, and signs in again', async ({
    appPage,
  }) => {
    const name = `Lee Locked ${unique()}`;
    const password = strongPassword();
    const dn = await scratch.createUser(name, { userAccountControl: '544' });
    const app = new AppPage(appPage);
    // The password is set by the app itself, then the account is locked behind its back.
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    await app.objectMenu(name, 'Reset Password…');
    const dialog = appPage.getByRole('dialog', { name: 'Reset Password' });
    await dialog.getByLabel('New password').fill(password);
    await dialog.getByLabel('Confirm password').fill(password);
    await dialog.getByLabel('User must change password at next logon').uncheck();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await scratch.lockOut(dn);
    expect(await scratch.bindAs(dn, password)).toMatch(/data 775/);

    await appPage.keyboard.press('F5');
    await expect(app.accountState(name)).toHaveText('Locked out');
    // The General tab says it at the top, as the list does.
    await app.row(name).dblclick();
    const sheet = appPage.getByRole('dialog', { name: `${name} Properties` });
    await expect(sheet.getByTestId('account-state')).toHaveText('Locked out');
    await sheet.getByRole('button', { name: 'Cancel' }).click();
    await expect(sheet).toBeHidden();
    await app.objectMenu(name, 'Unlock Account');
    await expect(app.notice).toContainText('1 account unlocked.');
    await expect(app.accountState(name)).toHaveText('');
    expect(await scratch.bindAs(dn, password)).toBe(true);
  });

  test('Disable and Enable Account: the DC and the Account state column follow', async ({ appPage }) => {
    const name = `Dana Toggle ${unique()}`;
    const dn = await scratch.createUser(name, { userAccountControl: '544' });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    // No password was ever set (pwdLastSet 0): ADUC ticks "must change" for such an account too.
    await expect(app.accountState(name)).toHaveText('Must change password');
    await app.objectMenu(name, 'Disable Account');
    await expect(app.accountState(name)).toHaveText('Disabled, Must change password');
    expect(await scratch.read(dn, 'userAccountControl')).toEqual(['546']);
    await app.objectMenu(name, 'Enable Account');
    await expect(app.accountState(name)).toHaveText('Must change password');
    expect(await scratch.read(dn, 'userAccountControl')).toEqual(['544']);
  });

  test('Rename (F2): the name, the display name that follows it, and the logon name', async ({ appPage }) => {
    const name = `Robin Old ${unique()}`;
    const renamed = `Robin New ${unique()}`;
    const dn = await scratch.createUser(name, {
      displayName: name,
      userPrincipalName: `robin.${unique()}@corp.recipientdesk.test`,
    });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);
    await app.row(name).click();
    await appPage.keyboard.press('F2');
    const dialog = appPage.getByRole('dialog', { name: 'Rename User' });
    await expect(dialog.getByLabel('Display name')).toHaveValue(name);
    await dialog.getByLabel('Full name').fill(renamed);
    await expect(dialog.getByLabel('Display name')).toHaveValue(renamed);
    const upn = `robin.new.${unique()}@corp.recipientdesk.test`;
    await dialog.getByLabel('User logon name').fill(upn);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.row(renamed)).toHaveCount(1);
    await expect(app.row(name)).toHaveCount(0);
    const newDn = dn.replace(name, renamed);
    expect(await scratch.read(newDn, 'displayName')).toEqual([renamed]);
    expect(await scratch.read(newDn, 'userPrincipalName')).toEqual([upn]);
    // The selection followed the row to its new name: Rename again renames the same object.
    await expect(app.row(renamed)).toHaveAttribute('aria-selected', 'true');
    await app.objectMenu(renamed, 'Rename');
    await expect(dialog.getByLabel('Full name')).toHaveValue(renamed);
  });

  test('Move by the dialog and by dragging rows onto the tree', async ({ appPage }) => {
    const client = await scratch.client();
    const targetDn = `OU=Target,${scratch.ouDn}`;
    await client.add(targetDn, { objectClass: ['top', 'organizationalUnit'], ou: 'Target' });
    const first = `Mo Dialog ${unique()}`;
    const second = `Mo Drag ${unique()}`;
    const third = `Mo Drag Too ${unique()}`;
    for (const name of [first, second, third]) await scratch.createUser(name);
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.openOu(scratch.ouDn);

    await app.objectMenu(first, 'Move…');
    const dialog = appPage.getByRole('dialog', { name: 'Move' });
    await dialog
      .getByRole('treeitem', { name: scratch.ouName, exact: true })
      .locator('> div')
      .first()
      .click();
    await dialog.getByRole('treeitem', { name: 'Target', exact: true }).locator('> div').first().click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.notice).toContainText('1 object moved to Target.');
    await expect(app.row(first)).toHaveCount(0);
    expect(await scratch.read(`CN=${first},${targetDn}`, 'cn')).toEqual([first]);

    // Two rows selected, dragged by one of them onto the tree's Target.
    await app.row(second).click();
    await app.row(third).click({ modifiers: ['Control'] });
    await app.row(third).dragTo(app.treeItem('Target').locator('> div').first());
    await expect(app.notice).toContainText('2 objects moved to Target.');
    await expect(app.row(second)).toHaveCount(0);
    await expect(app.row(third)).toHaveCount(0);
    expect(await scratch.read(`CN=${second},${targetDn}`, 'cn')).toEqual([second]);
    expect(await scratch.read(`CN=${third},${targetDn}`, 'cn')).toEqual([third]);
    await app.treeItem('Target').locator('> div').first().click();
    await expect(app.row(first)).toHaveCount(1);
    await expect(app.row(second)).toHaveCount(1);
  });
});

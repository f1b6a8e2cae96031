import { join } from 'node:path';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { readSampleSnapshot, SAMPLE_FILE_NAME } from '../../src-main/sample/snapshot.ts';
import { SAMPLE_DOMAIN_DN } from '../../src-preload/shared/sample-directory.ts';

// No domain controller is involved: the sample ships in resources/ and opens from a fresh profile.
const snapshot = readSampleSnapshot(join(import.meta.dirname, '../../resources', SAMPLE_FILE_NAME));
const SALES = `OU=Sales,OU=Corp,${SAMPLE_DOMAIN_DN}`;

/** A Sales person whose display name is theirs alone, so Find shows one row. */
function uniqueSalesPerson(): string {
  const names = snapshot.entries
    .filter((e) => e.dn.endsWith(`,${SALES}`) && (e.a.proxyAddresses ?? []).length > 0)
    .map((e) => e.a.displayName?.[0] ?? '');
  const all = snapshot.entries.map((e) => e.a.displayName?.[0] ?? e.a.name?.[0] ?? '');
  const name = names.find(
    (n) => /^[A-Za-z]+ [A-Za-z]+$/.test(n) && all.filter((m) => m.includes(n)).length === 1,
  );
  if (!name) throw new Error('The sample has no uniquely named Sales person');
  return name;
}

test('a fresh profile opens the sample directory, browses, finds and edits a user, sees the change pending with its PowerShell, and resets the sample', async ({
  appPage,
}) => {
  const app = new AppPage(appPage);
  await app.openSample();

  await app.openOu(SALES, SAMPLE_DOMAIN_DN);
  await expect(app.countStatus).toHaveText(/^\d+ objects$/);
  expect(await app.list.getByRole('row').count()).toBeGreaterThan(10);

  const name = uniqueSalesPerson();
  const dialog = await app.openProperties(name);
  for (const tab of [
    'General',
    'Account',
    'Organization',
    'Member Of',
    'Exchange General',
    'Custom Attributes',
    'Attribute Editor',
  ])
    await app.openTab(dialog, tab);
  await app.openTab(dialog, 'Custom Attributes');
  await dialog.getByLabel('Custom attribute 7', { exact: true }).fill('Tried in the sample');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByText(/never leaves this computer/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await app.openChanges();
  const item = app.changeItems(name).first();
  await expect(item).toHaveAttribute('data-status', 'pending');
  await expect(item.getByText('Sample only: never sent')).toBeVisible();
  await expect(item.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Show PowerShell' }).click();
  await expect(item.getByRole('textbox', { name: /PowerShell for change/ })).toHaveText(
    /^Set-ADUser .*extensionAttribute7='Tried in the sample'/s,
  );
  await appPage.keyboard.press('Escape');
  await expect(app.changesPanel).toBeHidden();

  // The sample has no DC: its copy takes the edit, so the sheet opens with it.
  let again = await app.openProperties(name);
  await app.openTab(again, 'Custom Attributes');
  await expect(again.getByLabel('Custom attribute 7', { exact: true })).toHaveValue('Tried in the sample');
  await again.getByRole('button', { name: 'Cancel' }).click();

  await app.resetSample();
  await expect(appPage.getByText(/1 change discarded/)).toBeVisible();
  again = await app.openProperties(name);
  await app.openTab(again, 'Custom Attributes');
  await expect(again.getByLabel('Custom attribute 7', { exact: true })).toHaveValue('');
  await again.getByRole('button', { name: 'Cancel' }).click();
  await app.openChanges();
  await expect(app.changeItems(name).first()).toHaveAttribute('data-status', 'discarded');
});

test('a first start offers the sample right in the empty tree: one click and there is a directory to explore', async ({
  appPage,
}) => {
  const app = new AppPage(appPage);
  const hint = appPage.getByRole('navigation', { name: 'Directory tree' });
  await expect(hint).toContainText('Connect to a domain controller to browse.');
  await hint.getByRole('button', { name: 'Open the sample directory' }).click();
  await expect(app.status).toHaveText(/Sample directory \(offline/);
  await expect(app.treeItem('Corp')).toBeVisible();
  await expect(hint.getByRole('button', { name: 'Open the sample directory' })).toHaveCount(0);
});

test('in the sample a newcomer creates a user with a cloud mailbox: checked against the sample, shown in the list, pending in Changes, gone after a reset', async ({
  appPage,
}) => {
  const app = new AppPage(appPage);
  await app.openSample();
  await app.openOu(SALES, SAMPLE_DOMAIN_DN);
  const taken = snapshot.entries.find(
    (e) => e.dn.endsWith(`,${SALES}`) && (e.a.mail ?? []).length > 0 && (e.a.mailNickname ?? []).length > 0,
  );
  if (!taken) throw new Error('The sample has no mail-enabled Sales person');

  await app.newFromToolbar('User with a cloud mailbox');
  const wizard = app.newObjectWizard;
  await wizard.getByLabel('First name').fill('Nia');
  await wizard.getByLabel('Last name').fill('Newcomer');
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByRole('button', { name: 'Next' }).click();
  await wizard.getByLabel('Microsoft 365 tenant').fill('contoso');
  // An address a sample user holds is refused from the sample's own copy, with the holder named.
  await wizard.getByLabel('New additional address').fill(taken.a.mail![0]!);
  await wizard.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(wizard.getByText(/is already used by/).first()).toBeVisible();
  await wizard.getByRole('button', { name: `Remove ${taken.a.mail![0]!}` }).click();
  await expect(wizard.getByText(/is already used by/)).toHaveCount(0);
  await wizard.getByRole('button', { name: 'Next' }).click();
  await expect(wizard.getByText(/no domain controller to set passwords/)).toBeVisible();
  await app.finishWizard();

  await expect(appPage.getByText(/created as a remote user mailbox in the sample directory/i)).toBeVisible();
  const row = app.row('Nia Newcomer');
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toContainText('Remote user mailbox');

  await app.openChanges();
  const item = app.changeItems('Nia Newcomer').first();
  await expect(item).toHaveAttribute('data-status', 'pending');
  await expect(item.getByText('Sample only: never sent')).toBeVisible();
  await appPage.keyboard.press('Escape');

  await app.resetSample();
  await expect(app.row('Nia Newcomer')).toHaveCount(0);
});

import { randomBytes, randomUUID } from 'node:crypto';
import { approveDeviceCode, expect, test } from '../support/cloud-fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

const facts = loadDcFacts();
const domain = facts.realm.toLowerCase();

test.describe('Microsoft 365 actions', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(facts);
    await scratch.client();
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  // The hard match's result comes back as main's push of the fresh Cloud view (onCloudObjectChanged):
  // the tab keeps the panel's notice and shows the new match without looking the object up again.
  test('take over a cloud-only room mailbox with a new AD room account (seed scenario 8)', async ({
    appPage,
    graph,
  }) => {
    test.slow();
    const tag = randomBytes(3).toString('hex');
    const upn = `conference.room${tag}@${domain}`;
    // The room was made in the cloud before the directory was synchronised.
    const room = graph.server.put('users', {
      id: randomUUID(),
      displayName: `Conference Room${tag}`,
      userPrincipalName: upn,
      mail: upn,
      mailNickname: `conference.room${tag}`,
      proxyAddresses: [`SMTP:${upn}`],
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
    });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();

    // The AD account, stamped as Exchange stamps a remote room mailbox.
    await app.openOu(scratch.ouDn);
    await app.newFromTree(scratch.ouName, 'Room mailbox');
    const wizard = app.newObjectWizard;
    await wizard.getByLabel('First name').fill('Conference');
    await wizard.getByLabel('Last name').fill(`Room${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel(/^User logon name\s*\*?$/)).toHaveValue(`conference.room${tag}`);
    await wizard.getByRole('button', { name: 'Next' }).click();
    await expect(wizard.getByLabel('Microsoft 365 tenant')).toHaveValue('contoso');
    await app.finishWizard();
    const name = `Conference Room${tag}`;
    await expect(app.row(name)).toContainText('Remote room mailbox');
    const dn = `CN=${name},${scratch.ouDn}`;
    expect(await scratch.read(dn, 'msExchRecipientTypeDetails')).toEqual(['8589934592']);

    const sheet = await app.openProperties(name);
    await app.openTab(sheet, 'Cloud');
    await expect(sheet.getByTestId('cloud-match')).toHaveText('Matched by user principal name (soft match)');
    await expect(sheet.getByTestId('cloud-source')).toHaveText('Cloud only (not synchronised)');
    await sheet.getByRole('button', { name: 'Find cloud-only users to take over…' }).click();
    await expect(sheet.getByRole('radio', { name: new RegExp(upn) })).toBeChecked();
    await sheet.getByRole('button', { name: 'Preview the hard match' }).click();
    await expect(sheet.getByTestId('action-checks')).not.toContainText('Blocked:');
    await expect(sheet.getByTestId('action-powershell')).toContainText('Update-MgUser');
    await appPage.screenshot({ path: test.info().outputPath('hard-match-preview.png') });
    await sheet.getByRole('button', { name: 'Hard match', exact: true }).click();
    await expect(sheet.getByTestId('cloud-action-done')).toContainText('Start-ADSyncSyncCycle');
    await expect(sheet.getByTestId('cloud-match')).toHaveText('Matched by ImmutableId (hard match)');
    const immutableId = await sheet.getByTestId('cloud-immutable-id').innerText();
    expect(
      `${graph.server.sets.get('users')?.get(room.id)?.onPremisesImmutableId} (base64 of objectGUID)`,
    ).toBe(immutableId);
  });

  test('restore a user deleted in Microsoft 365', async ({ appPage, graph }) => {
    const n = randomBytes(3).toString('hex');
    const id = randomUUID();
    graph.server.deleted.set(id, {
      id,
      displayName: `Gone ${n}`,
      userPrincipalName: `gone${n}@contoso.com`,
      mail: `gone${n}@contoso.com`,
      mailNickname: `gone${n}`,
      proxyAddresses: [`SMTP:gone${n}@contoso.com`],
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
      deletedDateTime: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    const dialog = app.cloudDialog;
    await dialog.getByRole('button', { name: 'Deleted users…' }).click();
    const row = dialog.getByRole('listitem').filter({ hasText: `gone${n}@contoso.com` });
    await expect(row).toContainText('28 days left');
    await row.getByRole('button', { name: 'Restore…' }).click();
    await expect(dialog.getByTestId('action-powershell')).toContainText('Restore-MgDirectoryDeletedItem');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog.getByTestId('restore-done')).toHaveText(`gone${n}@contoso.com is restored.`);
    expect(graph.server.sets.get('users')?.has(id)).toBe(true);
    expect(graph.server.deleted.has(id)).toBe(false);
  });
});

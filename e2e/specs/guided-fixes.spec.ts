// Seed scenario 9 as an admin goes through it: the Fixes dialog walks a synced user without its
// onmicrosoft.com address out of the sync scope, through the cloud deletion and restore, the
// address added in Exchange Online, and back. The test plays Entra Connect and Exchange Online on
// the Graph test server between the steps; every step is refused until its result is there.
import { randomUUID } from 'node:crypto';
import { approveDeviceCode, expect, test } from '../support/cloud-fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { importAdUsers } from '../graph/ad-import.ts';
import { loadDcFacts } from '../dc/facts.ts';

const facts = loadDcFacts();

test.describe('guided fixes in the Fixes dialog', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(facts);
    await scratch.client();
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  test('the missing onmicrosoft.com address (seed scenario 9): each step is checked before the next, and the fix resumes after a reload', async ({
    appPage,
    graph,
  }) => {
    test.slow();
    const alias = `gf${Date.now().toString(36)}`;
    const address = `${alias}@contoso.onmicrosoft.com`;
    const name = `Grace Fixme ${alias}`;
    const client = await scratch.client();
    const outOfScope = `OU=NotSynced,${scratch.ouDn}`;
    await client.add(outOfScope, { objectClass: ['top', 'organizationalUnit'] });
    const dn = await scratch.createUser(name, {
      userPrincipalName: `${alias}@contoso.com`,
      displayName: name,
      mail: `${alias}@contoso.com`,
      mailNickname: alias,
      proxyAddresses: [`SMTP:${alias}@contoso.com`],
    });
    const id = (await importAdUsers(graph.server, client, scratch.ouDn)).get(dn)!;
    const users = graph.server.sets.get('users')!;
    const twin = users.get(id)!;
    twin.proxyAddresses = (twin.proxyAddresses as string[]).filter((p) => !/onmicrosoft\.com$/i.test(p));

    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();

    await appPage.getByRole('button', { name: 'Fixes' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Guided fixes' });
    await dialog.getByRole('radio', { name: /lacks its onmicrosoft\.com address/ }).check();
    await dialog.getByLabel('User', { exact: true }).fill(dn);
    await dialog.getByLabel('OU outside the sync scope').fill(outOfScope);
    await dialog.getByRole('button', { name: 'Start the fix' }).click();
    const steps = dialog.getByRole('list', { name: /^Steps of/ });
    const current = steps.locator('[aria-current="step"]');
    await expect(current).toContainText('1. Move the user out of the sync scope');

    await current.getByRole('button', { name: 'Move to NotSynced' }).click();
    await expect(current).toContainText('2. Run a delta sync');
    await expect(current.getByRole('textbox', { name: 'Run this' })).toHaveValue(
      'Start-ADSyncSyncCycle -PolicyType Delta',
    );
    expect(await scratch.read(`CN=${name},${outOfScope}`, 'cn')).toEqual([name]);

    // Not synced yet: the check says so and the step stays.
    await current.getByRole('button', { name: 'Check Microsoft 365' }).click();
    await expect(current).toContainText('still holds');
    await expect(current).toContainText('2. Run a delta sync');
    // Entra Connect's delta sync: the user left the scope, so it is deleted (kept 30 days).
    users.delete(id);
    graph.server.deleted.set(id, { ...twin, deletedDateTime: new Date().toISOString() });
    await current.getByRole('button', { name: 'Check Microsoft 365' }).click();
    await expect(current).toContainText('3. Restore the deleted user');

    await current.getByRole('button', { name: 'Restore in Microsoft 365' }).click();
    await expect(current).toContainText('4. Add the address in Exchange Online');
    await expect(current.getByRole('textbox', { name: 'Run this' })).toHaveValue(
      `Set-Mailbox -Identity '${alias}@contoso.com' -EmailAddresses @{Add='smtp:${address}'}`,
    );
    await current.getByRole('button', { name: 'Check the address' }).click();
    await expect(current).toContainText('not on the user yet');
    // The admin ran the command in Exchange Online.
    const restored = users.get(id)!;
    restored.proxyAddresses = [...(restored.proxyAddresses as string[]), `smtp:${address}`];
    await current.getByRole('button', { name: 'Check the address' }).click();
    await expect(current).toContainText('5. Move the user back into the sync scope');

    // Where it stands is main's, in the local store: a reload resumes it.
    await appPage.reload();
    await appPage.getByRole('button', { name: 'Fixes' }).click();
    await expect(dialog.getByRole('list', { name: 'Fixes' })).toContainText('Step 5 of 6');
    await expect(current).toContainText('5. Move the user back into the sync scope');
    await appPage.screenshot({ path: test.info().outputPath('guided-fix.png') });

    await current.getByRole('button', { name: /^Move back to / }).click();
    await expect(current).toContainText('6. Run a delta sync: the user is synced again');
    expect(await scratch.read(dn, 'cn')).toEqual([name]);
    // The sync soft-matches the user on its UPN.
    restored.onPremisesSyncEnabled = true;
    restored.onPremisesLastSyncDateTime = new Date(Date.now() + 1000).toISOString();
    await current.getByRole('button', { name: 'Check Microsoft 365' }).click();
    await expect(dialog.getByRole('list', { name: 'Fixes' })).toContainText('Done');
    await expect(steps).toContainText(`Synced from AD again with ${address}`);
    await expect(steps.locator('[aria-current="step"]')).toHaveCount(0);
  });

  test('a cloud-only room mailbox is taken over by its AD account through the hard match (seed scenario 8)', async ({
    appPage,
    graph,
  }) => {
    const tag = Date.now().toString(36);
    const upn = `room${tag}@${facts.realm.toLowerCase()}`;
    const roomId = randomUUID();
    graph.server.put('users', {
      id: roomId,
      displayName: `Board Room ${tag}`,
      userPrincipalName: upn,
      mail: upn,
      mailNickname: `room${tag}`,
      proxyAddresses: [`SMTP:${upn}`],
      onPremisesSyncEnabled: null,
      onPremisesImmutableId: null,
    });
    const dn = await scratch.createUser(`Board Room ${tag}`, {
      userPrincipalName: upn,
      displayName: `Board Room ${tag}`,
      mail: upn,
      proxyAddresses: [`SMTP:${upn}`],
    });
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();

    await appPage.getByRole('button', { name: 'Fixes' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Guided fixes' });
    await dialog.getByRole('radio', { name: /taken over by an AD account/ }).check();
    await dialog.getByLabel('AD account', { exact: true }).fill(dn);
    await dialog.getByRole('button', { name: 'Find its cloud mailbox' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Cloud mailbox' })).toContainText(`Board Room ${tag}`);
    await dialog.getByRole('button', { name: 'Start the fix' }).click();
    const current = dialog.getByRole('list', { name: /^Steps of/ }).locator('[aria-current="step"]');
    await current.getByRole('button', { name: 'Set the ImmutableId' }).click();
    await expect(current).toContainText('2. Run a delta sync: the AD account takes the mailbox over');
    expect(graph.server.sets.get('users')!.get(roomId)!.onPremisesImmutableId).toMatch(
      /^[A-Za-z0-9+/]{22}==$/,
    );
    graph.server.sets.get('users')!.get(roomId)!.onPremisesSyncEnabled = true;
    await current.getByRole('button', { name: 'Check Microsoft 365' }).click();
    await expect(dialog.getByRole('list', { name: 'Fixes' })).toContainText('Done');
  });
});

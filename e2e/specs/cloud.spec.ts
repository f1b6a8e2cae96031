import { importAdUsers } from '../graph/ad-import.ts';
import { approveDeviceCode, expect, test } from '../support/cloud-fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('Microsoft 365', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  test('sign in with a device code, see the tenant, and find an AD user in the cloud by its ImmutableId', async ({
    appPage,
    graph,
  }) => {
    const facts = loadDcFacts();
    const stamp = Date.now().toString(36);
    const name = `Cloud Tab ${stamp}`;
    await scratch.createUser(name, {
      userPrincipalName: `cloudtab.${stamp}@contoso.com`,
      mail: `cloudtab.${stamp}@contoso.com`,
      proxyAddresses: [`SMTP:cloudtab.${stamp}@contoso.com`],
    });
    const later = `Not Synced ${stamp}`;
    await importAdUsers(graph.server, await scratch.client(), scratch.ouDn);
    await scratch.createUser(later, { userPrincipalName: `later.${stamp}@contoso.com` });

    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await expect(app.cloudDialog.getByTestId('cloud-account')).toContainText('admin@contoso.onmicrosoft.com');
    const tenant = app.cloudDialog.getByTestId('tenant-facts');
    await expect(tenant).toContainText('contoso.onmicrosoft.com (initial)');
    await expect(tenant).toContainText('ENTERPRISEPACK: 3 of 25 assigned');
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();
    await expect(app.page.getByRole('button', { name: 'Microsoft 365', exact: true })).toBeVisible();

    const sheet = await app.openProperties(name);
    await app.openTab(sheet, 'Cloud');
    await expect(sheet.getByTestId('cloud-match')).toHaveText('Matched by ImmutableId (hard match)');
    await expect(sheet.getByTestId('cloud-immutable-id')).toHaveText(
      /^[A-Za-z0-9+/]{22}== \(base64 of objectGUID\)$/,
    );
    await expect(sheet.getByTestId('cloud-source')).toHaveText('Synchronised from this directory');
    await sheet.getByRole('button', { name: 'Cancel' }).click();

    const other = await app.openProperties(later);
    await app.openTab(other, 'Cloud');
    await expect(other.getByTestId('cloud-match')).toHaveText('Not found in Microsoft 365');
    // No routing address of its own: the target-address helper offers the signed-in tenant.
    await app.openTab(other, 'Exchange General');
    await expect(other.getByLabel('Tenant')).toHaveValue('contoso');
    await expect(other.getByRole('button', { name: 'Use alias@contoso.mail.onmicrosoft.com' })).toBeVisible();
  });

  test('an AD edit of an object the cloud manages is warned about before Apply, and still applies', async ({
    appPage,
    graph,
  }) => {
    const facts = loadDcFacts();
    const stamp = Date.now().toString(36);
    const name = `Cloud Managed ${stamp}`;
    const dn = await scratch.createUser(name, { userPrincipalName: `managed.${stamp}@contoso.com` });
    const ids = await importAdUsers(graph.server, await scratch.client(), scratch.ouDn);
    // The admin switched its source of authority to the cloud earlier.
    graph.server.cloudManaged.set(ids.get(dn) ?? '', true);

    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();

    // Straight to an edit on General, without visiting the Cloud tab first.
    const sheet = await app.openProperties(name);
    await expect(sheet.getByTestId('cloud-managed-edit')).toHaveCount(0);
    await sheet.getByLabel('Description').fill(`edited ${stamp}`);
    await expect(sheet.getByTestId('cloud-managed-edit')).toContainText(
      'saved in AD but will not reach Microsoft 365 at the next sync',
    );
    const apply = sheet.getByRole('button', { name: 'Apply' });
    await expect(apply).toBeEnabled();
    await apply.click();
    await expect(sheet.getByText('Applied.')).toBeVisible();
    expect(await scratch.read(dn, 'description')).toEqual([`edited ${stamp}`]);
    // Nothing left to apply: nothing left to warn about.
    await expect(sheet.getByTestId('cloud-managed-edit')).toHaveCount(0);
  });

  test('the Cloud tab and the Changes panel preview what the next sync carries to Microsoft 365 for an edit applied since the last sync', async ({
    appPage,
    graph,
  }) => {
    const facts = loadDcFacts();
    const stamp = Date.now().toString(36);
    const name = `Next Sync ${stamp}`;
    await scratch.createUser(name, {
      userPrincipalName: `nextsync.${stamp}@contoso.com`,
      physicalDeliveryOfficeName: 'Building 1',
    });
    await importAdUsers(graph.server, await scratch.client(), scratch.ouDn);

    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.signInToCloud('contoso.onmicrosoft.com', (code) => approveDeviceCode(graph.server, code));
    await app.cloudDialog.getByRole('button', { name: 'Close' }).click();
    const sheet = await app.openProperties(name);
    await app.openTab(sheet, 'Cloud');
    const onTab = sheet.getByTestId('cloud-sync-preview');
    await expect(onTab).toContainText('Nothing changes in the cloud.');
    await app.openTab(sheet, 'General');
    await sheet.getByLabel('Office').fill('Building 7');
    await sheet.getByRole('button', { name: 'Apply' }).click();
    await expect(sheet.getByText('Applied.')).toBeVisible();
    // The Cloud tab works the preview out again from the object main pushed after the edit.
    await app.openTab(sheet, 'Cloud');
    await expect(onTab).toContainText('officeLocation: Building 1 → Building 7');
    await appPage.screenshot({ path: test.info().outputPath('cloud-tab-next-sync.png') });
    await sheet.getByRole('button', { name: 'Cancel' }).click();
    await expect(sheet).toBeHidden();

    await app.openChanges();
    const panel = app.page.getByRole('dialog', { name: 'Changes' });
    await panel.getByRole('button', { name: 'Preview the next sync…' }).click();
    await expect(panel.getByTestId('next-sync-summary')).toContainText('changed since the last sync');
    const object = panel.getByTestId('next-sync-object').filter({ hasText: name });
    await expect(object).toContainText('Matched by ImmutableId (hard match)');
    await expect(object).toContainText('officeLocation: Building 1 → Building 7');
    await appPage.screenshot({ path: test.info().outputPath('next-sync.png') });
  });
});

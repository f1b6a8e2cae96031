import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { COLOR_MODES, seriousViolations, useColorMode } from '../support/accessibility.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

// A conflict resolved per attribute in the three-way view: another admin edits the same object
// between the sheet's read and its Apply; the view shows base, mine and theirs, merges the
// addresses, keeps my custom attribute, and the sheet shows the merged result.
test.describe('three-way conflict view', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  /**
   * Opens the sheet, adds an address and sets custom attribute 1, then lets "another admin" add an
   * address and set the same custom attribute before Apply: a conflict on both attributes.
   */
  async function makeConflict(app: AppPage, name: string, alias: string) {
    const dn = await scratch.createMailUser(name, alias);
    await scratch.replace(dn, 'extensionAttribute1', ['Base value']);
    const sheet = await app.openProperties(name);
    await sheet.getByRole('tab', { name: 'Exchange General' }).click();
    await sheet.getByLabel('New address').fill(`${alias}.mine@contoso.com`);
    await sheet.getByRole('button', { name: 'Add', exact: true }).click();
    await sheet.getByRole('tab', { name: 'Custom Attributes' }).click();
    await sheet.getByLabel('Custom attribute 1', { exact: true }).fill('My value');
    await expect(sheet.getByRole('button', { name: 'Apply' })).toBeEnabled();
    await scratch.replace(dn, 'proxyAddresses', [
      `SMTP:${alias}@contoso.com`,
      `smtp:${alias}.theirs@contoso.com`,
    ]);
    await scratch.replace(dn, 'extensionAttribute1', ['Their value']);
    await sheet.getByRole('button', { name: 'Apply' }).click();
    await expect(sheet.getByTestId('conflict')).toContainText('Someone else changed this object');
    return { dn, sheet };
  }

  function attribute(dialog: Locator, attr: string) {
    return dialog.getByRole('region', { name: attr });
  }

  async function openView(page: Page, from: Locator, name: string) {
    await from.getByRole('button', { name: 'Compare and resolve…' }).click();
    const view = page.getByRole('dialog', { name: `Resolve the conflict on ${name}` });
    await expect(view).toBeVisible();
    return view;
  }

  test('merge the addresses, keep my custom attribute, apply: the DC and the sheet hold the merged values', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    const { dn, sheet } = await makeConflict(app, 'Mona Merge', 'mona.merge');
    const view = await openView(appPage, sheet, 'Mona Merge');

    const addresses = attribute(view, 'proxyAddresses');
    await expect(addresses.getByTestId('conflict-base')).toHaveText('SMTP:mona.merge@contoso.com');
    await expect(addresses.getByTestId('conflict-mine')).toHaveText(
      /^SMTP:mona.merge@contoso.com\s*\+\s*added smtp:mona.merge.mine@contoso.com$/,
    );
    await expect(addresses.getByTestId('conflict-theirs')).toHaveText(
      /^SMTP:mona.merge@contoso.com\s*\+\s*added smtp:mona.merge.theirs@contoso.com$/,
    );
    const custom = attribute(view, 'extensionAttribute1');
    await expect(custom.getByTestId('conflict-base')).toHaveText('Base value');
    await expect(custom.getByTestId('conflict-mine')).toHaveText(
      /^\+\s*added My value\s*−\s*removed Base value$/,
    );
    await expect(custom.getByTestId('conflict-theirs')).toHaveText(
      /^\+\s*added Their value\s*−\s*removed Base value$/,
    );
    // One value: no merge offered. Nothing is applied until every attribute has a choice.
    await expect(custom.getByRole('button', { name: 'Merge' })).toHaveCount(0);
    const apply = view.getByRole('button', { name: 'Apply resolution' });
    await expect(apply).toBeDisabled();

    await addresses.getByRole('button', { name: 'Merge' }).click();
    await expect(addresses.getByRole('button', { name: 'Merge' })).toHaveAttribute('aria-pressed', 'true');
    // The preview, against what the directory holds now: my address comes in, theirs stays.
    await expect(addresses.getByTestId('conflict-result')).toHaveText(
      /^SMTP:mona.merge@contoso.com\s*\+\s*added smtp:mona.merge.mine@contoso.com\s*smtp:mona.merge.theirs@contoso.com$/,
    );
    await custom.getByRole('button', { name: 'Keep mine' }).focus();
    await appPage.keyboard.press('Enter');
    await expect(custom.getByTestId('conflict-result')).toHaveText(
      /^\+\s*added My value\s*−\s*removed Their value$/,
    );
    // Nothing was written so far.
    expect(await scratch.read(dn, 'extensionAttribute1')).toEqual(['Their value']);

    await apply.click();
    await expect(view).toBeHidden();
    await expect(sheet.getByText('Applied.')).toBeVisible();
    expect((await scratch.read(dn, 'proxyAddresses')).sort()).toEqual([
      'SMTP:mona.merge@contoso.com',
      'smtp:mona.merge.mine@contoso.com',
      'smtp:mona.merge.theirs@contoso.com',
    ]);
    expect(await scratch.read(dn, 'extensionAttribute1')).toEqual(['My value']);
    // The sheet shows what the server now holds: the merged list and my value, nothing left to apply.
    await expect(sheet.getByLabel('Custom attribute 1', { exact: true })).toHaveValue('My value');
    await sheet.getByRole('tab', { name: 'Exchange General' }).click();
    for (const value of [
      'SMTP:mona.merge@contoso.com',
      'smtp:mona.merge.mine@contoso.com',
      'smtp:mona.merge.theirs@contoso.com',
    ])
      await expect(sheet.locator(`li[data-value="${value}"]`)).toBeVisible();
    await expect(sheet.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  for (const mode of COLOR_MODES) {
    test(`from the Changes panel, a merge the rules refuse is said in the view and loses nothing: ${mode.name}`, async ({
      appPage,
    }, testInfo) => {
      const facts = loadDcFacts();
      const app = new AppPage(appPage);
      await useColorMode(appPage, mode);
      await app.connect(facts, facts.admin);
      const { dn, sheet } = await makeConflict(app, `Rhea Refused ${mode.name}`, 'rhea.refused');
      await sheet.getByRole('button', { name: 'Cancel' }).click();
      await expect(sheet).toBeHidden();

      // Meanwhile the other admin also made their address the primary: merged, there would be two.
      await scratch.replace(dn, 'proxyAddresses', [
        'SMTP:rhea.refused@contoso.com',
        'SMTP:rhea.refused.theirs@contoso.com',
      ]);
      await app.openChanges();
      const item = app.changeItems(`Rhea Refused ${mode.name}`).first();
      await expect(item).toHaveAttribute('data-status', 'conflict');
      await item.getByRole('button', { name: 'Retry' }).click();
      await expect(item).toHaveAttribute('data-status', 'conflict');
      const view = await openView(appPage, item, `Rhea Refused ${mode.name}`);
      const addresses = attribute(view, 'proxyAddresses');
      await expect(addresses.getByTestId('conflict-theirs')).toContainText(
        'SMTP:rhea.refused.theirs@contoso.com',
      );
      await addresses.getByRole('button', { name: 'Merge' }).click();
      await attribute(view, 'extensionAttribute1').getByRole('button', { name: 'Keep mine' }).click();
      expect(await seriousViolations(appPage, `conflict view (${mode.name})`)).toEqual([]);
      await appPage.screenshot({ path: testInfo.outputPath(`conflict-view-${mode.name}.png`) });

      await view.getByRole('button', { name: 'Apply resolution' }).click();
      await expect(view.getByRole('alert')).toContainText('2 addresses are marked primary (SMTP:)');
      await expect(view).toBeVisible();
      expect(await scratch.read(dn, 'extensionAttribute1')).toEqual(['Their value']);

      // Choose again in the same view: theirs for the addresses, mine for the rest.
      await addresses.getByRole('button', { name: 'Take theirs' }).click();
      await view.getByRole('button', { name: 'Apply resolution' }).click();
      await expect(view).toBeHidden();
      const resolved = app.changeItems(`Rhea Refused ${mode.name}`).first();
      await expect(resolved).toHaveAttribute('data-status', 'applied');
      await expect(resolved).toContainText('resolves conflict');
      expect(await scratch.read(dn, 'extensionAttribute1')).toEqual(['My value']);
      expect((await scratch.read(dn, 'proxyAddresses')).sort()).toEqual([
        'SMTP:rhea.refused.theirs@contoso.com',
        'SMTP:rhea.refused@contoso.com',
      ]);
    });
  }
});

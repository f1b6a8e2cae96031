import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { COLOR_MODES, seriousViolations, useColorMode } from '../support/accessibility.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

// What an admin who works in dark mode or Windows high contrast sees must be as usable as light:
// axe over the frame, every tab of a user's and a group's sheet, the changes panel and the
// connect dialog's certificate step, in each of the OS's colour modes. Findings are collected and
// asserted once per mode, so one run lists every screen that fails, not only the first.
test.describe('accessibility in light, dark and forced colors', () => {
  let scratch: ScratchDirectory;
  test.beforeEach(async () => {
    scratch = new ScratchDirectory(loadDcFacts());
  });
  test.afterEach(async () => {
    await scratch?.dispose();
  });

  for (const mode of COLOR_MODES) {
    test(`frame, every sheet tab and the changes panel: ${mode.name}`, async ({ appPage }) => {
      test.setTimeout(180_000);
      const facts = loadDcFacts();
      await scratch.createMailUser('Axel Access', 'axel.access');
      await scratch.createGroup('Access Group');
      const app = new AppPage(appPage);
      await useColorMode(appPage, mode);
      await app.connect(facts, facts.admin);
      await app.openOu(scratch.ouDn);
      await app.row('Axel Access').click();
      await expect(app.details).toContainText('Axel Access');
      const found = await seriousViolations(appPage, 'frame');

      for (const name of ['Axel Access', 'Access Group']) {
        await app.row(name).dblclick();
        const sheet = appPage.getByRole('dialog', { name: `${name} Properties` });
        await expect(sheet).toBeVisible();
        const tabs = await app.tabNames(sheet);
        expect(tabs.length).toBeGreaterThan(5);
        for (const tab of tabs) {
          await app.openTab(sheet, tab);
          await expect(sheet.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
            'aria-selected',
            'true',
          );
          found.push(...(await seriousViolations(appPage, `${name} / ${tab}`)));
        }
        if (name === 'Axel Access') {
          // One applied edit, so the changes panel has an entry with values and PowerShell to check.
          await app.openTab(sheet, 'Custom Attributes');
          await sheet.getByLabel('Custom attribute 1', { exact: true }).fill('Cost centre 12');
          await sheet.getByRole('button', { name: 'OK' }).click();
        } else {
          await sheet.getByRole('button', { name: 'Cancel' }).click();
        }
        await expect(sheet).toBeHidden();
      }

      await app.openChanges();
      const entry = app.changeItems('Axel Access').first();
      await expect(entry).toContainText('extensionAttribute1');
      await entry.getByRole('button', { name: 'Show PowerShell' }).click();
      found.push(...(await seriousViolations(appPage, 'changes panel')));
      expect(found).toEqual([]);
    });

    test(`the connect dialog's certificate step: ${mode.name}`, async ({ appPage }) => {
      const facts = loadDcFacts();
      const app = new AppPage(appPage);
      await useColorMode(appPage, mode);
      await app.openConnectDialog();
      const found = await seriousViolations(appPage, 'connect dialog');
      await app.fillProfile(facts, facts.admin, { trustCa: false, name: `Axe DC ${mode.name}` });
      await app.submitConnect();
      await expect(appPage.getByTestId('certificate-facts')).toBeVisible();
      found.push(...(await seriousViolations(appPage, 'certificate step')));
      expect(found).toEqual([]);
    });
  }
});

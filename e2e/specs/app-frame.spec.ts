import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { ScratchDirectory } from '../support/scratch-objects.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('the app frame', () => {
  test('loads the ADUC-like frame and reports the transport through the real registry', async ({
    appPage,
  }) => {
    await expect(appPage.getByRole('toolbar', { name: 'Main toolbar' })).toBeVisible();
    await expect(appPage.getByRole('navigation', { name: 'Directory tree' })).toBeVisible();
    await expect(appPage.getByRole('main', { name: 'Objects' })).toBeVisible();
    await expect(appPage.getByRole('complementary', { name: 'Details' })).toBeVisible();
    await expect(appPage.getByTestId('connection-status')).toHaveText(/Not connected/);

    await appPage.getByRole('button', { name: 'About' }).click();
    const facts = appPage.getByTestId('about-facts');
    // Main runs on this machine, in either transport: its platform is the test runner's.
    await expect(facts).toContainText(
      new RegExp(`RecipientDesk \\d+\\.\\d+\\.\\d+ on ${process.platform}/${process.arch}`),
    );
    await expect(facts).toContainText(/(browser|electron) transport/);
  });

  test('keeps the toolbar on one row: everything fits at 1280 pixels, a narrower window gets a "more" menu', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await appPage.setViewportSize({ width: 1280, height: 800 });
    await app.connect(facts, facts.admin);
    const toolbar = appPage.getByRole('toolbar', { name: 'Main toolbar' });
    const about = toolbar.getByRole('button', { name: 'About' });
    await expect(about).toBeVisible();
    const oneRow = async () => {
      const bar = (await toolbar.boundingBox())!;
      const button = (await toolbar.getByRole('button', { name: 'Find…' }).boundingBox())!;
      return bar.height < button.height * 1.6;
    };
    expect(await oneRow()).toBe(true);
    await expect(toolbar.getByRole('button', { name: /more commands/ })).toHaveCount(0);

    await appPage.setViewportSize({ width: 760, height: 600 });
    await expect(about).toBeHidden();
    expect(await oneRow()).toBe(true);
    await toolbar.getByRole('button', { name: /more commands/ }).click();
    await appPage.getByRole('menuitem', { name: 'About' }).click();
    await expect(appPage.getByTestId('about-facts')).toContainText(/RecipientDesk \d+\.\d+\.\d+/);
  });

  test('has no serious or critical accessibility violations', async ({ appPage }) => {
    // Before connecting: the empty frame a new user sees first (light, dark and forced colors with
    // content are in accessibility-modes.spec.ts).
    expect(await seriousViolations(appPage)).toEqual([]);
  });

  test('F5 re-reads the open container, and Ctrl+F opens Find with the caret in the name box', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const scratch = new ScratchDirectory(facts);
    try {
      const dn = await scratch.createMailUser('Felix Fivekey', 'felix.fivekey');
      const app = new AppPage(appPage);
      await app.connect(facts, facts.admin);
      await app.openOu(scratch.ouDn);
      const row = app.row('Felix Fivekey');
      await expect(row).toBeVisible();
      await expect(row).not.toContainText('Changed behind the app');
      // Another admin's write: main has no reason to push it, only a re-read shows it.
      await scratch.replace(dn, 'description', ['Changed behind the app']);
      await app.list.focus();
      await appPage.keyboard.press('F5');
      await expect(row).toContainText('Changed behind the app');
      await expect(app.status).toHaveText(/Connected/);

      await appPage.keyboard.press('Control+f');
      const find = appPage.getByRole('dialog', { name: 'Find' });
      await expect(find).toBeVisible();
      await expect(find.getByLabel('Name')).toBeFocused();
      await appPage.keyboard.type('Felix');
      await expect(find.getByLabel('Name')).toHaveValue('Felix');
    } finally {
      await scratch.dispose();
    }
  });

  test('Ctrl+F and F5 are handled by the app, not the browser, and focus is visible', async ({ appPage }) => {
    await appPage.keyboard.press('Control+f');
    // Not connected: Find stays closed rather than opening the browser's own find bar.
    await expect(appPage.getByRole('dialog')).toHaveCount(0);
    await appPage.keyboard.press('Tab');
    const focused = appPage.locator(':focus-visible');
    await expect(focused).toHaveCount(1);
  });
});

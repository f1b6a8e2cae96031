import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';

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
    await expect(facts).toContainText(/RecipientDesk \d+\.\d+\.\d+ on linux\/x64/);
    await expect(facts).toContainText(/(browser|electron) transport/);
  });

  test('has no serious or critical accessibility violations', async ({ appPage }) => {
    // Fluent's focus manager (tabster) inserts aria-hidden focus sentinels that pass focus on at once;
    // they are not content, and Fluent's own accessibility tests exclude them the same way.
    const results = await new AxeBuilder({ page: appPage }).exclude('[data-tabster-dummy]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
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

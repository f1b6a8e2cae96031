/// <reference lib="dom" />
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('focus', () => {
  test('a sheet opens on its first field, and Escape gives focus back to where it was', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await app.find('Zoë Müller');
    const row = app.row('Zoë Müller');
    await row.click();
    // Wherever the list puts focus for the clicked row (the row, a cell, the grid), that is where it must come back to.
    await appPage.evaluate(() => document.activeElement?.setAttribute('data-focus-origin', ''));
    const origin = appPage.locator('[data-focus-origin]');
    await expect(origin).toHaveCount(1);

    await appPage.keyboard.press('Enter');
    const sheet = appPage.getByRole('dialog', { name: 'Zoë Müller Properties' });
    await expect(sheet.getByRole('tabpanel').getByRole('textbox').first()).toBeFocused();
    await appPage.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(origin).toBeFocused();
  });
});

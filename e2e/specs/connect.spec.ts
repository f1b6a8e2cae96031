/// <reference lib="dom" />
import { expect, test } from '../support/fixtures.ts';
import { AppPage } from '../support/app-page.ts';
import { loadDcFacts } from '../dc/facts.ts';

test.describe('connect dialog and connection state', () => {
  test('a failed first connect saves no profile; profiles are renamed and deleted in the dialog', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.openConnectDialog();
    await app.fillProfile(facts, { ...facts.admin, password: 'wrong' }, { trustCa: true, name: 'Typo DC' });
    await app.submitConnect();
    await expect(app.connectDialog.getByRole('alert')).toContainText(/user name or password/i);
    expect(await app.profileNames()).toEqual(['New profile']);

    await app.connectDialog.getByLabel('Password').fill(facts.admin.password);
    await app.submitConnect();
    await expect(app.status).toHaveText(/Connected to dc1/);

    await appPage.getByRole('button', { name: 'Disconnect' }).click();
    await app.openConnectDialog();
    expect(await app.profileNames()).toEqual(['New profile', 'Typo DC']);
    await app.connectDialog.getByLabel('Profile name').fill('Head office');
    await app.connectDialog.getByRole('button', { name: 'Rename' }).click();
    await expect(app.connectDialog.getByRole('combobox', { name: 'Profile' })).toHaveText('Head office');
    // The rename is main's: a reload reads it back.
    await appPage.reload();
    await app.openConnectDialog();
    expect(await app.profileNames()).toEqual(['New profile', 'Head office']);

    await app.chooseProfile('Head office');
    await app.connectDialog.getByRole('button', { name: 'Delete profile' }).click();
    await app.connectDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(app.connectDialog.getByRole('combobox', { name: 'Profile' })).toHaveText('New profile');
    expect(await app.profileNames()).toEqual(['New profile']);
    await appPage.reload();
    await app.openConnectDialog();
    expect(await app.profileNames()).toEqual(['New profile']);
  });

  test('after a reload the frame shows what main is connected to, and says so when it is not', async ({
    appPage,
  }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await expect(app.treeItem('Corp')).toBeVisible();

    await appPage.reload();
    await expect(appPage.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(app.status).toHaveText(/Connected to dc1/);
    await expect(app.treeItem('corp.recipientdesk.test')).toBeVisible();
    await expect(app.treeItem('Corp')).toBeVisible();
    await expect(app.row('Corp')).toBeVisible();

    await appPage.getByRole('button', { name: 'Disconnect' }).click();
    await appPage.reload();
    await expect(appPage.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(app.status).toHaveText(/Not connected/);
    await expect(appPage.getByText('Connect to a domain controller to browse.')).toBeVisible();
    await expect(app.tree).toHaveCount(0);
  });

  test('after connecting, focus is on the tree', async ({ appPage }) => {
    const facts = loadDcFacts();
    const app = new AppPage(appPage);
    await app.connect(facts, facts.admin);
    await expect(app.treeItem('corp.recipientdesk.test')).toBeFocused();
  });

  for (const [label, size] of [
    ['1400x900', { width: 1400, height: 900 }],
    // 200% zoom of a 1400x900 window: the page lays out in half the CSS pixels.
    ['1400x900 at 200% zoom', { width: 700, height: 450 }],
  ] as const) {
    test(`the certificate step fits at ${label}`, async ({ appPage }, testInfo) => {
      const facts = loadDcFacts();
      const app = new AppPage(appPage);
      await appPage.setViewportSize(size);
      await app.openConnectDialog();
      await app.fillProfile(facts, facts.admin, { trustCa: false, name: 'Pin me' });
      await app.submitConnect();
      const trust = app.connectDialog.getByRole('button', {
        name: 'Trust this certificate for this profile',
      });
      await expect(trust).toBeInViewport();
      await appPage.screenshot({ path: testInfo.outputPath('certificate-step.png'), fullPage: true });

      const overflow = await app.connectDialog.evaluate((dialog) => {
        const tooWide = (el: Element) => el.scrollWidth > el.clientWidth + 1;
        const content = dialog.querySelector('[data-testid="connect-form"]');
        return {
          dialogWiderThanWindow: dialog.getBoundingClientRect().right > window.innerWidth + 1,
          content: content ? tooWide(content) : true,
          // Any text or button whose content spills out of its own box.
          spilled: [...dialog.querySelectorAll('button, dd, dt, label, .fui-MessageBarBody')]
            .filter(tooWide)
            .map((el) => el.textContent?.slice(0, 40)),
        };
      });
      expect(overflow).toEqual({ dialogWiderThanWindow: false, content: false, spilled: [] });
      for (const name of ['Trust this certificate for this profile', 'Connect', 'Cancel']) {
        const button = app.connectDialog.getByRole('button', { name, exact: true });
        const fits = await button.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const text = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return text.width <= box.width + 1 && text.height <= box.height + 1;
        });
        expect(fits, `${name} is not narrower than its text`).toBe(true);
      }
    });
  }
});

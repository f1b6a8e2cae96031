import { test as base, expect, type Page } from '@playwright/test';
import { startWebApp, type RunningWebApp } from './web-app.ts';
import { launchElectronApp, electronMissingReason } from './electron-app.ts';

interface Fixtures {
  /** The app's window, ready: from the browser transport or from Electron, by project. */
  appPage: Page;
  /** A fresh main process per test: a connection or journal left by one test never leaks into the next. */
  webApp: RunningWebApp;
}

/**
 * The same specs run in two projects: "chromium" drives the browser transport, "electron" the real
 * shell. Specs only see `appPage` (and `webApp` for transport-level checks).
 */
export const test = base.extend<Fixtures>({
  webApp: async ({}, use) => {
    const app = await startWebApp();
    await use(app);
    await app.stop();
  },
  appPage: async ({ page, webApp }, use, testInfo) => {
    if (testInfo.project.name === 'electron') {
      const reason = electronMissingReason();
      test.skip(reason !== null, reason ?? '');
      const electron = await launchElectronApp();
      const window = await electron.firstWindow();
      await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
      await use(window);
      await electron.close();
      return;
    }
    await page.goto(webApp.launchUrl);
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await use(page);
  },
});

export { expect };

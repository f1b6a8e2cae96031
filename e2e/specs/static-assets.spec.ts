/// <reference lib="dom" />
import { expect, test } from '../support/fixtures.ts';

test.describe('static assets', () => {
  test('the page names its icon, the server serves it, and a reload logs no failed request', async ({
    appPage,
  }) => {
    const failures: string[] = [];
    appPage.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    appPage.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()}`);
    });
    await appPage.reload();
    await expect(appPage.locator('[data-app-state="ready"]')).toBeVisible();

    const icon = await appPage.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
      if (!href) return null;
      const response = await fetch(href);
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(icon).toEqual({ status: 200, type: 'image/svg+xml' });
    expect(failures).toEqual([]);
  });
});

// Shared by the list benches: the app through the browser transport in Debian's Chromium, connected
// to the test DC as the admin, exactly as the e2e specs drive it. Needs the built renderer
// (`npx electron-vite build`; `npm run bench` builds nothing, `npm test` does).
import { chromium, type Browser, type Page } from '@playwright/test';
import { AppPage } from '../support/app-page.ts';
import { startWebApp, type RunningWebApp } from '../support/web-app.ts';
import { loadDcFacts, type DcFacts } from '../dc/facts.ts';

export interface BenchApp {
  facts: DcFacts;
  page: Page;
  app: AppPage;
  close(): Promise<void>;
}

export function log(bench: string, message: string): void {
  process.stderr.write(`[${bench}] ${message}\n`);
}

export function p95(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}

/**
 * `beforeConnect` runs after the page is ready and before it connects (routes that must see the
 * event socket from its start go there; the page is reloaded after it so they do).
 */
export async function openBenchApp(
  options: { args?: string[]; beforeConnect?: (page: Page) => Promise<void> } = {},
): Promise<BenchApp> {
  const facts = loadDcFacts();
  const webApp: RunningWebApp = await startWebApp();
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', ...(options.args ?? [])],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(webApp.launchUrl);
  await page.locator('[data-app-state="ready"]').waitFor();
  if (options.beforeConnect) {
    await options.beforeConnect(page);
    await page.reload();
    await page.locator('[data-app-state="ready"]').waitFor();
  }
  const app = new AppPage(page);
  await app.connect(facts, facts.admin);
  return {
    facts,
    page,
    app,
    async close() {
      await browser.close();
      await webApp.stop();
    },
  };
}

import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded one (build/scripts/ensure-chromium.ts installs it).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The closed network refuses Chromium's background connections; these flags keep it from trying.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e/specs',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Both projects get Debian's chromium: the electron project's fixtures also hold a `page`,
    // and Playwright must never look for a browser of its own.
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [
    {
      name: 'chromium',
    },
    { name: 'electron' },
  ],
});

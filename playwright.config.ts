import { defineConfig } from '@playwright/test';

// End-to-end tests of the built renderer in Debian Chromium, with window.api bridged to the real core
// (test/e2e/harness). The Electron smoke test (test/electron) has its own config and is not picked up here.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  // CI (a shared, loaded machine) gives a failed test one more try; it then counts as flaky and is named in the
  // summary with what the page showed at the first failure. At a developer's desk a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/e2e/harness/summaryReporter.ts']],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    // CI keeps only its log, where a trace is no use, and recording one costs about a fifth of the run time.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Playwright's own browser download is not available here; Debian's Chromium is.
      executablePath: process.env.WP_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // A Dutch coordinator's machine: native date inputs then read dd-mm-jjjj, as they will in the app.
        '--lang=nl-NL',
      ],
    },
  },
});

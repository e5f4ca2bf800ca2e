import { defineConfig } from '@playwright/test';

// The Electron smoke test: launches the real app (out/main/index.js) with the Electron binary from
// node_modules/electron. Run after `electron-vite build`: npx playwright test -c test/electron/playwright.config.ts
// Where the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1) the test is skipped, saying why.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  // One Electron app at a time: each launch is heavy and they share nothing worth parallelising.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});

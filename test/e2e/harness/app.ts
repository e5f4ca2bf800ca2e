import type { Page } from '@playwright/test';

/** The renderer sets data-ready="true" on <html> once its first data has loaded. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 30_000 });
}

/** Reloads the app like a restart of the window (the workspace stays open, as in Electron). */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await waitForReady(page);
}

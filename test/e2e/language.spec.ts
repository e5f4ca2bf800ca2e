import { reloadApp } from './harness/app';
import { expect, test } from './harness/fixtures';
import { mainNav, openScreen, screenLoaded, SCREENS } from './harness/screens';

test('switching to English changes the navigation and survives a reload', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'settings');
  await screen.getByRole('radio', { name: 'English' }).check();

  for (const s of SCREENS) await expect(mainNav(page, 'en').getByRole('link', { name: s.en, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Stored in the workspace database, not in the browser.
  await expect.poll(() => workspace.db.prepare(`SELECT value FROM settings WHERE key = 'language'`).pluck().get()).toBe('en');

  await reloadApp(page);
  await screenLoaded(page, 'settings');
  for (const s of SCREENS) await expect(mainNav(page, 'en').getByRole('link', { name: s.en, exact: true })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Demo data' })).toBeVisible();

  // Other screens follow too.
  await openScreen(page, 'smes', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SMEs');

  await openScreen(page, 'settings', 'en');
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  for (const s of SCREENS) await expect(mainNav(page, 'nl').getByRole('link', { name: s.nl, exact: true })).toBeVisible();
  await expect.poll(() => workspace.db.prepare(`SELECT value FROM settings WHERE key = 'language'`).pluck().get()).toBe('nl');
});

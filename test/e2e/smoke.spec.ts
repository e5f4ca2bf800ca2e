import { CHANNELS } from '../../shared/ipc/channels';
import { expect, test } from './harness/fixtures';
import { mainNav, screenLoaded, SCREENS } from './harness/screens';

test('starts on the demo workspace with the demo banner and the planner', async ({ page, workspace }) => {
  expect(workspace.host.current.info().isDemo).toBe(true);
  const banner = page.getByRole('region', { name: 'Demo-gegevens' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Leeg werkgebied starten' })).toBeVisible();
  await screenLoaded(page, 'planner');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planner');
  await expect(page.getByTestId('workspace-name')).toContainText('werkplaats.db');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  for (const s of SCREENS) await expect(mainNav(page).getByRole('link', { name: s.nl, exact: true })).toBeVisible();
});

test('window.api offers exactly one function per channel, plus the three event subscriptions', async ({ page }) => {
  const keys = await page.evaluate(() => Object.keys(window.api).sort());
  expect(keys).toEqual([...CHANNELS, 'onDataChanged', 'onMenuCommand', 'onTaskProgress'].sort());
  const unknown = await page.evaluate(() => (window.api as unknown as Record<string, unknown>)['invoke']);
  expect(unknown).toBeUndefined();
});

test.describe('an empty workspace', () => {
  test.use({ startWith: 'empty' });

  test('starts without the demo banner and with empty screens', async ({ page }) => {
    await screenLoaded(page, 'planner');
    await expect(page.getByTestId('demo-banner')).toHaveCount(0);
    await expect(page.getByText('Er zijn nog geen onderwijsperiodes.')).toBeVisible();
  });
});

import fs from 'node:fs';
import { reloadApp } from './harness/app';
import { expect, test } from './harness/fixtures';
import { dataTable, openScreen, rowCountText } from './harness/screens';

const DOMAIN_TABLES = ['schools', 'programmes', 'terms', 'cohorts', 'offerings', 'smes', 'requests', 'assignments', 'staff', 'time_entries', 'events', 'funders'];

test('"Leeg werkgebied starten" leaves an empty workspace and sets the demo aside', async ({ page, workspace }) => {
  const banner = page.getByRole('region', { name: 'Demo-gegevens' });
  await banner.getByRole('button', { name: 'Leeg werkgebied starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leeg werkgebied starten?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ja, leeg beginnen' }).click();

  await expect(dialog).toBeHidden();
  await expect(banner).toHaveCount(0);
  for (const table of DOMAIN_TABLES) expect(workspace.count(`SELECT count(*) FROM ${table}`), table).toBe(0);
  expect(workspace.host.current.info().isDemo).toBe(false);
  // Set aside, not deleted.
  expect(fs.readdirSync(workspace.folder).some((f) => /^werkplaats-previous-.*\.db$/.test(f))).toBe(true);

  const smes = await openScreen(page, 'smes');
  await expect(dataTable(smes, 'smes').getByTestId('row-count')).toHaveText(rowCountText(0));
  await expect(smes.getByText('Nog geen gegevens.')).toBeVisible();
  const requests = await openScreen(page, 'requests');
  await expect(dataTable(requests, 'requests').getByTestId('row-count')).toHaveText(rowCountText(0));
  const planner = await openScreen(page, 'planner');
  await expect(planner.getByText('Er zijn nog geen onderwijsperiodes.')).toBeVisible();
  const catalogue = await openScreen(page, 'catalogue');
  await expect(catalogue.getByTestId('offering-card')).toHaveCount(0);

  await reloadApp(page);
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);
  const settings = await openScreen(page, 'settings');
  const demoRow = settings.getByTestId('workspace-details').locator('div').filter({ has: page.locator('dt', { hasText: 'Demo-gegevens' }) });
  await expect(demoRow.locator('dd')).toHaveText('nee');
});

test('cancelling the confirmation keeps the demo', async ({ page, workspace }) => {
  const before = workspace.count(`SELECT count(*) FROM smes`);
  const banner = page.getByRole('region', { name: 'Demo-gegevens' });
  await banner.getByRole('button', { name: 'Leeg werkgebied starten' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leeg werkgebied starten?' });
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toBeVisible();
  expect(workspace.count(`SELECT count(*) FROM smes`)).toBe(before);

  // Escape cancels too.
  await banner.getByRole('button', { name: 'Leeg werkgebied starten' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(workspace.host.current.info().isDemo).toBe(true);
});

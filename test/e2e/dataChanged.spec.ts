import { expect, test } from './harness/fixtures';
import { dataTable, openScreen, rowCountText } from './harness/screens';

// The main process announces every write with data:changed; the open screen refetches without a reload.
// Writes here come from outside the page (as from another window or the CLI), through the same router.

test('an SME created elsewhere appears on the open MKB-bedrijven screen', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'smes');
  const table = dataTable(screen, 'smes');
  const before = workspace.count(`SELECT count(*) FROM smes WHERE merged_into_id IS NULL AND archived_at IS NULL`);
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(before));
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  let kvk = 99_999_999;
  while (workspace.count(`SELECT count(*) FROM smes WHERE kvk = ?`, String(kvk)) > 0) kvk--;
  workspace.call('smes:create', { name: 'Bakkerij De Proefrit', kvk: String(kvk), fte: 4, postcode: '3511ab', municipality: 'Utrecht' });

  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(before + 1));
  await table.getByRole('searchbox', { name: 'Zoeken' }).fill('Proefrit');
  await expect(table.getByTestId('table-row')).toHaveCount(1);
  await expect(table.getByTestId('table-row')).toContainText(String(kvk));
  await expect(table.getByTestId('table-row')).toContainText('3511 AB');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('a status change elsewhere updates the Aanvragen counts', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'requests');
  const countOf = (status: string) =>
    workspace.count(`SELECT count(*) FROM requests WHERE archived_at IS NULL AND status = ?`, status);
  const before = { new: countOf('new'), intake_planned: countOf('intake_planned') };
  const requestId = workspace.db
    .prepare(`SELECT id FROM requests WHERE archived_at IS NULL AND status = 'new' ORDER BY id LIMIT 1`)
    .pluck()
    .get() as number | undefined;
  test.skip(requestId === undefined, 'the demo has no new request');
  await expect(screen.getByRole('button', { name: `Toon alleen status nieuw: ${before.new}`, exact: true })).toBeVisible();

  workspace.call('requests:setStatus', { requestId: requestId!, status: 'intake_planned' });

  await expect(screen.getByRole('button', { name: `Toon alleen status nieuw: ${before.new - 1}`, exact: true })).toBeVisible();
  await expect(
    screen.getByRole('button', { name: `Toon alleen status intake gepland: ${before.intake_planned + 1}`, exact: true }),
  ).toBeVisible();
});

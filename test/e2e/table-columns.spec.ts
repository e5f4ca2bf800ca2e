import { reloadApp } from './harness/app';
import { expect, test } from './harness/fixtures';

// Column choice and widths are remembered per table: a coordinator sets up a table once.
test('a column width set by mouse or keyboard survives a reload, and Delete restores it', async ({ page }) => {
  await page.getByRole('link', { name: 'MKB-bedrijven' }).click();
  const table = page.getByTestId('screen-smes').getByRole('table');
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  const header = table.getByRole('columnheader', { name: /KvK/ }).first();
  const before = (await header.boundingBox())!.width;
  const handle = header.getByRole('separator');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let dx = 20; dx <= 100; dx += 20) await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2);
  await page.mouse.up();
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 80);

  // Keyboard: focus the handle and make the column narrower again.
  await handle.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const afterKeys = (await header.boundingBox())!.width;
  expect(afterKeys).toBeLessThan(before + 100);

  await reloadApp(page);
  await page.getByRole('link', { name: 'MKB-bedrijven' }).click();
  const again = page.getByTestId('screen-smes').getByRole('table').getByRole('columnheader', { name: /KvK/ }).first();
  await expect.poll(async () => Math.round((await again.boundingBox())!.width)).toBe(Math.round(afterKeys));

  // Delete gives the designed width back.
  await again.getByRole('separator').focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => Math.round((await again.boundingBox())!.width)).toBe(Math.round(before));
});

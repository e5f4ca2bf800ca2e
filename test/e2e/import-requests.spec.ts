import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// Importing a Microsoft Forms export from the Aanvragen screen on the real core: the guessed columns are shown
// and one is corrected, the check lists every bad row in Dutch, all-or-nothing is refused until the user
// explicitly picks "only the valid rows", and the workspace's database holds exactly those rows afterwards.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h5';
const FIX = path.join(REPO_ROOT, 'test/fixtures/import-requests');

async function openImport(page: Page) {
  const screen = await openScreen(page, 'requests');
  await screen.getByRole('button', { name: 'Importeren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Aanvragen importeren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a form export goes through the mapping screen, shows its problems, and only the valid rows are imported', async ({ page, workspace }) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const requestsBefore = workspace.count(`SELECT count(*) FROM requests`);
  const groupsBefore = workspace.count(`SELECT count(*) FROM action_groups`);
  const dialog = await openImport(page);
  await page.screenshot({ path: path.join(SHOTS, 'import-file.png') });
  await dialog.getByLabel('Kies een bestand').setInputFiles(path.join(FIX, 'mixed.csv'));

  // The columns as guessed: the form's own "E-mail" column (always "anonymous") was taken for the e-mail address.
  const mapping = dialog.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  await expect(dialog.getByTestId('import-format')).toHaveText('CSV · UTF-8 (met BOM) · scheidingsteken “,”');
  await expect(mapping.getByLabel('Bedrijfsnaam')).toHaveValue('5');
  await expect(mapping.getByLabel('KvK-nummer')).toHaveValue('6');
  await expect(mapping.getByLabel('Vraag', { exact: true })).toHaveValue('14');
  const email = mapping.getByLabel('E-mailadres');
  await expect(email.locator('option:checked')).toHaveText('4. E-mail');
  await expect(dialog.getByTestId('import-hints')).toHaveText('Kolom “E-mail” geeft bij 5 van de 5 regels een probleem met E-mailadres. Hoort die kolom wel bij dat veld?');
  await page.screenshot({ path: path.join(SHOTS, 'import-mapping-guessed.png') });
  await email.selectOption({ label: '12. Waar kunnen we u bereiken (e-mail)?' });
  await expect(email.locator('xpath=ancestor::tr').getByText('anna@korenbloem.nl')).toBeVisible();
  await expect(dialog.getByTestId('import-hints')).toBeHidden();
  await axeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'import-mapping.png') });

  await dialog.getByRole('button', { name: 'Verder naar controle' }).click();
  const preview = dialog.getByTestId('import-preview');
  const counts = preview.getByTestId('import-counts');
  await expect(counts.locator('[data-count="rows"] dd')).toHaveText('5');
  await expect(counts.locator('[data-count="valid"] dd')).toHaveText('3');
  await expect(counts.locator('[data-count="invalid"] dd')).toHaveText('2');
  const rows = preview.getByTestId('import-rows');
  await expect(rows.locator('tr[data-line="5"]')).toContainText('KvK-nummer “123”: Een KvK-nummer bestaat uit precies 8 cijfers (voorloopnullen tellen mee).');
  await expect(rows.locator('tr[data-line="7"]')).toContainText('Postcode “0000 XX”: Gebruik een postcode als 1234 AB');
  await expect(rows.locator('tr[data-line="8"]')).toContainText('Zelfde bedrijf (KvK 01234567) als regel 3.');
  await expect(rows).not.toContainText('anonymous');

  // All or nothing is the default and cannot go ahead; the user must choose to skip the bad rows.
  const commit = preview.getByTestId('import-commit');
  await expect(commit).toBeDisabled();
  await expect(preview.getByText('Eerst 2 regels verbeteren.')).toBeVisible();
  await axeClean(page);
  await page.screenshot({ path: path.join(SHOTS, 'import-preview.png') });
  await preview.getByRole('radio', { name: /Alleen de geldige regels/ }).check();
  await expect(commit).toHaveText('3 aanvragen importeren');
  await commit.click();

  const done = dialog.getByTestId('import-done');
  await expect(done).toContainText('3 aanvragen geïmporteerd.');
  await expect(done).toContainText('2 regels met problemen zijn overgeslagen.');
  await page.screenshot({ path: path.join(SHOTS, 'import-done.png') });

  expect(workspace.count(`SELECT count(*) FROM requests`)).toBe(requestsBefore + 3);
  expect(workspace.count(`SELECT count(*) FROM action_groups`)).toBe(groupsBefore + 1);
  expect(workspace.db.prepare(`SELECT contact_email FROM smes WHERE kvk = '01234567'`).pluck().get()).toBe('anna@korenbloem.nl');
  expect(workspace.count(`SELECT count(*) FROM smes WHERE kvk IN ('98765432', '00000123')`)).toBe(0);
  expect(workspace.count(`SELECT count(*) FROM requests r JOIN smes s ON s.id = r.sme_id WHERE s.kvk = '01234567'
    AND r.question = 'Onze website is verouderd.' || char(10) || 'We willen beter gevonden worden.'`)).toBe(1);

  await done.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('screen-requests')).toContainText('Bakkerij De Korenbloem');
});

test('a damaged workbook is refused with a Dutch explanation and nothing can be imported', async ({ page, workspace }) => {
  const before = workspace.count(`SELECT count(*) FROM change_log`);
  const dialog = await openImport(page);
  await dialog.getByLabel('Kies een bestand').setInputFiles(path.join(FIX, 'truncated.xlsx'));
  await expect(dialog.getByTestId('import-file-problems')).toContainText('Het Excel-bestand is beschadigd of onvolledig en kan niet worden gelezen');
  await dialog.getByRole('button', { name: 'Verder naar controle' }).click();
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(workspace.count(`SELECT count(*) FROM change_log`)).toBe(before);
});

test('a file with thousands of bad rows lists them all in a virtualised table', async ({ page }) => {
  // 20,000 answers; every tenth has a KvK number of seven digits.
  const lines = ['Bedrijfsnaam;KvK-nummer;fte;Vraag'];
  for (let i = 1; i <= 20_000; i++) lines.push(`Bedrijf ${i};${i % 10 === 0 ? String(1_000_000 + i) : String(80_000_000 + i)};3;Vraag ${i}`);
  const dialog = await openImport(page);
  await dialog.getByLabel('Kies een bestand').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await dialog.getByRole('button', { name: 'Verder naar controle' }).click();
  const preview = dialog.getByTestId('import-preview');
  await expect(preview.getByTestId('import-counts').locator('[data-count="invalid"] dd')).toHaveText('2.000');
  await expect(preview.getByTestId('import-counts').locator('[data-count="valid"] dd')).toHaveText('18.000');
  const rows = preview.getByTestId('import-rows');
  await expect(rows.locator('tr[data-line="11"]')).toContainText('KvK-nummer “1000010” heeft 7 cijfers');
  // Only the rows in view are in the page, however many there are.
  expect(await rows.locator('tbody tr[data-line]').count()).toBeLessThan(100);
  await rows.locator('xpath=..').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(rows.locator('tr[data-line="20001"]')).toContainText('KvK-nummer “1020000” heeft 7 cijfers');
});

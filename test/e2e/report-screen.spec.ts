import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fullShot } from './harness/fullShot';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';
import { screenshotPdfPage } from '../fixtures/exports/pdfPage';
import { pdfPages, readWorkbook } from '../fixtures/exports/readBack';

// Rapportage: the figures follow the chosen period, the screen passes axe, and both exports are saved and read back.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-h4';
fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, file: string) => fullShot(page, path.join(SHOTS, file));

const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(cents / 100);

test('the report follows the chosen period, shows each chart with its table and has no serious accessibility violations', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'reports');
  const from = screen.getByLabel('Van');
  const to = screen.getByLabel('Tot en met');
  const check = async () => {
    const r = workspace.call('report:funder', { from: await from.inputValue(), to: await to.inputValue() });
    await expect(screen.getByTestId('kpi-smes').locator('.kpi-value')).toHaveText(r.smes.unique.toLocaleString('nl-NL'));
    await expect(screen.getByTestId('kpi-cost').locator('.kpi-value')).toHaveText(euro(r.hours.totals.costCents));
    await expect(screen.getByTestId('chart-funder-table').locator('tfoot')).toContainText(euro(r.hours.totals.costCents));
    await expect(screen.getByTestId('chart-size-table').locator('tbody tr')).toHaveCount(r.smes.bySize.length);
    return r;
  };
  await expect(screen.getByLabel('Soort periode')).toHaveValue('school');
  await check();
  await shot(page, 'report.png');
  for (const card of ['chart-sector', 'chart-intermediary', 'chart-activity', 'chart-satisfaction']) {
    await screen.getByTestId(card).screenshot({ path: path.join(SHOTS, `report-${card}.png`) });
  }
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Calendar year 2026: the dates and the figures follow.
  await screen.getByLabel('Soort periode').selectOption({ label: 'Kalenderjaar' });
  await screen.getByLabel('Jaar').selectOption('2026');
  await expect(from).toHaveValue('2026-01-01');
  await expect(to).toHaveValue('2026-12-31');
  const cal = await check();
  // The dashboard of Uren & kosten counts the same cost for the same period.
  expect(workspace.call('costs:dashboard', { from: '2026-01-01', to: '2026-12-31' }).totals.costCents).toBe(cal.hours.totals.costCents);

  // A date typed by hand makes the period custom.
  await to.fill('2026-03-31');
  await expect(screen.getByLabel('Soort periode')).toHaveValue('custom');
  await check();
});

test('the report is exported as XLSX and PDF through the save dialog and reads back', async ({ page, workspace }) => {
  const screen = await openScreen(page, 'reports');
  await screen.getByLabel('Soort periode').selectOption({ label: 'Kalenderjaar' });
  await screen.getByLabel('Jaar').selectOption('2026');
  const r = workspace.call('report:funder', { from: '2026-01-01', to: '2026-12-31' });

  const [xlsx] = await Promise.all([page.waitForEvent('download'), screen.getByRole('button', { name: 'Exporteer XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('Rapportage financiers 2026-01-01 - 2026-12-31.xlsx');
  const wb = await readWorkbook(fs.readFileSync(await xlsx.path()));
  const figures = new Map<string, unknown>();
  wb.getWorksheet('Samenvatting')!.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
  expect(figures.get('Unieke mkb-bedrijven (per KvK-nummer)')).toBe(r.smes.unique);
  expect(figures.get('Kosten werkplaatsteam')).toBe(r.hours.totals.costCents / 100);
  await expect(page.getByTestId('toast').first()).toContainText('Rapportage financiers 2026-01-01 - 2026-12-31.xlsx is klaar om op te slaan.');

  const [pdf] = await Promise.all([page.waitForEvent('download'), screen.getByRole('button', { name: 'Exporteer PDF' }).click()]);
  const bytes = fs.readFileSync(await pdf.path());
  const text = (await pdfPages(bytes)).join(' ');
  expect(text).toContain('Periode: 1-1-2026 – 31-12-2026');
  expect(text).toContain(`Unieke mkb-bedrijven (per KvK-nummer) ${r.smes.unique.toLocaleString('nl-NL')}`);
  const pages = await screenshotPdfPage(page, bytes, path.join(SHOTS, 'report-pdf-1.png'), 1);
  if (pages > 1) await screenshotPdfPage(page, bytes, path.join(SHOTS, 'report-pdf-2.png'), 2);
});

test('in English the report and the events screen speak English, and the export’s file name too', async ({ page }) => {
  const settings = await openScreen(page, 'settings');
  await settings.getByRole('radio', { name: 'English' }).check();
  const screen = await openScreen(page, 'reports', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports');
  await expect(screen.getByLabel('Kind of period')).toHaveValue('school');
  await expect(screen.getByRole('region', { name: 'Companies by size class', exact: true })).toBeVisible();
  await expect(screen.getByTestId('kpi-smes')).toContainText('Unique SMEs');
  await shot(page, 'report-en.png');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), screen.getByRole('button', { name: 'Export XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^Funder report \d{4}-08-01 - \d{4}-07-31\.xlsx$/);
  const wb = await readWorkbook(fs.readFileSync(await xlsx.path()));
  expect(wb.worksheets[0]?.getCell('A1').value).toBe('Funder report');

  const events = await openScreen(page, 'events', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await events.getByRole('button', { name: '+ Event' }).click();
  await expect(page.getByRole('dialog', { name: 'New event' }).getByText('Add a new company on the spot')).toBeVisible();
});

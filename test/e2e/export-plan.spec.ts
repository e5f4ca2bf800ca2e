import AxeBuilder from '@axe-core/playwright';
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, REPO_ROOT, test } from './harness/fixtures';
import { dataTable, openScreen } from './harness/screens';
import { screenshotPdfPage } from '../fixtures/exports/pdfPage';
import { pdfPages, readCsv, readWorkbook, workbookText } from '../fixtures/exports/readBack';

// A coordinator sends a school its plan: Onderwijs → Scholen → Exporteren on the school's row, picks term and
// format, and saves the file the core made. Each file is read back as the school would open it.

const SHOTS = process.env.WP_EXPORT_SHOTS ?? path.join(REPO_ROOT, 'test-results', 'screenshots', 'exports');
fs.mkdirSync(SHOTS, { recursive: true });

interface Target { schoolId: number; school: string; termId: number; term: string; others: string[]; programmes: string[] }

/** The demo school and term with the most assignments, plus the names of every other school. */
function busiestPlan(db: Database): Target {
  const top = db.prepare(`
    SELECT s.id AS schoolId, s.name AS school, t.id AS termId, t.name || ' (' || t.school_year || ')' AS term, count(*) AS n
    FROM assignments a JOIN terms t ON t.id = a.term_id JOIN schools s ON s.id = t.school_id
    WHERE a.status <> 'cancelled' GROUP BY t.id ORDER BY n DESC, t.id LIMIT 1`).get() as Target;
  const others = (db.prepare(`SELECT name FROM schools WHERE id <> ?`).all(top.schoolId) as { name: string }[]).map((r) => r.name);
  const programmes = (db.prepare(`SELECT DISTINCT p.name FROM cohorts c JOIN programmes p ON p.id = c.programme_id
    WHERE c.term_id = ? AND c.archived_at IS NULL ORDER BY p.name COLLATE NOCASE`).all(top.termId) as { name: string }[]).map((r) => r.name);
  return { ...top, others, programmes };
}

async function openExportDialog(page: Page, school: string): Promise<Locator> {
  const screen = await openScreen(page, 'education');
  await screen.getByRole('tab', { name: 'Scholen' }).click();
  await dataTable(screen, 'schools').getByRole('button', { name: `Planning van ${school} exporteren` }).click();
  const dialog = page.getByRole('dialog', { name: 'Planning exporteren' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function exportFile(page: Page, dialog: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporteren', exact: true }).click()]);
  await expect(dialog.getByTestId('export-done')).toContainText(download.suggestedFilename());
  return { download, bytes: fs.readFileSync(await download.path()) };
}

test('a school’s plan is exported from Onderwijs as PDF, Excel and CSV, holding only that school', async ({ page, workspace }) => {
  const target = busiestPlan(workspace.db);
  const dialog = await openExportDialog(page, target.school);
  await expect(dialog.getByLabel(/^School/)).toHaveValue(String(target.schoolId));
  await dialog.getByLabel(/^Onderwijsperiode/).selectOption({ label: target.term });
  await expect(dialog.getByTestId('export-summary')).toContainText(/Het bestand bevat \d+ opleidingen? en \d+ opdrachten? van \d+ teams?, over \d+ weken\./);
  // Contact details are personal data: off unless the user ticks the box.
  await expect(dialog.getByLabel('Contactgegevens van de bedrijven opnemen')).not.toBeChecked();

  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SHOTS}/export-dialog.png`, animations: 'disabled' });

  // PDF: the week grid and the team list, with the school and term in it; the core reports progress on the way.
  const progress: { done: number; total: number }[] = [];
  const off = workspace.onProgress((p) => progress.push(p));
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  const pdf = await exportFile(page, dialog);
  off();
  expect(pdf.download.suggestedFilename()).toMatch(/^planning-.+\.pdf$/);
  expect(progress.at(-1)).toEqual(expect.objectContaining({ done: progress.at(-1)?.total }));
  const text = (await pdfPages(pdf.bytes)).join('\n');
  for (const s of ['Planning studententeams', target.school, target.term.replace(/ \(.*$/, ''), 'Weekplanning', 'Opdrachten per team', ...target.programmes]) {
    expect(text).toContain(s);
  }
  for (const other of target.others) expect(text).not.toContain(other);
  const viewer = await page.context().newPage();
  await screenshotPdfPage(viewer, pdf.bytes, `${SHOTS}/plan-pdf-page1.png`, 1);
  await screenshotPdfPage(viewer, pdf.bytes, `${SHOTS}/plan-pdf-page2.png`, 2);
  await viewer.close();

  // Excel with contact details: a summary sheet and a sheet per programme.
  await dialog.getByRole('radio', { name: 'Excel (.xlsx)' }).check();
  await dialog.getByLabel('Contactgegevens van de bedrijven opnemen').check();
  const xlsx = await exportFile(page, dialog);
  const wb = await readWorkbook(xlsx.bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Overzicht', ...target.programmes.map((p) => p.slice(0, 31))]);
  expect(wb.worksheets[1]!.getRow(1).values).toContain('Contactpersoon bedrijf');
  const cells = workbookText(wb);
  for (const other of target.others) expect(cells).not.toContain(other);

  // CSV for a Dutch Excel: semicolons (the dialog's default for CSV) and a byte-order mark.
  await dialog.getByRole('radio', { name: 'CSV' }).check();
  await expect(dialog.getByLabel(/^Scheidingsteken/)).toHaveValue(';');
  await dialog.getByLabel('Contactgegevens van de bedrijven opnemen').uncheck();
  const csv = readCsv((await exportFile(page, dialog)).bytes);
  expect([csv.bom, csv.delimiter]).toEqual([true, ';']);
  expect(csv.rows[0]?.slice(0, 4)).toEqual(['Opleiding', 'Niveau', 'Team', 'Bedrijf']);
  expect(csv.rows.length - 1).toBe(workspace.count(`SELECT count(*) FROM assignments WHERE term_id = ? AND status <> 'cancelled'`, target.termId));
  expect(csv.rows[0]).not.toContain('Contactpersoon bedrijf');
  await page.screenshot({ path: `${SHOTS}/export-dialog-done.png`, animations: 'disabled' });

  // Closing returns to the table; nothing in the workspace changed.
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
});

test('the export dialog works from the keyboard and in English', async ({ page, workspace }) => {
  workspace.call('settings:set', { language: 'en' });
  await page.reload();
  const target = busiestPlan(workspace.db);
  const screen = await openScreen(page, 'education', 'en');
  await screen.getByRole('tab', { name: 'Schools' }).click();
  const button = dataTable(screen, 'schools').getByRole('button', { name: `Export the plan of ${target.school}` });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^Term/).selectOption({ label: target.term });
  await dialog.getByRole('radio', { name: 'Calendar (.ics)' }).check();
  // Arrow keys move through the format cards like any radio group.
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'CSV' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Calendar (.ics)' })).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^plan-.+\.ics$/);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(workspace.count(`SELECT count(*) FROM assignments WHERE term_id = ? AND status <> 'cancelled'`, target.termId));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

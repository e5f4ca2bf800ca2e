import { addDays, format, startOfISOWeek } from 'date-fns';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './harness/fixtures';
import { openScreen } from './harness/screens';

// The week timesheet and the dashboard on the real core: hours typed by keyboard are saved as entries, and the
// dashboard's totals move by exactly that much. Screenshots of both go to the shots folder.

const SHOTS = process.env.WP_SHOTS_DIR ?? '/tmp/shots-hours';
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hours');
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const euro = (cents: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(cents / 100);
const hours1 = (minutes: number) => `${(minutes / 60).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} u`;

test('a week filled in by keyboard is saved and moves the dashboard', async ({ page, workspace }) => {
  const nextMonday = iso(addDays(startOfISOWeek(new Date()), 7));
  const year = { from: `${new Date().getFullYear()}-01-01`, to: `${new Date().getFullYear()}-12-31` };
  const person = workspace.db.prepare(`SELECT id, name FROM staff WHERE archived_at IS NULL ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  const before = workspace.call('costs:dashboard', { ...year, asOf: year.to });

  const screen = await openScreen(page, 'hours');
  await expect(screen.getByRole('tab', { name: 'Urenstaat' })).toHaveAttribute('aria-selected', 'true');
  await screen.getByLabel('Medewerker', { exact: true }).selectOption(String(person.id));
  await screen.getByRole('button', { name: 'Volgende week' }).click();
  const grid = screen.getByTestId('timesheet');
  await expect(grid.getByRole('textbox', { name: /^Intake, maandag/ })).toHaveValue('');

  // Keyboard only: type, Tab to the next day, Enter down a line, arrows around.
  await grid.getByRole('textbox', { name: /^Intake, maandag/ }).focus();
  await page.keyboard.type('1,5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2:15');
  await page.keyboard.press('Enter'); // matching, Tuesday
  await page.keyboard.type('45m');
  await page.keyboard.press('ArrowDown'); // coaching, Tuesday
  await page.keyboard.press('ArrowRight'); // coaching, Wednesday
  await page.keyboard.type('4');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // admin, Wednesday
  await page.keyboard.type('0,25');
  await expect(grid.getByTestId('week-total')).toHaveText('8:45');
  await expect(grid.getByRole('textbox', { name: /^Intake, maandag/ })).toHaveValue('1:30');
  await expect(screen.getByRole('status').filter({ hasText: 'Niet opgeslagen wijzigingen' })).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'timesheet.png'), fullPage: true });
  await page.keyboard.press('Control+s');
  await expect(screen.getByTestId('sheet-notice')).toHaveText('Opgeslagen.');

  const rows = workspace.db.prepare(`SELECT entry_date AS date, activity, minutes FROM time_entries WHERE staff_id = ? AND entry_date >= ?
    ORDER BY entry_date, activity`).all(person.id, nextMonday);
  expect(rows).toEqual([
    { date: nextMonday, activity: 'intake', minutes: 90 },
    { date: iso(addDays(new Date(nextMonday), 1)), activity: 'intake', minutes: 135 },
    { date: iso(addDays(new Date(nextMonday), 1)), activity: 'matching', minutes: 45 },
    { date: iso(addDays(new Date(nextMonday), 2)), activity: 'admin', minutes: 15 },
    { date: iso(addDays(new Date(nextMonday), 2)), activity: 'coaching', minutes: 240 },
  ]);

  // The dashboard shows the new totals, equal to the core's own sums.
  const after = workspace.call('costs:dashboard', { ...year, asOf: year.to });
  expect(after.totals.minutes - before.totals.minutes).toBe(525);
  await screen.getByRole('tab', { name: 'Dashboard' }).click();
  await screen.getByRole('button', { name: 'Dit jaar' }).click();
  await expect(screen.getByTestId('kpi-hours')).toContainText(hours1(after.totals.minutes));
  await expect(screen.getByTestId('kpi-cost')).toContainText(euro(after.totals.costCents));
  await expect(screen.getByTestId('people-table').getByRole('row', { name: new RegExp(person.name) })).toContainText(
    euro(after.byPerson.find((p) => p.staffId === person.id)!.costCents));
  await expect(screen.getByTestId('funder-table').locator('tfoot')).toContainText(euro(after.totals.costCents));
  await page.screenshot({ path: path.join(SHOTS, 'dashboard.png') });
  await page.mouse.move(0, 0); // no chart tooltip in the pictures
  for (const part of ['monthly', 'burn', 'people', 'funder-costs', 'top-requests']) {
    await screen.getByTestId(part).screenshot({ path: path.join(SHOTS, `dashboard-${part}.png`) });
  }
});

test('a locked month refuses edits with the reason, and a broken import lists its bad rows', async ({ page, workspace }) => {
  const person = workspace.db.prepare(`SELECT id, name FROM staff WHERE archived_at IS NULL ORDER BY name LIMIT 1`).get() as { id: number; name: string };
  const monday = iso(addDays(startOfISOWeek(new Date()), 14));
  workspace.call('timesheet:save', { staffId: person.id, weekStart: monday, lines: [{ activity: 'reporting', minutes: [60, 0, 0, 0, 0, 0, 0] }] });
  workspace.call('months:lock', { month: monday.slice(0, 7) });
  const screen = await openScreen(page, 'hours');
  await screen.getByLabel('Medewerker', { exact: true }).selectOption(String(person.id));
  await screen.getByRole('button', { name: 'Volgende week' }).click();
  await screen.getByRole('button', { name: 'Volgende week' }).click();
  await expect(screen.getByTestId('locked-banner')).toContainText('is afgesloten');
  const cell = screen.getByRole('textbox', { name: /^Rapportage, maandag/ });
  await expect(cell).toHaveValue('1:00');
  await expect(cell).toHaveAttribute('readonly', '');
  await page.screenshot({ path: path.join(SHOTS, 'timesheet-locked.png'), fullPage: true });

  // The demo closes its past months; the fixtures' month (March 2026) is reopened for the import.
  if (workspace.count(`SELECT count(*) FROM locked_months WHERE month = '2026-03'`) > 0) workspace.call('months:unlock', { month: '2026-03' });
  const entries = workspace.count(`SELECT count(*) FROM time_entries`);
  await screen.getByRole('tab', { name: 'Importeren' }).click();
  // The fixtures name two people; here they become two people of the demo team.
  const [a, b] = workspace.db.prepare(`SELECT name FROM staff ORDER BY id LIMIT 2`).pluck().all() as string[];
  const withDemoNames = (name: string) => {
    const file = test.info().outputPath(name);
    fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, name), 'utf8').replaceAll('Anna de Vries', a!).replaceAll('Bram Jansen', b!));
    return file;
  };
  await screen.getByLabel('CSV-bestand').setInputFiles(withDemoNames('broken.csv'));
  await expect(screen.getByTestId('import-summary')).toContainText('1 van 6 regels in orde');
  await expect(screen.getByTestId('import-rows')).toContainText('onbekende medewerker “Piet Onbekend”');
  await expect(screen.getByRole('button', { name: '6 regels importeren' })).toBeDisabled();
  await page.screenshot({ path: path.join(SHOTS, 'import-errors.png'), fullPage: true });
  expect(workspace.count(`SELECT count(*) FROM time_entries`)).toBe(entries);

  // A good Kimai export goes in whole.
  await screen.getByLabel('CSV-bestand').setInputFiles(withDemoNames('kimai.csv'));
  await expect(screen.getByTestId('import-summary')).toContainText('2 van 2 regels in orde, samen 4,5 u');
  await expect(screen.getByLabel('Activiteit', { exact: true })).toHaveValue('Activiteit');
  await screen.getByRole('button', { name: '2 regels importeren' }).click();
  await expect(screen.getByRole('status').filter({ hasText: '2 regels geïmporteerd (4,5 u).' })).toBeVisible();
  expect(workspace.count(`SELECT count(*) FROM time_entries`)).toBe(entries + 2);
});

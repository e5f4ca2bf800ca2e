import { expect, test } from './harness/fixtures';
import { dataTable, rowCountText } from './harness/screens';
import { HOLIDAY_FILE, openTab, panel, row, shot } from './education-steps';

// Terms and the school calendar: a term's ISO weeks (week 53 included), the government's holiday file imported
// through the file picker and shading the right weeks per holiday region, and weeks set by hand.
test.use({ startWith: 'empty' });

const weekOf = (strip: import('@playwright/test').Locator, week: string) => strip.locator(`li[data-week="${week}"]`);

test('a term is created with its ISO weeks, and the holiday import shades each region’s own weeks', async ({ page, workspace }) => {
  const noord = workspace.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  const zuid = workspace.call('schools:create', { name: 'Hogeschool Zuiderkempen', kind: 'hbo', brin: '30ZK', holidayRegion: 'zuid' }).id;
  workspace.call('terms:create', { schoolId: zuid, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' });
  const screen = await openTab(page, 'Perioden');
  const table = dataTable(screen, 'terms');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(1));
  await expect(screen.getByTestId('no-holidays')).toHaveText('Nog geen schoolvakanties ingelezen.');

  // The form tells which weeks the dates give before saving, week 53 included.
  await screen.getByRole('button', { name: '+ Periode toevoegen' }).click();
  const form = panel(page, 'Periode toevoegen');
  await form.getByLabel(/^School/).selectOption({ label: 'Hogeschool Noorderpoort' });
  await form.getByLabel(/^Naam/).fill('Semester 1');
  await form.getByLabel(/^Begindatum/).fill('2026-08-31');
  await form.getByLabel(/^Einddatum/).fill('2026-08-01');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel(/^Einddatum/)).toHaveAccessibleDescription('De einddatum ligt vóór de begindatum.');
  await form.getByLabel(/^Einddatum/).fill('2027-01-31');
  await expect(form.getByTestId('term-weeks-preview')).toContainText('22 ISO-weken: wk 36 (2026) t/m wk 4 (2027), schooljaar 2026-2027');
  await expect(form.getByTestId('term-weeks-preview')).toContainText('Inclusief week 53.');
  await shot(page, 'term-form');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(2));
  const termId = workspace.count(`SELECT id FROM terms WHERE school_id = ?`, noord);
  await expect(row(table, 'Hogeschool Noorderpoort')).toContainText('22');
  // The new term is selected: its week strip shows all 22 weeks, week 53 among them.
  const strip = screen.getByTestId('week-strip');
  await expect(strip.locator('li')).toHaveCount(22);
  await expect(weekOf(strip, '2026-W53')).toContainText('wk 53');
  expect(workspace.count(`SELECT count(*) FROM term_weeks WHERE term_id = ?`, termId)).toBe(22);

  // Import the holiday file through the file picker.
  await screen.getByLabel('Schoolvakanties importeren').setInputFiles(HOLIDAY_FILE);
  const result = screen.getByTestId('holiday-import-result');
  // The file is read and imported asynchronously: count only once the result is on screen.
  await expect(result).toContainText('Schoolvakanties ingelezen uit schoolvakanties-2026-2027.json');
  const holidays = workspace.count(`SELECT count(*) FROM holidays`);
  expect(holidays).toBeGreaterThan(0);
  await expect(result).toContainText(`${holidays} vakanties voor regio Noord, Midden, Zuid, schooljaar 2026-2027.`);
  await expect(result).toContainText(/\d+ weken van de perioden zijn opnieuw gemarkeerd\./);

  // Herfstvakantie: noord in week 42, zuid in week 43; Kerst covers weeks 52 and 53 everywhere.
  await expect(weekOf(strip, '2026-W42')).toHaveAttribute('data-kind', 'holiday');
  await expect(weekOf(strip, '2026-W43')).toHaveAttribute('data-kind', 'teaching');
  await expect(weekOf(strip, '2026-W53')).toHaveAttribute('data-kind', 'holiday');
  await expect(strip.getByRole('button', { name: 'Week 42 (12 okt 2026): vakantie' })).toBeVisible();
  await shot(page, 'tab-terms');
  const kindOf = (term: number, week: string) =>
    workspace.db.prepare(`SELECT kind FROM term_weeks WHERE term_id = ? AND week = ?`).pluck().get(term, week);
  expect([kindOf(termId, '2026-W42'), kindOf(termId, '2026-W43')]).toEqual(['holiday', 'teaching']);

  await row(table, 'Hogeschool Zuiderkempen').click();
  await expect(screen.getByTestId('term-weeks')).toContainText('Weken van Semester 1 2026-2027 (Hogeschool Zuiderkempen)');
  await expect(weekOf(strip, '2026-W42')).toHaveAttribute('data-kind', 'teaching');
  await expect(weekOf(strip, '2026-W43')).toHaveAttribute('data-kind', 'holiday');
  const zuidTerm = workspace.count(`SELECT id FROM terms WHERE school_id = ?`, zuid);
  expect([kindOf(zuidTerm, '2026-W42'), kindOf(zuidTerm, '2026-W43')]).toEqual(['teaching', 'holiday']);

  // The imported holidays, per school year and region.
  const list = screen.getByTestId('holidays-2026-2027');
  await expect(list.getByRole('row')).toHaveCount(1 + workspace.count(`SELECT count(DISTINCT name) FROM holidays`));
  const autumn = list.getByRole('row').filter({ hasText: 'Herfstvakantie' });
  await expect(autumn.locator('td[data-region="noord"]')).toHaveText('10 okt – 18 okt 2026');
  await expect(autumn.locator('td[data-region="zuid"]')).toHaveText('17 okt – 25 okt 2026');
  await expect(list.getByRole('row').filter({ hasText: 'Kerstvakantie' })).toContainText('verplicht');
});

test('a week is set by hand with a note, and handed back to the regional holidays', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  const termId = workspace.call('terms:create', { schoolId, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' }).id;
  const screen = await openTab(page, 'Perioden');
  await screen.getByLabel('Schoolvakanties importeren').setInputFiles(HOLIDAY_FILE);
  await expect(screen.getByTestId('holiday-import-result')).toBeVisible();
  await row(dataTable(screen, 'terms'), 'Semester 1').click();
  const strip = screen.getByTestId('week-strip');
  const override = (week: string) =>
    workspace.db.prepare(`SELECT kind, override_kind AS override, note FROM term_weeks WHERE term_id = ? AND week = ?`).get(termId, week);

  // An exam week, by hand, with a note.
  await strip.getByRole('button', { name: /^Week 3 \(18 jan 2027\): lesweek/ }).click();
  const dialog = panel(page, 'Week 3 van 2027');
  await expect(dialog).toContainText('Nu: lesweek');
  await expect(dialog.getByRole('radio', { name: 'lesweek' })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'lesweek' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'toetsweek' }).check();
  await dialog.getByLabel(/^Notitie/).fill('Tentamenweek');
  await shot(page, 'week-kind-dialog');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(strip.locator('li[data-week="2027-W03"]')).toHaveAttribute('data-kind', 'exam');
  await expect(strip.locator('li[data-week="2027-W03"]')).toContainText('Tentamenweek');
  expect(override('2027-W03')).toEqual({ kind: 'exam', override: 'exam', note: 'Tentamenweek' });
  await expect(dataTable(screen, 'terms').getByTestId('table-row').first()).toContainText('Semester 1');
  expect(workspace.count(`SELECT count(*) FROM term_weeks WHERE term_id = ? AND kind = 'exam'`, termId)).toBe(1);

  // A holiday week made a teaching week, then handed back: the holiday returns. By keyboard this time: the strip
  // is one Tab stop and the arrow keys move between weeks (2026-W36 is the first, W42 six further).
  await strip.getByRole('button').first().focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(strip.getByRole('button', { name: /^Week 42 .*: vakantie/ })).toBeFocused();
  await page.keyboard.press('Enter');
  const week42 = panel(page, 'Week 42 van 2026');
  await week42.getByRole('radio', { name: 'lesweek' }).check();
  await week42.getByRole('button', { name: 'Opslaan' }).click();
  await expect(strip.locator('li[data-week="2026-W42"]')).toHaveAttribute('data-kind', 'teaching');
  expect(override('2026-W42')).toMatchObject({ kind: 'teaching', override: 'teaching' });

  await strip.getByRole('button', { name: /^Week 42 .*: lesweek/ }).click();
  await week42.getByRole('radio', { name: 'Volg de regionale vakanties' }).check();
  await week42.getByRole('button', { name: 'Opslaan' }).click();
  await expect(strip.locator('li[data-week="2026-W42"]')).toHaveAttribute('data-kind', 'holiday');
  expect(override('2026-W42')).toMatchObject({ kind: 'holiday', override: null });
});

test('a file that is not the holiday file is refused with the reason, and nothing changes', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  workspace.call('terms:create', { schoolId, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' });
  const screen = await openTab(page, 'Perioden');
  await screen.getByLabel('Schoolvakanties importeren').setInputFiles({
    name: 'iets-anders.json', mimeType: 'application/json', buffer: Buffer.from('{"content": []}'),
  });
  const error = screen.getByTestId('holiday-import-error');
  await expect(error).toContainText('Importeren van iets-anders.json is mislukt');
  await expect(error.getByTestId('api-error')).toContainText('Dit bestand bevat geen bruikbare schoolvakanties');
  expect(workspace.count(`SELECT count(*) FROM holidays`)).toBe(0);

  // The right file afterwards works, from the same picker.
  await screen.getByLabel('Schoolvakanties importeren').setInputFiles(HOLIDAY_FILE);
  await expect(screen.getByTestId('holiday-import-result')).toBeVisible();
  await expect(screen.getByTestId('holiday-import-error')).toHaveCount(0);
});

test('a term is edited, archived and restored', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' }).id;
  workspace.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-08-31', endDate: '2026-11-08' });
  const screen = await openTab(page, 'Perioden');
  const table = dataTable(screen, 'terms');
  await table.getByRole('button', { name: 'Bewerken: Periode 1 2026-2027 (ROC Rivierstad)' }).click();
  const form = panel(page, 'Periode bewerken');
  await expect(form.getByLabel(/^Begindatum/)).toHaveValue('2026-08-31');
  await form.getByLabel(/^Einddatum/).fill('2026-11-15');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();
  await expect(row(table, 'Periode 1')).toContainText('15 nov 2026');
  expect(workspace.count(`SELECT count(*) FROM term_weeks t JOIN terms x ON x.id = t.term_id WHERE x.name = 'Periode 1'`)).toBe(11);

  await table.getByRole('button', { name: 'Archiveren: Periode 1 2026-2027 (ROC Rivierstad)' }).click();
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(0));
  expect(workspace.count(`SELECT count(*) FROM terms WHERE archived_at IS NOT NULL`)).toBe(1);
  await table.getByLabel('Toon gearchiveerde (1)').check();
  await table.getByRole('button', { name: 'Terugzetten: Periode 1 2026-2027 (ROC Rivierstad)' }).click();
  await expect(row(table, 'Periode 1')).not.toContainText('gearchiveerd');
  expect(workspace.count(`SELECT count(*) FROM terms WHERE archived_at IS NULL`)).toBe(1);
});

import { expect, test } from './harness/fixtures';
import { dataTable, rowCountText } from './harness/screens';
import { openTab, panel, row, shot } from './education-steps';

// "Schooljaar kopiëren": a preview of what a copy would create (existing terms greyed out), the copy, and its undo.
test.use({ startWith: 'empty' });

test('a school year is copied after a preview, and the copy is undone in one step', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  const programmeId = workspace.call('programmes:create', { schoolId, name: 'HBO-ICT', level: 'bachelor' }).id;
  const p1 = workspace.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2025-09-01', endDate: '2025-11-09' }).id;
  workspace.call('terms:create', { schoolId, name: 'Periode 2', startDate: '2025-11-10', endDate: '2026-01-25' });
  workspace.call('terms:setWeekKind', { termId: p1, week: '2025-W45', kind: 'exam', note: 'Toetsweek' });
  workspace.call('cohorts:create', { programmeId, termId: p1, teamCount: 6, studentsPerTeam: 4, minutesPerStudentWeek: 600 });
  workspace.call('offerings:create', { name: 'Digitale roadmap', theme: 'other', durationValue: 10, durationUnit: 'weeks', effortMinutes: 6000, teamSize: 4, levels: ['bachelor'], termIds: [p1] });
  // Periode 2 already exists next year: the copy skips it.
  workspace.call('terms:create', { schoolId, name: 'Periode 2', startDate: '2026-11-09', endDate: '2027-01-24' });
  const nextYear = () => workspace.count(`SELECT count(*) FROM terms WHERE school_year = '2026-2027'`);

  const screen = await openTab(page, 'Perioden');
  const table = dataTable(screen, 'terms');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(3));
  await screen.getByRole('button', { name: 'Schooljaar kopiëren' }).click();
  const dialog = panel(page, 'Schooljaar kopiëren');
  await dialog.getByLabel('Kopieer schooljaar').selectOption('2025-2026');
  await expect(dialog).toContainText('Naar schooljaar 2026-2027');

  const preview = dialog.getByTestId('rollover-preview');
  const first = preview.getByRole('row').filter({ hasText: 'Periode 1' });
  await expect(first.getByRole('rowheader')).toHaveText('Periode 1Hogeschool Noorderpoort');
  await expect(first.getByRole('cell')).toHaveText(['31 aug – 8 nov 2026nu 1 sep – 9 nov 2025', '10', '1', '6']);
  await expect(first).toHaveAttribute('data-exists', 'false');
  const second = preview.getByRole('row').filter({ hasText: 'Periode 2' });
  await expect(second).toHaveAttribute('data-exists', 'true');
  await expect(second).toContainText('bestaat al');
  await expect(dialog).toContainText('1 nieuw, 1 bestaan al. 1 menukaart-item wordt ook aan de nieuwe perioden gekoppeld.');
  await shot(page, 'rollover-preview');
  expect(nextYear()).toBe(1); // the preview writes nothing

  await dialog.getByRole('button', { name: 'Kopiëren naar 2026-2027' }).click();
  await expect(dialog.getByTestId('rollover-done')).toContainText('1 periode gekopieerd naar 2026-2027.');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(4));
  expect(nextYear()).toBe(2);
  const copy = workspace.count(`SELECT id FROM terms WHERE school_year = '2026-2027' AND name = 'Periode 1'`);
  expect(workspace.db.prepare(`SELECT start_date AS start, end_date AS end FROM terms WHERE id = ?`).get(copy)).toEqual({ start: '2026-08-31', end: '2026-11-08' });
  expect(workspace.db.prepare(`SELECT week FROM term_weeks WHERE term_id = ? AND kind = 'exam'`).pluck().all(copy)).toEqual(['2026-W45']);
  expect(workspace.db.prepare(`SELECT team_count FROM cohorts WHERE term_id = ?`).pluck().all(copy)).toEqual([6]);
  expect(workspace.count(`SELECT count(*) FROM offering_terms WHERE term_id = ?`, copy)).toBe(1);
  await shot(page, 'rollover-done');

  // One undo step takes the whole copy back.
  await dialog.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(dialog.getByTestId('rollover-done')).toContainText('Het kopiëren is ongedaan gemaakt.');
  await expect(table.getByTestId('row-count')).toHaveText(rowCountText(3));
  expect(nextYear()).toBe(1);
  expect(workspace.count(`SELECT count(*) FROM cohorts`)).toBe(1);
  await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Copying again, and this time keeping it; the preview now shows the year as it is.
  await screen.getByRole('button', { name: 'Schooljaar kopiëren' }).click();
  await dialog.getByLabel('Kopieer schooljaar').selectOption('2025-2026');
  await expect(preview.getByRole('row').filter({ hasText: 'Periode 1' })).toHaveAttribute('data-exists', 'false');
  await dialog.getByRole('button', { name: 'Kopiëren naar 2026-2027' }).click();
  await expect(dialog.getByTestId('rollover-done')).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(row(table, /Periode 1.*2026-2027/)).toHaveCount(1);
  expect(nextYear()).toBe(2);

  // With everything copied, the preview says there is nothing left to do.
  await screen.getByRole('button', { name: 'Schooljaar kopiëren' }).click();
  await dialog.getByLabel('Kopieer schooljaar').selectOption('2025-2026');
  await expect(dialog).toContainText('Alle perioden van 2026-2027 bestaan al: er valt niets te kopiëren.');
  await expect(dialog.getByRole('button', { name: 'Kopiëren naar 2026-2027' })).toBeDisabled();
});

import { expect, test } from './harness/fixtures';
import { cellUnder, dataTable, rowCountText } from './harness/screens';
import { openTab, panel, row, shot } from './education-steps';

// Cohorts (capacity of a programme in a term), team names and the capacity totals per school and term.
test.use({ startWith: 'empty' });

test('capacity is added in hours, its teams are named, and the totals per school follow', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' }).id;
  workspace.call('programmes:create', { schoolId, name: 'Software Developer', level: 'mbo-4', themes: ['website_webshop'] });
  workspace.call('programmes:create', { schoolId, name: 'Marketing & Communicatie', level: 'mbo-4' });
  const termId = workspace.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-08-31', endDate: '2026-11-08' }).id;
  const teachingWeeks = workspace.count(`SELECT count(*) FROM term_weeks WHERE term_id = ? AND kind = 'teaching'`, termId);

  const screen = await openTab(page, 'Capaciteit');
  const cohorts = dataTable(screen, 'cohorts');
  await expect(cohorts.getByTestId('row-count')).toHaveText(rowCountText(0));

  await screen.getByRole('button', { name: '+ Capaciteit toevoegen' }).click();
  const form = panel(page, 'Capaciteit toevoegen');
  // The term list waits for the programme: only that school's terms can be chosen.
  await expect(form.getByLabel(/^Periode/)).toBeDisabled();
  await form.getByLabel(/^Opleiding/).selectOption({ label: 'Software Developer · mbo 4 · ROC Rivierstad' });
  await form.getByLabel(/^Periode/).selectOption({ label: 'Periode 1 · 2026-2027 (31 aug 2026 – 8 nov 2026)' });
  await form.getByLabel(/^Aantal teams/).fill('3');
  await form.getByLabel(/^Studenten per team/).fill('4');
  await form.getByLabel(/^Uren per student per week/).fill('12,5');
  await form.getByLabel(/^Begeleider/).fill('Mw. de Vries');
  await expect(form.getByTestId('cohort-totals')).toHaveText('Samen 12 studenten en 150 studenturen per week.');
  await shot(page, 'cohort-form');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form).toBeHidden();

  await expect(cohorts.getByTestId('row-count')).toHaveText(rowCountText(1));
  const created = row(cohorts, 'Software Developer');
  await expect(await cellUnder(cohorts, created, 'Capaciteit')).toHaveText('3 × 4 studenten · 12,5 u p.w.');
  expect(workspace.db.prepare(`SELECT team_count AS teams, students_per_team AS size, minutes_per_student_week AS minutes, coach_name AS coach FROM cohorts`).get())
    .toEqual({ teams: 3, size: 4, minutes: 750, coach: 'Mw. de Vries' });
  const cohortId = workspace.count(`SELECT id FROM cohorts`);
  expect(workspace.count(`SELECT count(*) FROM teams WHERE cohort_id = ?`, cohortId)).toBe(3);

  // Totals per school and term, and the chart for the school year.
  const summary = dataTable(screen, 'capacity-summary');
  const line = row(summary, 'ROC Rivierstad');
  await expect(await cellUnder(summary, line, 'Teams')).toHaveText('3');
  await expect(await cellUnder(summary, line, 'Studenten')).toHaveText('12');
  await expect(await cellUnder(summary, line, 'Studenturen per week')).toHaveText('150');
  await expect(await cellUnder(summary, line, 'Studenturen totaal')).toHaveText((150 * teachingWeeks).toLocaleString('nl-NL'));
  await expect(screen.getByTestId('capacity-per-school')).toContainText('Capaciteit per school in 2026-2027');
  await expect(screen.getByTestId('capacity-chart-teams').getByRole('img')).toHaveAccessibleName('Teams per school in 2026-2027: ROC Rivierstad 3');
  await expect(screen.getByTestId('capacity-chart-teams').locator('.recharts-bar-rectangle')).toHaveCount(1);
  await shot(page, 'tab-capacity');

  // Name a team.
  await cohorts.getByRole('button', { name: 'Teams benoemen: Software Developer Periode 1 2026-2027' }).click();
  const teams = panel(page, 'Teamnamen');
  await expect(teams.getByLabel(/^Team \d/)).toHaveCount(3);
  await teams.getByLabel('Team 1').fill('Team Webwinkel');
  await shot(page, 'team-names');
  await teams.getByRole('button', { name: 'Opslaan' }).click();
  await expect(teams).toBeHidden();
  expect(workspace.db.prepare(`SELECT name FROM teams WHERE cohort_id = ? ORDER BY slot`).pluck().all(cohortId)).toEqual(['Team Webwinkel', null, null]);
  await cohorts.getByRole('button', { name: 'Teams benoemen: Software Developer Periode 1 2026-2027' }).click();
  await expect(teams.getByLabel('Team 1')).toHaveValue('Team Webwinkel');
  await teams.getByRole('button', { name: 'Annuleren' }).click();

  // The same programme in the same term again: refused next to the term.
  await screen.getByRole('button', { name: '+ Capaciteit toevoegen' }).click();
  await form.getByLabel(/^Opleiding/).selectOption({ label: 'Software Developer · mbo 4 · ROC Rivierstad' });
  await form.getByLabel(/^Periode/).selectOption({ label: 'Periode 1 · 2026-2027 (31 aug 2026 – 8 nov 2026)' });
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByLabel(/^Periode/)).toHaveAccessibleDescription('Deze opleiding heeft al capaciteit in die periode.');
  await form.getByRole('button', { name: 'Annuleren' }).click();

  // More teams: the team slots follow.
  await cohorts.getByRole('button', { name: 'Bewerken: Software Developer Periode 1 2026-2027' }).click();
  const edit = panel(page, 'Capaciteit bewerken');
  await expect(edit.getByLabel(/^Uren per student per week/)).toHaveValue('12,5');
  await edit.getByLabel(/^Aantal teams/).fill('5');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(edit).toBeHidden();
  await expect(await cellUnder(summary, line, 'Teams')).toHaveText('5');
  expect(workspace.count(`SELECT count(*) FROM teams WHERE cohort_id = ?`, cohortId)).toBe(5);
});

test('capacity is archived after a confirmation, and comes back with undo', async ({ page, workspace }) => {
  const schoolId = workspace.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' }).id;
  const programmeId = workspace.call('programmes:create', { schoolId, name: 'Software Developer', level: 'mbo-4' }).id;
  const termId = workspace.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-08-31', endDate: '2026-11-08' }).id;
  workspace.call('cohorts:create', { programmeId, termId, teamCount: 4, studentsPerTeam: 5, minutesPerStudentWeek: 480 });
  const screen = await openTab(page, 'Capaciteit');
  const cohorts = dataTable(screen, 'cohorts');
  await expect(cohorts.getByTestId('row-count')).toHaveText(rowCountText(1));

  await cohorts.getByRole('button', { name: 'Archiveren: Software Developer Periode 1 2026-2027' }).click();
  const confirm = page.getByRole('dialog', { name: 'Capaciteit archiveren?' });
  await expect(confirm).toContainText('Software Developer in Periode 1 2026-2027 verdwijnt uit de planner');
  await shot(page, 'cohort-archive-confirm');
  await confirm.getByRole('button', { name: 'Archiveren' }).click();
  await expect(confirm).toBeHidden();
  await expect(cohorts.getByTestId('row-count')).toHaveText(rowCountText(0));
  expect(workspace.count(`SELECT count(*) FROM cohorts WHERE archived_at IS NOT NULL`)).toBe(1);
  await expect(await cellUnder(dataTable(screen, 'capacity-summary'), row(dataTable(screen, 'capacity-summary'), 'ROC Rivierstad'), 'Teams')).toHaveText('0');

  // Undo (the app's Ctrl+Z calls the same channel); the screen follows the change.
  expect(workspace.call('history:undo').done).toBe('cohorts:archive');
  await expect(cohorts.getByTestId('row-count')).toHaveText(rowCountText(1));
  expect(workspace.count(`SELECT count(*) FROM cohorts WHERE archived_at IS NULL`)).toBe(1);
});

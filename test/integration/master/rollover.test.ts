import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';

let core: Core;
beforeEach(() => {
  core = openCore();
});
afterEach(() => core.close());

it('copies terms a year on (same ISO weeks), their exam weeks, cohorts and menukaart, after a preview', () => {
  const schoolId = core.call('schools:create', { name: 'Hogeschool Noorderpoort', kind: 'hbo', brin: '21NP', holidayRegion: 'noord' }).id;
  const programmeId = core.call('programmes:create', { schoolId, name: 'HBO-ICT', level: 'bachelor' }).id;
  const termId = core.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2025-09-01', endDate: '2025-11-09' }).id;
  core.call('terms:setWeekKind', { termId, week: '2025-W45', kind: 'exam' });
  core.call('cohorts:create', { programmeId, termId, teamCount: 6, studentsPerTeam: 4, minutesPerStudentWeek: 600 });
  core.call('offerings:create', { name: 'Digitale roadmap', theme: 'other', durationValue: 10, durationUnit: 'weeks', effortMinutes: 6000, teamSize: 4, levels: ['bachelor'], termIds: [termId] });

  const preview = core.call('rollover:preview', { fromYear: '2025-2026' });
  expect(preview).toMatchObject({ toYear: '2026-2027', offerings: 1 });
  expect(preview.terms).toEqual([expect.objectContaining({
    startDate: '2025-09-01', newStartDate: '2026-08-31', newEndDate: '2026-11-08', weekCount: 10, cohorts: 1, teams: 6, exists: false,
  })]);
  expect(core.call('terms:list')).toHaveLength(1); // a preview writes nothing

  core.call('rollover:apply', { fromYear: '2025-2026' });
  const next = core.call('terms:list').find((t) => t.schoolYear === '2026-2027')!;
  expect(next).toMatchObject({ name: 'Periode 1', startDate: '2026-08-31', weekCount: 10, examWeeks: 1 });
  expect(core.call('terms:weeks', { termId: next.id }).find((w) => w.kind === 'exam')!.week).toBe('2026-W45');
  expect(core.call('cohorts:list', { termId: next.id })).toEqual([expect.objectContaining({ teamCount: 6, studentsPerTeam: 4 })]);
  expect(core.count(`SELECT count(*) FROM offering_terms WHERE term_id = ?`, next.id)).toBe(1);
  // Running it again creates nothing twice, and one undo removes the whole rollover.
  expect(core.call('rollover:apply', { fromYear: '2025-2026' }).terms[0]!.exists).toBe(true);
  expect(core.call('terms:list')).toHaveLength(2);
  core.call('history:undo');
  core.call('history:undo');
  expect(core.call('terms:list')).toHaveLength(1);
  expect(core.count(`SELECT count(*) FROM teams`)).toBe(6);
});

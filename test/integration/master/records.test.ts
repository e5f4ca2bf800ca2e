import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../helpers/coreHarness';

let core: Core;
let schoolId: number;
let programmeId: number;
let termId: number;
beforeEach(() => {
  core = openCore();
  schoolId = core.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25rr', holidayRegion: 'midden' }).id;
  programmeId = core.call('programmes:create', {
    schoolId, name: 'Software Developer', level: 'mbo-4', crebo: '25604', themes: ['website_webshop', 'automation_processes'], coaches: ['Mw. de Vries'],
  }).id;
  termId = core.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-08-31', endDate: '2026-11-08' }).id;
});
afterEach(() => core.close());

describe('schools and programmes', () => {
  it('normalises the BRIN and refuses a second school with the same one', () => {
    expect(core.call('schools:list')[0]).toMatchObject({ brin: '25RR', programmeCount: 1 });
    const err = core.fail('schools:create', { name: 'Ander ROC', kind: 'mbo', brin: '25RR', holidayRegion: 'zuid' });
    expect(err.message).toBe('BRIN-code 25RR hoort al bij ROC Rivierstad.');
  });
  it('keeps themes and coaches of a programme, and edits only what changed', () => {
    core.call('programmes:update', { id: programmeId, values: {
      schoolId, name: 'Software Developer', level: 'mbo-4', crebo: '25604', themes: ['website_webshop', 'data_dashboards'], coaches: ['Mw. de Vries'],
    } });
    expect(core.call('programmes:list')[0]).toMatchObject({ themes: expect.arrayContaining(['website_webshop', 'data_dashboards']), coaches: ['Mw. de Vries'] });
    expect(core.call('programmes:list')[0]!.themes).toHaveLength(2);
    const logged = core.db().prepare(`SELECT entity, action FROM change_log c JOIN action_groups g ON g.id = c.group_id
      WHERE g.label = 'programmes:update' ORDER BY c.id`).all();
    expect(logged).toEqual([
      { entity: 'programme_themes', action: 'delete' },
      { entity: 'programme_themes', action: 'insert' },
    ]);
  });
  it('archives and restores without losing links', () => {
    core.call('programmes:archive', { id: programmeId, archived: true });
    expect(core.call('programmes:list')[0]!.archived).toBe(true);
    expect(core.call('schools:list')[0]!.programmeCount).toBe(0);
    core.call('programmes:archive', { id: programmeId, archived: false });
    expect(core.call('programmes:list')[0]).toMatchObject({ archived: false, themes: expect.any(Array) });
  });
});

describe('cohorts and capacity', () => {
  it('creates team slots with the cohort and totals capacity per school and term', () => {
    const { id: cohortId } = core.call('cohorts:create', { programmeId, termId, teamCount: 4, studentsPerTeam: 5, minutesPerStudentWeek: 480 });
    expect(core.call('teams:list', { cohortId }).map((t) => t.slot)).toEqual([1, 2, 3, 4]);
    expect(core.call('capacity:summary')).toEqual([expect.objectContaining({
      schoolName: 'ROC Rivierstad', termName: 'Periode 1', cohorts: 1, teams: 4, students: 20, studentMinutesPerWeek: 20 * 480,
    })]);
    const err = core.fail('cohorts:create', { programmeId, termId, teamCount: 1, studentsPerTeam: 5, minutesPerStudentWeek: 480 });
    expect(err.code).toBe('cohort_exists');
  });
  it('brings an archived cohort back when the same programme and term get capacity again', () => {
    const { id } = core.call('cohorts:create', { programmeId, termId, teamCount: 2, studentsPerTeam: 4, minutesPerStudentWeek: 240 });
    core.call('cohorts:archive', { id, archived: true });
    expect(core.call('cohorts:list', { termId })).toEqual([]);
    const again = core.call('cohorts:create', { programmeId, termId, teamCount: 3, studentsPerTeam: 5, minutesPerStudentWeek: 300 });
    expect(again.id).toBe(id);
    expect(core.call('cohorts:list', { termId })).toEqual([expect.objectContaining({ teamCount: 3, studentsPerTeam: 5 })]);
    expect(core.call('teams:list', { cohortId: id })).toHaveLength(3);
  });

  it('names a team, and refuses to remove a team that still has work', () => {
    const { id: cohortId } = core.call('cohorts:create', { programmeId, termId, teamCount: 3, studentsPerTeam: 4, minutesPerStudentWeek: 240 });
    const teams = core.call('teams:list', { cohortId });
    core.call('teams:rename', { teamId: teams[0]!.id, name: 'Team Webwinkel' });
    expect(core.call('teams:list', { cohortId })[0]!.name).toBe('Team Webwinkel');
    const db = core.db();
    db.prepare(`INSERT INTO smes (id, name, kvk, fte) VALUES (1, 'Bakkerij Bol', '12345678', 4)`).run();
    db.prepare(`INSERT INTO requests (id, sme_id, received_on) VALUES (1, 1, '2026-08-01')`).run();
    db.prepare(`INSERT INTO assignments (request_id, team_id, term_id, start_week, end_week) VALUES (1, ?, ?, '2026-W37', '2026-W40')`).run(teams[2]!.id, termId);
    const err = core.fail('cohorts:update', { id: cohortId, values: { programmeId, termId, teamCount: 2, studentsPerTeam: 4, minutesPerStudentWeek: 240 } });
    expect(err.code).toBe('team_has_assignments');
    expect(core.call('teams:list', { cohortId })).toHaveLength(3);
    core.call('cohorts:update', { id: cohortId, values: { programmeId, termId, teamCount: 5, studentsPerTeam: 4, minutesPerStudentWeek: 240 } });
    expect(core.call('teams:list', { cohortId })).toHaveLength(5);
  });
});

describe('menukaart', () => {
  it('stores levels, delivering programmes and terms, and validates the form values', () => {
    const { id } = core.call('offerings:create', {
      name: 'Webshop bouwen', theme: 'website_webshop', description: 'Een werkende webshop', durationValue: 10,
      durationUnit: 'weeks', effortMinutes: 400 * 60, teamSize: 4, levels: ['mbo-4', 'ad'], programmeIds: [programmeId], termIds: [termId],
    });
    expect(core.call('offerings:list')[0]).toMatchObject({ name: 'Webshop bouwen', levels: ['ad', 'mbo-4'].sort(), programmeCount: 1 });
    expect(core.call('offerings:links', { id })).toEqual({ programmeIds: [programmeId], termIds: [termId] });
    const err = core.fail('offerings:create', {
      name: ' ', theme: 'website_webshop', durationValue: 0, durationUnit: 'weeks', effortMinutes: 0, teamSize: 4, levels: [],
    });
    expect((err.details as { path: string[]; message: string }[]).map((d) => [d.path[0], d.message])).toEqual([
      ['name', 'Vul dit veld in.'],
      ['durationValue', 'Minstens 1.'],
      ['levels', 'Kies er minstens één.'],
    ]);
  });
});

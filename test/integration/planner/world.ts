import type { Core } from '../../helpers/coreHarness';

/**
 * A small werkplaats built through the same channels the UI uses: one mbo school (region midden) with a
 * website programme, a 10-week term with an autumn holiday week, two teams, a 4-week website offering and
 * a masters-only data offering, and requests waiting for a team.
 */
export function buildWorld(core: Core) {
  const schoolId = core.call('schools:create', { name: 'ROC Rivierstad', kind: 'mbo', brin: '25RR', holidayRegion: 'midden' }).id;
  const programmeId = core.call('programmes:create', { schoolId, name: 'Software Developer', level: 'mbo-4', themes: ['website_webshop'] }).id;
  const termId = core.call('terms:create', { schoolId, name: 'Periode 1', startDate: '2026-08-31', endDate: '2026-11-08' }).id;
  core.call('terms:setWeekKind', { termId, week: '2026-W43', kind: 'holiday' });
  const cohortId = core.call('cohorts:create', { programmeId, termId, teamCount: 2, studentsPerTeam: 4, minutesPerStudentWeek: 600 }).id;
  const [team1, team2] = core.call('teams:list', { cohortId }).map((t) => t.id) as [number, number];
  const website = core.call('offerings:create', {
    name: 'Website vernieuwen', theme: 'website_webshop', durationValue: 4, durationUnit: 'weeks', effortMinutes: 60 * 60, teamSize: 4, levels: ['mbo-4'],
  }).id;
  const dashboard = core.call('offerings:create', {
    name: 'Datadashboard', theme: 'data_dashboards', durationValue: 2, durationUnit: 'weeks', effortMinutes: 60 * 60, teamSize: 4, levels: ['master'],
  }).id;
  const request = (name: string, kvk: string, offeringId: number, extra: Record<string, unknown> = {}) => {
    const smeId = core.call('smes:create', { name, kvk, fte: 5, postcode: '3511 AB', holidayRegion: 'midden' }).id;
    const id = core.call('requests:create', { smeId, offeringId, question: `Vraag van ${name}`, receivedOn: '2026-08-01', ...extra }).id;
    core.call('requests:setStatus', { requestId: id, status: 'ready_for_matching' });
    return id;
  };
  const bakery = request('Bakkerij Bol', '11111111', website);
  const bikes = request('Fietsenmaker Spaak', '22222222', website);
  const data = request('Datahuis', '33333333', dashboard);
  const late = request('Kapsalon Knip', '44444444', website, { preferredStart: '2026-10-26', preferredEnd: '2026-11-30' });
  return { schoolId, programmeId, termId, cohortId, team1, team2, website, dashboard, requests: { bakery, bikes, data, late } };
}

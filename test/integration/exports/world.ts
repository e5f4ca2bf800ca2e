import type { Core } from '../../helpers/coreHarness';

/**
 * Two schools, built through the app's own channels. Zuidhaven (mbo) has two programmes in a term that runs over
 * New Year through ISO week 53 of 2026, and SMEs whose names and questions hold ; " line breaks, ë, € and a
 * leading +. Noorderlicht (hbo) has its own term and an SME with a recognisable name and contact: none of it may
 * ever show up in a Zuidhaven export.
 */
export function buildExportWorld(core: Core) {
  const zuid = core.call('schools:create', {
    name: 'Grafisch Lyceum Zuidhaven', shortName: 'GLZ', kind: 'mbo', brin: '25ZH', holidayRegion: 'zuid',
    contactName: 'Ingrid Bakker', contactEmail: 'i.bakker@glz.nl',
  }).id;
  const noord = core.call('schools:create', { name: 'Hogeschool Noorderlicht', kind: 'hbo', brin: '21NL', holidayRegion: 'noord' }).id;

  const media = core.call('programmes:create', { schoolId: zuid, name: 'Mediavormgever', level: 'mbo-4', themes: ['online_marketing_sales'] }).id;
  const software = core.call('programmes:create', { schoolId: zuid, name: 'Software Developer', level: 'mbo-4', themes: ['website_webshop'] }).id;
  const minor = core.call('programmes:create', { schoolId: noord, name: 'Minor Data Science', level: 'bachelor', themes: ['data_dashboards'] }).id;

  const term = core.call('terms:create', { schoolId: zuid, name: 'Periode 2', startDate: '2026-11-02', endDate: '2027-01-31' }).id;
  const otherTerm = core.call('terms:create', { schoolId: noord, name: 'Semester 1', startDate: '2026-08-31', endDate: '2027-01-31' }).id;
  core.call('terms:setWeekKind', { termId: term, week: '2026-W52', kind: 'holiday' });
  core.call('terms:setWeekKind', { termId: term, week: '2027-W04', kind: 'exam' });

  const mediaCohort = core.call('cohorts:create', { programmeId: media, termId: term, teamCount: 2, studentsPerTeam: 4, minutesPerStudentWeek: 480, coachName: 'Femke Visser' }).id;
  const softwareCohort = core.call('cohorts:create', { programmeId: software, termId: term, teamCount: 1, studentsPerTeam: 4, minutesPerStudentWeek: 600 }).id;
  const minorCohort = core.call('cohorts:create', { programmeId: minor, termId: otherTerm, teamCount: 1, studentsPerTeam: 5, minutesPerStudentWeek: 900 }).id;
  const [media1, media2] = core.call('teams:list', { cohortId: mediaCohort }).map((t) => t.id) as [number, number];
  const [soft1] = core.call('teams:list', { cohortId: softwareCohort }).map((t) => t.id) as [number];
  const [minor1] = core.call('teams:list', { cohortId: minorCohort }).map((t) => t.id) as [number];
  // Noorderlicht's minor also has a team in Zuidhaven's term (a shared minor): that team is Noorderlicht's, not Zuidhaven's.
  const sharedCohort = core.call('cohorts:create', { programmeId: minor, termId: term, teamCount: 1, studentsPerTeam: 5, minutesPerStudentWeek: 900 }).id;
  const [shared1] = core.call('teams:list', { cohortId: sharedCohort }).map((t) => t.id) as [number];
  core.call('teams:rename', { teamId: media1, name: 'De Beeldbouwers' });

  const offering = (name: string, theme: 'online_marketing_sales' | 'website_webshop' | 'data_dashboards', weeks: number, levels: ('mbo-4' | 'bachelor')[]) =>
    core.call('offerings:create', { name, theme, durationValue: weeks, durationUnit: 'weeks', effortMinutes: 3600, teamSize: 4, levels }).id;
  const social = offering('Social-mediaplan', 'online_marketing_sales', 4, ['mbo-4']);
  const website = offering('Website vernieuwen', 'website_webshop', 3, ['mbo-4']);
  const dashboard = offering('Datadashboard', 'data_dashboards', 4, ['bachelor']);

  let kvk = 50000000;
  const request = (sme: Record<string, unknown>, offeringId: number, question: string) => {
    const smeId = core.call('smes:create', { kvk: String(++kvk), fte: 6, ...sme } as never).id;
    const id = core.call('requests:create', { smeId, offeringId, question, receivedOn: '2026-09-01' }).id;
    core.call('requests:setStatus', { requestId: id, status: 'ready_for_matching' });
    return id;
  };
  const bakery = request({
    name: 'Bakkerij "De Zoete Inval"; Smit & Zn', municipality: 'Middelburg', contactName: 'Anouk Meijer',
    contactEmail: 'anouk@zoeteinval.nl', contactPhone: '+31 6 12345678',
  }, social, 'Meer klanten via Instagram;\nen een "echte" huisstijl voor € 0');
  const cafe = request({ name: 'Café Ëlla', municipality: 'Vlissingen', contactName: 'Ella Brouwer', contactEmail: 'ella@cafeella.nl' }, social, 'Reserveringen online');
  const plus = request({ name: '+Plus Marketing', municipality: 'Goes' }, website, 'Nieuwe website');
  const shared = request({ name: 'Geheimhouding Zuid BV', municipality: 'Assen', contactName: 'Piet Verborgen' }, dashboard, 'Gedeelde minor');
  const secret = request({
    name: 'Geheimhouding Noord BV', municipality: 'Groningen', contactName: 'Piet Verborgen', contactEmail: 'piet@geheim.nl',
  }, dashboard, 'Dashboard voor de verkoop');

  const assign = (requestId: number, teamId: number, startWeek: string) => {
    const r = core.call('planner:assign', { items: [{ requestId, teamId, startWeek }] });
    return r;
  };
  assign(bakery, media1, '2026-W45');
  assign(cafe, media2, '2026-W53');
  assign(plus, soft1, '2026-W46');
  assign(secret, minor1, '2026-W40');
  assign(shared, shared1, '2026-W46');

  return { zuid, noord, term, otherTerm, teams: { media1, media2, soft1, minor1, shared1 }, requests: { bakery, cafe, plus, secret, shared } };
}

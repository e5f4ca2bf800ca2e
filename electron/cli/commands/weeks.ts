import { HOLIDAY_REGIONS, type HolidayRegion, type WeekKind } from '../../../shared/domain/constants';
import { holidayCoversWeek } from '../../../shared/domain/holidays';
import type { SchoolRow, TermRow, TermWeekRow } from '../../../shared/schemas/rows';
import type { HolidayRow } from '../../../shared/schemas/masterRows';
import { parse, positionals, requireValue, type CliCommand } from '../command';
import { withFileRouter } from '../fileHost';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { mustExist } from '../sqliteFile';
import { formatTable } from '../table';

const KIND_NL: Record<WeekKind, string> = { teaching: 'onderwijs', exam: 'toetsen', holiday: 'vakantie', free: 'vrij' };

/**
 * Each ISO week of a term (week 53 included where the year has one) with its kind at the school — the regional
 * holidays plus the school's own exam, free and overridden weeks — and, per holiday region, whether the
 * government's holidays make it a holiday week there.
 */
export const weeksCommand: CliCommand = {
  usage: `weeks --db WERKPLAATS --term ID [--json]

  --db      het werkplaatsbestand
  --term    id van de onderwijsperiode (zie: list terms)
  --json    als JSON: per week het soort bij de school en per regio (noord, midden, zuid)`,
  run(args, io) {
    const { values, positionals: rest } = parse(args, { db: { type: 'string' }, term: { type: 'string' }, json: { type: 'boolean' } });
    positionals(rest, []);
    const file = requireValue(values.db, 'db');
    const termText = requireValue(values.term, 'term');
    const termId = Number(termText);
    if (!Number.isInteger(termId) || termId <= 0) {
      throw new CliError(cliMessage('badValue', { name: '--term', value: termText, expected: 'een id (geheel getal)' }), EXIT_USAGE);
    }
    mustExist(file);
    return withFileRouter(file, (router) => {
      const get = <T>(channel: 'terms:list' | 'schools:list' | 'holidays:list' | 'terms:weeks', input?: unknown): T => {
        const r = router.invoke(channel, input);
        if (!r.ok) throw new CliError(r.error.message);
        return r.value as T;
      };
      const term = get<TermRow[]>('terms:list').find((t) => t.id === termId);
      if (!term) throw new CliError(`Onderwijsperiode ${termId} bestaat niet.`);
      const school = get<SchoolRow[]>('schools:list').find((s) => s.id === term.schoolId);
      const holidays = get<HolidayRow[]>('holidays:list');
      const weeks = get<TermWeekRow[]>('terms:weeks', { termId });
      const regionKind = (monday: string, region: HolidayRegion): 'holiday' | 'teaching' =>
        holidays.some((h) => h.region === region && holidayCoversWeek(monday, h.startDate, h.endDate)) ? 'holiday' : 'teaching';
      const rows = weeks.map((w) => ({
        week: w.week, monday: w.monday, kind: w.kind, setBySchool: w.manual, note: w.note,
        regions: Object.fromEntries(HOLIDAY_REGIONS.map((r) => [r, regionKind(w.monday, r)])) as Record<HolidayRegion, 'holiday' | 'teaching'>,
      }));
      if (values.json) {
        io.out(JSON.stringify({
          term: { id: term.id, name: term.name, schoolYear: term.schoolYear, startDate: term.startDate, endDate: term.endDate },
          school: school ? { id: school.id, name: school.name, holidayRegion: school.holidayRegion } : null,
          weeks: rows,
        }, null, 2));
        return EXIT_OK;
      }
      io.out(`${term.name} — ${term.schoolName}${school ? ` (regio ${school.holidayRegion})` : ''}, ${term.startDate} t/m ${term.endDate}\n`);
      io.out(formatTable(['week', 'maandag', 'school', ...HOLIDAY_REGIONS, 'notitie'], rows.map((r) => [
        r.week, r.monday, `${KIND_NL[r.kind]}${r.setBySchool ? ' *' : ''}`,
        ...HOLIDAY_REGIONS.map((g) => (r.regions[g] === 'holiday' ? 'vakantie' : '')), r.note ?? '',
      ])));
      if (rows.some((r) => r.setBySchool)) io.out('\n* door de school zelf ingesteld');
      return EXIT_OK;
    });
  },
};

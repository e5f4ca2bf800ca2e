import type { WeekKind } from '../../../shared/domain/constants';
import { dayOf, isoOf, mondayOfDay, weekKeyOfDay, type Day } from './calendar';
import { summerOf, type HolidayCalendar } from './holidays';
import type { School, Term, TermWeek } from './model';
import type { TermSystem } from './words';
import type { Writer } from './writer';

export const SCHOOL_YEARS = [2025, 2026] as const;

interface TermPlan {
  name: string;
  start: Day;
  end: Day;
}

const mondayOfIsoWeek = (year: number, week: number): Day => mondayOfDay(dayOf(`${year}-01-04`)) + (week - 1) * 7;

/**
 * The terms of one school year. Teaching starts the Monday after the region's summer holiday and the last term
 * ends the Friday before the next one; semesters split at ISO week 6, hbo periods at weeks 46, 6 and 16.
 */
function plan(system: TermSystem, year: number, first: Day, lastFriday: Day): TermPlan[] {
  const friday = (y: number, w: number) => mondayOfIsoWeek(y, w) + 4;
  if (system === 'semesters') {
    return [
      { name: 'Semester 1', start: first, end: friday(year + 1, 5) },
      { name: 'Semester 2', start: mondayOfIsoWeek(year + 1, 6), end: lastFriday },
    ];
  }
  return [
    { name: 'Periode 1', start: first, end: friday(year, 45) },
    { name: 'Periode 2', start: mondayOfIsoWeek(year, 46), end: friday(year + 1, 5) },
    { name: 'Periode 3', start: mondayOfIsoWeek(year + 1, 6), end: friday(year + 1, 15) },
    { name: 'Periode 4', start: mondayOfIsoWeek(year + 1, 16), end: lastFriday },
  ];
}

/** Terms and one term_weeks row per ISO week, marked from the school's regional holidays. */
export function writeTerms(w: Writer, schools: readonly School[], calendar: HolidayCalendar): Term[] {
  const insertTerm = w.table('terms', ['id', 'school_id', 'name', 'school_year', 'start_date', 'end_date']);
  const insertWeek = w.table('term_weeks', ['term_id', 'week', 'monday', 'kind', 'override_kind', 'note']);
  const terms: Term[] = [];
  for (const school of schools) {
    for (const year of SCHOOL_YEARS) {
      const schoolYear = `${year}-${year + 1}`;
      const first = summerOf(`${year - 1}-${year}`, school.region).end + 1;
      const lastFriday = summerOf(schoolYear, school.region).start - 1;
      plan(school.termSystem, year, first, lastFriday).forEach((p, i) => {
        const weeks = weeksOf(p, school, calendar);
        const work: number[] = [];
        const workBefore: number[] = [0];
        weeks.forEach((wk, idx) => {
          if (wk.kind === 'teaching' || wk.kind === 'exam') work.push(idx);
          workBefore.push(work.length);
        });
        const term: Term = {
          id: terms.length + 1, school, name: p.name, schoolYear, index: i + 1, start: p.start, end: p.end,
          weeks, work, workBefore,
        };
        insertTerm(term.id, school.id, p.name, schoolYear, isoOf(p.start), isoOf(p.end));
        // A free week is the school's own choice, so it is stored as set by hand (override_kind): re-applying
        // the regional holidays leaves it alone.
        for (const wk of weeks) insertWeek(term.id, wk.key, isoOf(wk.monday), wk.kind, wk.kind === 'free' ? 'free' : null, wk.note);
        terms.push(term);
        school.terms.push(term);
      });
    }
  }
  return terms;
}

function weeksOf(p: TermPlan, school: School, calendar: HolidayCalendar): TermWeek[] {
  const weeks: TermWeek[] = [];
  for (let monday = mondayOfDay(p.start); monday <= p.end; monday += 7) {
    const key = weekKeyOfDay(monday);
    const holiday = calendar.holidays[school.region].get(key);
    const advice = school.takesMayAdviceWeek ? calendar.mayAdviceWeeks.get(key) : undefined;
    let kind: WeekKind = 'teaching';
    let note: string | null = null;
    if (holiday) [kind, note] = ['holiday', holiday];
    else if (advice) [kind, note] = ['free', advice];
    weeks.push({ key, monday, kind, note });
  }
  // The last two weeks that are not a holiday are for tests and resits.
  const notes = ['herkansingen', 'toetsweek'];
  for (let i = weeks.length - 1; i >= 0 && notes.length > 0; i--) {
    const wk = weeks[i]!;
    if (wk.kind !== 'teaching') continue;
    wk.kind = 'exam';
    wk.note = notes.shift()!;
  }
  return weeks;
}

import { HOLIDAY_REGIONS, type HolidayRegion } from '../../../shared/domain/constants';
import { holidayCoversWeek } from '../../../shared/domain/holidays';
import { dayOf, isoOf, mondayOfDay, weekKeyOfDay, type Day } from './calendar';
import { HOLIDAY_YEARS, MAY_ADVICE_WEEKS, PUBLIC_HOLIDAYS } from './words';
import type { Writer } from './writer';

export interface HolidayCalendar {
  /** Per region: ISO week key → name of the school holiday that takes that week. */
  holidays: Record<HolidayRegion, Map<string, string>>;
  /** Weeks by which a school may lengthen the May holiday (its own choice, not in the holidays table). */
  mayAdviceWeeks: Map<string, string>;
}

/** Every ISO week (key) that the date range takes, by the app's own rule (3 of 5 school days). */
function coveredWeeks(start: string, end: string): string[] {
  const out: string[] = [];
  for (let monday = mondayOfDay(dayOf(start)); monday <= dayOf(end); monday += 7) {
    if (holidayCoversWeek(isoOf(monday), start, end)) out.push(weekKeyOfDay(monday));
  }
  return out;
}

/**
 * Writes the regional school holidays and returns which school weeks they take. Uses the same rule as the
 * calendar service (shared holidayCoversWeek), so re-applying the holidays to the demo changes nothing.
 */
export function writeHolidays(w: Writer): HolidayCalendar {
  const insert = w.table('holidays', ['name', 'school_year', 'region', 'start_date', 'end_date', 'compulsory']);
  const holidays = { noord: new Map(), midden: new Map(), zuid: new Map() } as HolidayCalendar['holidays'];
  for (const year of HOLIDAY_YEARS) {
    for (const vacation of year.vacations) {
      for (const region of HOLIDAY_REGIONS) {
        const [start, end] = vacation.regions[region];
        insert(vacation.name, year.schoolYear, region, start, end, vacation.compulsory ? 1 : 0);
        for (const key of coveredWeeks(start, end)) holidays[region].set(key, vacation.name);
      }
    }
  }
  const mayAdviceWeeks = new Map<string, string>();
  for (const [start, end] of Object.values(MAY_ADVICE_WEEKS)) {
    for (const key of coveredWeeks(start, end)) mayAdviceWeeks.set(key, 'meivakantie (adviesweek)');
  }
  return { holidays, mayAdviceWeeks };
}

/** First and last day of the summer holiday that ends a school year, per region. */
export function summerOf(schoolYear: string, region: HolidayRegion): { start: Day; end: Day } {
  const year = HOLIDAY_YEARS.find((y) => y.schoolYear === schoolYear);
  const summer = year?.vacations.find((v) => v.name === 'Zomervakantie');
  if (!summer) throw new Error(`no summer holiday for ${schoolYear}`);
  return { start: dayOf(summer.regions[region][0]), end: dayOf(summer.regions[region][1]) };
}

const publicHolidays = new Set(PUBLIC_HOLIDAYS.map(dayOf));

export function isPublicHoliday(day: Day): boolean {
  return publicHolidays.has(day);
}

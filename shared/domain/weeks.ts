import { addDays, addWeeks, format, getISOWeek, getISOWeekYear, parseISO, setISOWeek, startOfISOWeek } from 'date-fns';

// Dates are calendar dates without a time zone (YYYY-MM-DD). date-fns works on local Date objects, so every
// date is parsed at local midnight and formatted back; no UTC conversion happens, so no day can shift.

/** An ISO week as sortable text: "2026-W53" < "2027-W01". */
export type WeekKey = `${number}-W${string}`;

export function isoDate(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

export function parseDate(s: string): Date {
  return parseISO(s);
}

export function weekKeyOf(date: string | Date): WeekKey {
  const d = typeof date === 'string' ? parseDate(date) : date;
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}` as WeekKey;
}

export function parseWeekKey(key: string): { year: number; week: number } {
  const m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!m) throw new Error(`Not an ISO week key: ${key}`);
  return { year: Number(m[1]), week: Number(m[2]) };
}

/** Monday of an ISO week. */
export function mondayOf(key: string): string {
  const { year, week } = parseWeekKey(key);
  // Jan 4th is always in ISO week 1 of its year.
  const jan4 = new Date(year, 0, 4);
  return isoDate(startOfISOWeek(setISOWeek(jan4, week)));
}

export function addWeeksToKey(key: string, n: number): WeekKey {
  return weekKeyOf(addWeeks(parseDate(mondayOf(key)), n));
}

/** Every ISO week touched by the date range [start, end], in order. */
export function weeksBetween(start: string, end: string): WeekKey[] {
  const out: WeekKey[] = [];
  let monday = startOfISOWeek(parseDate(start));
  const last = parseDate(end);
  while (monday <= last) {
    out.push(weekKeyOf(monday));
    monday = addDays(monday, 7);
  }
  return out;
}

/** How many ISO weeks a year has (52 or 53). */
export function weeksInIsoYear(year: number): number {
  return getISOWeek(new Date(year, 11, 28));
}

/** School year label for a date: it runs 1 September – 31 August. */
export function schoolYearOf(date: string): string {
  const d = parseDate(date);
  const y = d.getMonth() >= 8 ? d.getFullYear() : d.getFullYear() - 1;
  return `${y}-${y + 1}`;
}

/**
 * The same ISO week and weekday one school year later (2026-W36 Monday → 2027-W36 Monday), so a term keeps
 * its place in the teaching rhythm. A date in week 53 moves to week 52 when the next year has no week 53.
 */
export function shiftOneYear(date: string): string {
  const d = parseDate(date);
  const year = getISOWeekYear(d);
  const week = Math.min(getISOWeek(d), weeksInIsoYear(year + 1));
  const weekday = (d.getDay() + 6) % 7; // Monday = 0
  const monday = parseDate(mondayOf(`${year + 1}-W${String(week).padStart(2, '0')}`));
  return isoDate(addDays(monday, weekday));
}

/** A term belongs to the school year that holds its middle: a term starting Monday 31 August is next year's. */
export function schoolYearOfTerm(startDate: string, endDate: string): string {
  const mid = (parseDate(startDate).getTime() + parseDate(endDate).getTime()) / 2;
  return schoolYearOf(isoDate(new Date(mid)));
}

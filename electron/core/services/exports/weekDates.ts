import { addDays } from 'date-fns';
import { isoDate, mondayOf, parseDate, parseWeekKey, type WeekKey } from '../../../../shared/domain/weeks';

export { mondayOf, parseWeekKey, type WeekKey };

/** A calendar date `n` days later, as YYYY-MM-DD (local dates throughout, so no day shifts). */
export function addDaysIso(date: string, n: number): string {
  return isoDate(addDays(parseDate(date), n));
}

/** 2026-09-07 → 07-09-2026: the Dutch way (dd-mm-jjjj), used in every export whatever the language. */
export function dutchDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

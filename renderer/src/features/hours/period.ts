import { endOfMonth, format, startOfMonth, subMonths } from 'date-fns';

/** The last 12 whole months up to and including the current one, as ISO dates and month keys. */
export function lastTwelveMonths(today = new Date()): { from: string; to: string; months: string[] } {
  const first = startOfMonth(subMonths(today, 11));
  const months = Array.from({ length: 12 }, (_, i) => format(subMonths(startOfMonth(today), 11 - i), 'yyyy-MM'));
  return { from: format(first, 'yyyy-MM-dd'), to: format(endOfMonth(today), 'yyyy-MM-dd'), months };
}

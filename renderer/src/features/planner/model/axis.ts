import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { PlanTerm, PlanWeek } from '../../../../../shared/domain/planning/model';
import { mondayOf, weeksBetween, type WeekKey } from '../../../../../shared/domain/weeks';

/** The columns of the planner: every ISO week from the first to the last week of the chosen terms. */
export interface Axis {
  weeks: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Month spans for the header; a week belongs to the month of its Thursday (as ISO weeks do to years). */
  months: readonly { key: string; from: number; count: number }[];
  /** Where today falls, in columns (3.5 = Thursday of the fourth week); null when outside the columns. */
  today: number | null;
  todayWeek: string | null;
}

export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export function buildAxis(terms: readonly PlanTerm[], today: string): Axis {
  let first: string | null = null;
  let last: string | null = null;
  for (const term of terms) {
    const a = term.weeks[0]?.week;
    const b = term.weeks[term.weeks.length - 1]?.week;
    if (a && (!first || a < first)) first = a;
    if (b && (!last || b > last)) last = b;
  }
  const weeks: WeekKey[] = first && last ? weeksBetween(mondayOf(first), mondayOf(last)) : [];
  const index = new Map(weeks.map((w, i) => [w as string, i]));
  const months: { key: string; from: number; count: number }[] = [];
  weeks.forEach((w, i) => {
    const key = format(addDays(parseISO(mondayOf(w)), 3), 'yyyy-MM');
    const prev = months[months.length - 1];
    if (prev && prev.key === key) prev.count++;
    else months.push({ key, from: i, count: 1 });
  });
  let todayPos: number | null = null;
  let todayWeek: string | null = null;
  if (weeks.length > 0) {
    const days = differenceInCalendarDays(parseISO(today), parseISO(mondayOf(weeks[0]!)));
    if (days >= 0 && days < weeks.length * 7) {
      todayPos = days / 7;
      todayWeek = weeks[Math.floor(days / 7)] ?? null;
    }
  }
  return { weeks, index, months, today: todayPos, todayWeek };
}

/** A run of equally shaded weeks in one term's row: exam, holiday, free, or outside the term. */
export interface ShadeSegment { from: number; to: number; kind: PlanWeek['kind'] | 'outside' }

/**
 * Shading of the rows of one term: its non-teaching weeks and the columns outside it. Rows of the same term
 * share one list, so a row only draws a few blocks instead of a cell per week.
 */
export function shadeSegments(term: PlanTerm | undefined, axis: Axis): ShadeSegment[] {
  const out: ShadeSegment[] = [];
  const n = axis.weeks.length;
  if (!term || term.weeks.length === 0) return n > 0 ? [{ from: 0, to: n - 1, kind: 'outside' }] : [];
  const first = axis.index.get(term.weeks[0]!.week) ?? 0;
  const last = axis.index.get(term.weeks[term.weeks.length - 1]!.week) ?? n - 1;
  if (first > 0) out.push({ from: 0, to: first - 1, kind: 'outside' });
  for (const w of term.weeks) {
    if (w.kind === 'teaching') continue;
    const col = axis.index.get(w.week);
    if (col === undefined) continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === w.kind && prev.to === col - 1) prev.to = col;
    else out.push({ from: col, to: col, kind: w.kind });
  }
  if (last < n - 1) out.push({ from: last + 1, to: n - 1, kind: 'outside' });
  return out;
}

/** Column of a week, clamped to the axis (bars that start before the first column start at it). */
export function colOf(axis: Axis, week: string): number {
  const exact = axis.index.get(week);
  if (exact !== undefined) return exact;
  const first = axis.weeks[0];
  if (!first) return 0;
  return week < first ? 0 : axis.weeks.length - 1;
}

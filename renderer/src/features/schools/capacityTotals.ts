import type { CapacityRow } from '../../../../shared/schemas/masterRows';
import type { TermRow } from '../../../../shared/schemas/rows';

/** One row of the capacity summary with what the core does not total: the term's teaching weeks. */
export interface CapacityLine extends CapacityRow {
  teachingWeeks: number;
  /** Student hours over the whole term: hours a week × teaching weeks. */
  studentHours: number;
}

export interface SchoolTotals {
  schoolName: string;
  teams: number;
  studentHours: number;
}

export function linesOf(rows: readonly CapacityRow[], terms: readonly TermRow[]): CapacityLine[] {
  const weeks = new Map(terms.map((x) => [x.id, x.teachingWeeks]));
  return rows.map((r) => {
    const teachingWeeks = weeks.get(r.termId) ?? 0;
    return { ...r, teachingWeeks, studentHours: (r.studentMinutesPerWeek / 60) * teachingWeeks };
  });
}

/** Per school, for the chart: team slots over all terms of the year and student hours over the year. */
export function totalsPerSchool(lines: readonly CapacityLine[]): SchoolTotals[] {
  const m = new Map<string, SchoolTotals>();
  for (const l of lines) {
    const s = m.get(l.schoolName) ?? { schoolName: l.schoolName, teams: 0, studentHours: 0 };
    s.teams += l.teams;
    s.studentHours += l.studentHours;
    m.set(l.schoolName, s);
  }
  return [...m.values()].sort((a, b) => a.schoolName.localeCompare(b.schoolName, 'nl'));
}

/** The school year to show first: the one running today if it has terms, else the latest. */
export function defaultYear(years: readonly string[], today = new Date()): string | null {
  const y = today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
  const current = `${y}-${y + 1}`;
  return years.includes(current) ? current : (years.at(-1) ?? null);
}

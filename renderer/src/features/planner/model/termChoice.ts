import type { TermRow } from '../../../../../shared/schemas/rows';
import { schoolYearOf } from '../../../../../shared/domain/weeks';

export interface TermChoice {
  year: string | null;
  years: string[];
  /** The year's terms a coordinator can pick from, by start date. */
  yearTerms: TermRow[];
  chosen: number[];
  whole: boolean;
}

/**
 * Which terms the planner shows: the remembered school year and terms when they still exist; otherwise the
 * school year of today and the terms running today (or the whole year when none runs today).
 */
export function chooseTerms(terms: readonly TermRow[], year: string | null, picked: number[] | 'all' | null, today: string): TermChoice {
  const live = terms.filter((t) => !t.archived);
  const pool = live.length > 0 ? live : [...terms];
  const years = [...new Set(pool.map((t) => t.schoolYear))].sort().reverse();
  const current = schoolYearOf(today);
  const y = year && years.includes(year) ? year : years.includes(current) ? current : (years.find((x) => x < current) ?? years[0] ?? null);
  const yearTerms = pool.filter((t) => t.schoolYear === y)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.schoolName.localeCompare(b.schoolName, 'nl'));
  const all = yearTerms.map((t) => t.id);
  if (picked === 'all') return { year: y, years, yearTerms, chosen: all, whole: true };
  const kept = Array.isArray(picked) ? all.filter((id) => picked.includes(id)) : [];
  if (kept.length > 0) return { year: y, years, yearTerms, chosen: kept, whole: kept.length === all.length };
  const running = yearTerms.filter((t) => t.startDate <= today && today <= t.endDate).map((t) => t.id);
  const chosen = running.length > 0 ? running : all;
  return { year: y, years, yearTerms, chosen, whole: chosen.length === all.length };
}

import type { TermRow } from '../../../../shared/schemas/rows';

/** The terms of one school that can be exported (not archived), in calendar order. */
export const termsOfSchool = (terms: readonly TermRow[], schoolId: number | null): TermRow[] =>
  terms.filter((t) => t.schoolId === schoolId && !t.archived).sort((a, b) => a.startDate.localeCompare(b.startDate));

/**
 * The term a coordinator most likely wants to send: the one running today, else the next to start (a plan goes
 * out before the term begins), else the most recent one.
 */
export function defaultTerm(terms: readonly TermRow[], today: string): TermRow | null {
  const sorted = [...terms].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return sorted.find((t) => t.startDate <= today && today <= t.endDate)
    ?? sorted.find((t) => t.startDate > today)
    ?? sorted[sorted.length - 1]
    ?? null;
}

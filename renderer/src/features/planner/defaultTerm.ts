import type { TermRow } from '../../../../shared/schemas/rows';

/** The term running today, else the next one to start, else the most recent: what a planner looks at first. */
export function defaultTermId(terms: readonly TermRow[], today = localToday()): number | null {
  if (terms.length === 0) return null;
  const live = terms.filter((term) => !term.archived);
  const pool = live.length > 0 ? live : terms;
  const running = pool.find((term) => term.startDate <= today && today <= term.endDate);
  if (running) return running.id;
  const upcoming = pool.filter((term) => term.startDate > today).sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (upcoming[0]) return upcoming[0].id;
  return [...pool].sort((a, b) => b.endDate.localeCompare(a.endDate))[0]!.id;
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

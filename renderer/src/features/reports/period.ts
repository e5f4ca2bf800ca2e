// The report's period: a calendar year, a school year (1 August – 31 July, the funders' reporting year) or any
// two dates the user picks.

export type PeriodKind = 'calendar' | 'school' | 'custom';
export interface Period { kind: PeriodKind; year: number; from: string; to: string }

/** The school year a date falls in, named by the year it starts in (2026 = 1 Aug 2026 – 31 Jul 2027). */
export const schoolYearOf = (iso: string) => (Number(iso.slice(5, 7)) >= 8 ? Number(iso.slice(0, 4)) : Number(iso.slice(0, 4)) - 1);

export function rangeOf(kind: Exclude<PeriodKind, 'custom'>, year: number): { from: string; to: string } {
  return kind === 'calendar' ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: `${year}-08-01`, to: `${year + 1}-07-31` };
}

export function defaultPeriod(today: string): Period {
  const year = schoolYearOf(today);
  return { kind: 'school', year, ...rangeOf('school', year) };
}

/** Years to choose from: a few back (the subsidy period) and the next one. */
export const yearChoices = (today: string) => {
  const y = Number(today.slice(0, 4));
  return Array.from({ length: 7 }, (_, i) => y + 1 - i);
};

export const isIsoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

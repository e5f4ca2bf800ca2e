/** A person's hourly cost rate from a date on (until the next rate starts). */
export interface DatedRate {
  effectiveFrom: string;
  hourlyRateCents: number;
}

/** The rate in force on `date`: the latest that started on or before it; null before the first rate. */
export function rateOn(rates: readonly DatedRate[], date: string): number | null {
  let best: DatedRate | null = null;
  for (const r of rates) if (r.effectiveFrom <= date && (!best || r.effectiveFrom > best.effectiveFrom)) best = r;
  return best ? best.hourlyRateCents : null;
}

/** The day after an ISO date (calendar dates, no time zone). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The rate rows after setting `rate` from `from` up to and including `to` (open end when null): rows inside the
 * range are replaced, and when the range ends before an existing later rate, the rate that was in force the day
 * after `to` is written back on that day so nothing outside the range changes.
 */
export function applyRateChange(rates: readonly DatedRate[], from: string, to: string | null, rate: number): DatedRate[] {
  const after = to ? nextDay(to) : null;
  const restore = after ? rateOn(rates, after) : null;
  const kept = rates.filter((r) => r.effectiveFrom < from || (after !== null && r.effectiveFrom >= after));
  const next = [...kept, { effectiveFrom: from, hourlyRateCents: rate }];
  if (after && restore !== null && !kept.some((r) => r.effectiveFrom === after)) {
    next.push({ effectiveFrom: after, hourlyRateCents: restore });
  }
  return next.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

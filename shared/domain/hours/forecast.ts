/** Whole days from `a` to `b` (ISO dates); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Straight-line forecast of what a budget period will have spent at its end: the spending rate so far (per
 * day, from the period start up to and including `asOf`) carried on to the last day. Before the period starts
 * the forecast is what was spent (nothing); after it ends it is the actual spend.
 */
export function straightLineForecast(spentCents: number, periodStart: string, periodEnd: string, asOf: string): number {
  const total = daysBetween(periodStart, periodEnd) + 1;
  const elapsed = Math.min(total, daysBetween(periodStart, asOf) + 1);
  if (elapsed <= 0) return spentCents;
  return Math.round((spentCents * total) / elapsed);
}

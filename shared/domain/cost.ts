/**
 * Cost of a time entry in integer cents: minutes × hourly rate, rounded half up per entry. Totals are sums of
 * entry costs, so every view (screen, report, CLI) that sums the same entries reconciles to the cent.
 * The SQL twin is COST_CENTS_SQL below; both must stay the same formula.
 */
export function entryCostCents(minutes: number, hourlyRateCents: number): number {
  return Math.floor((minutes * hourlyRateCents + 30) / 60);
}

/** SQL expression for entryCostCents, given column expressions for minutes and the hourly rate. */
export function costCentsSql(minutes: string, rate: string): string {
  return `((${minutes} * ${rate} + 30) / 60)`;
}

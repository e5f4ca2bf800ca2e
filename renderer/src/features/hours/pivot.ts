import { ACTIVITIES, type Activity } from '../../../../shared/domain/constants';
import type { MonthlyCostRow } from '../../../../shared/schemas/rows';

export interface MonthTotals {
  month: string;
  minutes: Record<Activity, number>;
  cost: Record<Activity, number>;
  totalMinutes: number;
  totalCost: number;
}

const zero = () => Object.fromEntries(ACTIVITIES.map((a) => [a, 0])) as Record<Activity, number>;

/** One row per month (months without entries included, so the chart's time axis has no gaps). */
export function pivotByMonth(rows: readonly MonthlyCostRow[], months: readonly string[]): MonthTotals[] {
  const byMonth = new Map<string, MonthTotals>();
  for (const m of months) byMonth.set(m, { month: m, minutes: zero(), cost: zero(), totalMinutes: 0, totalCost: 0 });
  for (const r of rows) {
    let t = byMonth.get(r.month);
    if (!t) {
      t = { month: r.month, minutes: zero(), cost: zero(), totalMinutes: 0, totalCost: 0 };
      byMonth.set(r.month, t);
    }
    t.minutes[r.activity] += r.minutes;
    t.cost[r.activity] += r.costCents;
    t.totalMinutes += r.minutes;
    t.totalCost += r.costCents;
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Colour per activity, distinguishable side by side and readable against white. */
export const ACTIVITY_COLORS: Record<Activity, string> = {
  intake: '#0f766e',
  matching: '#4f46e5',
  coaching: '#0284c7',
  event: '#d97706',
  acquisition: '#db2777',
  admin: '#64748b',
  reporting: '#7c3aed',
};

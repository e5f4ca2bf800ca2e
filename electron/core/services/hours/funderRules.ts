import type { Database } from 'better-sqlite3';
import { splitCents, type FunderShare } from '../../../../shared/domain/hours/funderSplit';
import { stmt } from '../sql';

/**
 * Who carries an entry's cost. A person with shares set (staff_funder_shares) is split by those shares; for
 * anyone else the funders with a budget running on the entry's date carry it by their budgets' co-financing
 * percentages. What no rule covers stays "not assigned", so funder totals always add up to the total cost.
 */
export function funderSplitter(db: Database) {
  const shares = new Map<number, FunderShare[]>();
  for (const r of stmt(db, `SELECT staff_id AS staffId, funder_id AS funderId, share_bp AS bp FROM staff_funder_shares ORDER BY funder_id`)
    .all() as { staffId: number; funderId: number; bp: number }[]) {
    shares.set(r.staffId, [...(shares.get(r.staffId) ?? []), { funderId: r.funderId, bp: r.bp }]);
  }
  const budgets = stmt(db, `SELECT funder_id AS funderId, period_start AS ps, period_end AS pe, cofinancing_bp AS bp FROM budgets
    ORDER BY funder_id, period_start`).all() as { funderId: number; ps: string; pe: string; bp: number }[];
  const byDate = new Map<string, FunderShare[]>();
  const budgetShares = (date: string) => {
    let s = byDate.get(date);
    if (!s) {
      const seen = new Set<number>();
      s = [];
      for (const b of budgets) {
        if (b.ps <= date && date <= b.pe && !seen.has(b.funderId)) { seen.add(b.funderId); s.push({ funderId: b.funderId, bp: b.bp }); }
      }
      byDate.set(date, s);
    }
    return s;
  };
  return (staffId: number, date: string, cents: number) => splitCents(cents, shares.get(staffId) ?? budgetShares(date));
}

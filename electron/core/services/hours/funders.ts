import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { budgetInput, funderInput } from '../../../../shared/schemas/hoursInputs';
import { AppError } from '../../errors';
import { stmt } from '../sql';

export function saveFunder(db: Database, v: z.output<typeof funderInput>): { id: number } {
  if (v.id === undefined) {
    return { id: stmt(db, `INSERT INTO funders (name, kind) VALUES (?, ?) RETURNING id`).pluck().get(v.name, v.kind) as number };
  }
  if (stmt(db, `UPDATE funders SET name = ?, kind = ? WHERE id = ?`).run(v.name, v.kind, v.id).changes === 0) {
    throw new AppError('not_found', { entity: 'Financier', id: v.id });
  }
  return { id: v.id };
}

export interface BudgetRow {
  id: number; funderId: number; funderName: string; funderKind: string; name: string; periodStart: string; periodEnd: string;
  amountCents: number; hoursMinutes: number | null; cofinancingBp: number;
}

export function listBudgets(db: Database): BudgetRow[] {
  return stmt(db, `SELECT b.id, b.funder_id AS funderId, f.name AS funderName, f.kind AS funderKind, b.name,
      b.period_start AS periodStart, b.period_end AS periodEnd, b.amount_cents AS amountCents, b.hours_minutes AS hoursMinutes,
      b.cofinancing_bp AS cofinancingBp
    FROM budgets b JOIN funders f ON f.id = b.funder_id WHERE f.archived_at IS NULL ORDER BY b.period_start, f.name`).all() as BudgetRow[];
}

export function saveBudget(db: Database, v: z.output<typeof budgetInput>): { id: number } {
  const args = [v.funderId, v.name, v.periodStart, v.periodEnd, v.amountCents, v.hoursMinutes, v.cofinancingBp];
  if (v.id === undefined) {
    return { id: stmt(db, `INSERT INTO budgets (funder_id, name, period_start, period_end, amount_cents, hours_minutes, cofinancing_bp)
      VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`).pluck().get(...args) as number };
  }
  const r = stmt(db, `UPDATE budgets SET funder_id = ?, name = ?, period_start = ?, period_end = ?, amount_cents = ?, hours_minutes = ?,
    cofinancing_bp = ? WHERE id = ?`).run(...args, v.id);
  if (r.changes === 0) throw new AppError('not_found', { entity: 'Begroting', id: v.id });
  return { id: v.id };
}

/**
 * Removes a budget. Nothing refers to a budget row (costs are computed, not stored), so a delete loses nothing:
 * the change log keeps the row, and undo brings it back. Funder totals that used its co-financing share change.
 */
export function deleteBudget(db: Database, id: number): { id: number } {
  if (stmt(db, `DELETE FROM budgets WHERE id = ?`).run(id).changes === 0) throw new AppError('not_found', { entity: 'Begroting', id });
  return { id };
}

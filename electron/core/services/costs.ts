import type { Database } from 'better-sqlite3';
import type { FunderRow, MonthlyCostRow, StaffRow } from '../../../shared/schemas/rows';
import { costCentsSql } from '../../../shared/domain/cost';
import { isoDate } from '../../../shared/domain/weeks';
import { bool, stmt } from './sql';

/** Hourly rate in force on the entry's date: the latest rate that started on or before it. */
export const RATE_OF_ENTRY = `(SELECT r.hourly_rate_cents FROM staff_rates r
   WHERE r.staff_id = e.staff_id AND r.effective_from <= e.entry_date
   ORDER BY r.effective_from DESC LIMIT 1)`;

export function listStaff(db: Database): StaffRow[] {
  const today = isoDate(new Date());
  const rows = stmt(db, `
    SELECT s.id, s.name, s.role, s.employer, s.contract_minutes_per_week AS contractMinutesPerWeek,
           (SELECT r.hourly_rate_cents FROM staff_rates r WHERE r.staff_id = s.id AND r.effective_from <= ?
             ORDER BY r.effective_from DESC LIMIT 1) AS currentRateCents,
           s.archived_at AS archivedAt
    FROM staff s ORDER BY s.name`).all(today) as (Omit<StaffRow, 'archived'> & { archivedAt: string | null })[];
  return rows.map(({ archivedAt, ...r }) => ({ ...r, archived: bool(archivedAt) }));
}

export function monthlyCosts(db: Database, from: string, to: string): MonthlyCostRow[] {
  return stmt(db, `
    SELECT substr(e.entry_date, 1, 7) AS month, e.activity,
           sum(e.minutes) AS minutes,
           sum(${costCentsSql('e.minutes', `coalesce(${RATE_OF_ENTRY}, 0)`)}) AS costCents
    FROM time_entries e
    WHERE e.entry_date BETWEEN ? AND ?
    GROUP BY month, e.activity
    ORDER BY month, e.activity`).all(from, to) as MonthlyCostRow[];
}

export function totalCost(db: Database, from: string, to: string): { minutes: number; costCents: number } {
  const row = stmt(db, `
    SELECT coalesce(sum(e.minutes), 0) AS minutes,
           coalesce(sum(${costCentsSql('e.minutes', `coalesce(${RATE_OF_ENTRY}, 0)`)}), 0) AS costCents
    FROM time_entries e WHERE e.entry_date BETWEEN ? AND ?`).get(from, to) as { minutes: number; costCents: number };
  return row;
}

export function listFunders(db: Database): FunderRow[] {
  return stmt(db, `
    SELECT f.id, f.name, f.kind,
           coalesce((SELECT sum(b.amount_cents) FROM budgets b WHERE b.funder_id = f.id), 0) AS budgetCents,
           (SELECT min(b.period_start) FROM budgets b WHERE b.funder_id = f.id) AS periodStart,
           (SELECT max(b.period_end) FROM budgets b WHERE b.funder_id = f.id) AS periodEnd
    FROM funders f WHERE f.archived_at IS NULL ORDER BY f.name`).all() as FunderRow[];
}

import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/domain/constants';
import { AppError } from '../../errors';
import { stmt } from '../sql';

export const monthOf = (date: string) => date.slice(0, 7);

export function listLockedMonths(db: Database): { month: string; lockedAt: string }[] {
  return stmt(db, `SELECT month, locked_at AS lockedAt FROM locked_months ORDER BY month`).all() as { month: string; lockedAt: string }[];
}

export function lockedAmong(db: Database, months: Iterable<string>): string[] {
  const locked = new Set(listLockedMonths(db).map((m) => m.month));
  return [...new Set(months)].filter((m) => locked.has(m)).sort();
}

/**
 * Refuses the whole action when it would change anything in a closed month. Called inside the action's
 * transaction, so a month cannot be closed between the check and the write.
 */
export function assertUnlocked(db: Database, months: Iterable<string>, _lang?: Language): void {
  const hit = lockedAmong(db, months);
  if (hit.length > 0) throw new AppError('month_locked', { months: hit.join(', ') }, { lockedMonths: hit });
}

export function lockMonth(db: Database, month: string): { month: string; lockedAt: string } {
  const lockedAt = new Date().toISOString();
  stmt(db, `INSERT INTO locked_months (month, locked_at) VALUES (?, ?) ON CONFLICT (month) DO NOTHING`).run(month, lockedAt);
  return stmt(db, `SELECT month, locked_at AS lockedAt FROM locked_months WHERE month = ?`).get(month) as { month: string; lockedAt: string };
}

/** Reopening deletes the lock row; the change-log trigger records it (who, when) in the same transaction. */
export function unlockMonth(db: Database, month: string): { month: string } {
  stmt(db, `DELETE FROM locked_months WHERE month = ?`).run(month);
  return { month };
}

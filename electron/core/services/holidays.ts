import type { Database } from 'better-sqlite3';
import type { HolidayRow } from '../../../shared/schemas/masterRows';

export function listHolidays(db: Database): HolidayRow[] {
  const rows = db.prepare(`SELECT id, name, school_year AS schoolYear, region, start_date AS startDate,
      end_date AS endDate, compulsory FROM holidays ORDER BY start_date, region`).all() as (Omit<HolidayRow, 'compulsory'> & { compulsory: number })[];
  return rows.map((r) => ({ ...r, compulsory: r.compulsory === 1 }));
}

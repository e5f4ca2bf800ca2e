import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { WeekKind } from '../../../shared/domain/constants';
import { holidayCoversWeek, parseHolidayJson } from '../../../shared/domain/holidays';
import { mondayOf, schoolYearOfTerm, weeksBetween } from '../../../shared/domain/weeks';
import type { termInput, weekKindInput } from '../../../shared/schemas/masterInputs';
import { AppError } from '../errors';
import { assertExists } from './archive';

type TermValues = z.output<typeof termInput>;

interface Holiday { start_date: string; end_date: string }

function holidaysOfRegion(db: Database, region: string): Holiday[] {
  return db.prepare(`SELECT start_date, end_date FROM holidays WHERE region = ?`).all(region) as Holiday[];
}

/**
 * Re-marks the weeks of terms from the regional holidays. Exam and free weeks and every week the school set
 * by hand keep their kind; only the holiday/teaching distinction follows the holiday table.
 */
export function applyHolidays(db: Database, termIds?: readonly number[]): number {
  const terms = (termIds
    ? termIds.map((id) => db.prepare(`SELECT t.id, s.holiday_region AS region FROM terms t JOIN schools s ON s.id = t.school_id WHERE t.id = ?`).get(id))
    : db.prepare(`SELECT t.id, s.holiday_region AS region FROM terms t JOIN schools s ON s.id = t.school_id`).all()) as
    { id: number; region: string }[];
  const byRegion = new Map<string, Holiday[]>();
  const update = db.prepare(`UPDATE term_weeks SET kind = ? WHERE term_id = ? AND week = ? AND kind <> ?`);
  let changed = 0;
  for (const term of terms.filter(Boolean)) {
    if (!byRegion.has(term.region)) byRegion.set(term.region, holidaysOfRegion(db, term.region));
    const holidays = byRegion.get(term.region)!;
    const weeks = db.prepare(`SELECT week, monday, kind, override_kind FROM term_weeks WHERE term_id = ?`).all(term.id) as
      { week: string; monday: string; kind: WeekKind; override_kind: WeekKind | null }[];
    for (const w of weeks) {
      const isHoliday = holidays.some((h) => holidayCoversWeek(w.monday, h.start_date, h.end_date));
      const kind: WeekKind = w.override_kind ?? (isHoliday ? 'holiday' : w.kind === 'holiday' ? 'teaching' : w.kind);
      changed += update.run(kind, term.id, w.week, kind).changes;
    }
  }
  return changed;
}

function writeWeeks(db: Database, termId: number, startDate: string, endDate: string): void {
  const wanted = weeksBetween(startDate, endDate);
  const existing = db.prepare(`SELECT week FROM term_weeks WHERE term_id = ?`).pluck().all(termId) as string[];
  const outside = existing.filter((w) => !wanted.includes(w as (typeof wanted)[number]));
  if (outside.length > 0) {
    const busy = db.prepare(`SELECT DISTINCT start_week FROM assignments WHERE term_id = ? AND status <> 'cancelled'
      AND (start_week < ? OR end_week > ?)`).pluck().all(termId, wanted[0], wanted[wanted.length - 1]) as string[];
    if (busy.length > 0) throw new AppError('term_has_assignments_outside', { weeks: busy.slice(0, 5).join(', ') });
    const del = db.prepare(`DELETE FROM term_weeks WHERE term_id = ? AND week = ?`);
    for (const w of outside) del.run(termId, w);
  }
  const ins = db.prepare(`INSERT INTO term_weeks (term_id, week, monday, kind) VALUES (?, ?, ?, 'teaching')`);
  for (const w of wanted.filter((k) => !existing.includes(k))) ins.run(termId, w, mondayOf(w));
  applyHolidays(db, [termId]);
}

export function createTerm(db: Database, v: TermValues): { id: number } {
  assertExists(db, 'schools', v.schoolId);
  const id = db.prepare(`INSERT INTO terms (school_id, name, school_year, start_date, end_date) VALUES (?, ?, ?, ?, ?) RETURNING id`)
    .pluck().get(v.schoolId, v.name, schoolYearOfTerm(v.startDate, v.endDate), v.startDate, v.endDate) as number;
  writeWeeks(db, id, v.startDate, v.endDate);
  return { id };
}

export function updateTerm(db: Database, id: number, v: TermValues): { id: number } {
  assertExists(db, 'terms', id);
  db.prepare(`UPDATE terms SET school_id = ?, name = ?, school_year = ?, start_date = ?, end_date = ? WHERE id = ?`)
    .run(v.schoolId, v.name, schoolYearOfTerm(v.startDate, v.endDate), v.startDate, v.endDate, id);
  writeWeeks(db, id, v.startDate, v.endDate);
  return { id };
}

/** The school's own calendar: fix a week's kind by hand, or (kind null) let it follow the holidays again. */
export function setWeekKind(db: Database, v: z.output<typeof weekKindInput>): { id: number } {
  const res = db.prepare(`UPDATE term_weeks SET override_kind = ?, kind = coalesce(?, kind), note = ? WHERE term_id = ? AND week = ?`)
    .run(v.kind, v.kind, v.note ?? null, v.termId, v.week);
  if (res.changes === 0) throw new AppError('not_found', { entity: 'Week', id: `${v.week} (periode ${v.termId})` });
  if (v.kind === null) {
    // Back to the regional calendar: a week that was marked exam/free by hand becomes a teaching week first.
    db.prepare(`UPDATE term_weeks SET kind = 'teaching' WHERE term_id = ? AND week = ? AND kind <> 'holiday'`).run(v.termId, v.week);
  }
  applyHolidays(db, [v.termId]);
  return { id: v.termId };
}

export interface HolidayImportResult {
  holidays: number;
  regions: string[];
  schoolYears: string[];
  weeksChanged: number;
  problems: string[];
}

/** Imports the government's school-holiday JSON and re-marks every term's weeks. */
export function importHolidays(db: Database, json: string): HolidayImportResult {
  const { holidays, problems } = parseHolidayJson(json);
  if (holidays.length === 0) {
    throw new AppError('holiday_file_invalid', { detail: problems.slice(0, 3).join('; ') || 'leeg' }, problems);
  }
  const upsert = db.prepare(`INSERT INTO holidays (name, school_year, region, start_date, end_date, compulsory)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (school_year, region, name) DO UPDATE SET start_date = excluded.start_date,
      end_date = excluded.end_date, compulsory = excluded.compulsory
    WHERE start_date IS NOT excluded.start_date OR end_date IS NOT excluded.end_date OR compulsory IS NOT excluded.compulsory`);
  for (const h of holidays) upsert.run(h.name, h.schoolYear, h.region, h.startDate, h.endDate, h.compulsory ? 1 : 0);
  const weeksChanged = applyHolidays(db);
  return {
    holidays: holidays.length,
    regions: [...new Set(holidays.map((h) => h.region))].sort(),
    schoolYears: [...new Set(holidays.map((h) => h.schoolYear))].sort(),
    weeksChanged,
    problems,
  };
}

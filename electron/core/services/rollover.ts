import type { Database } from 'better-sqlite3';
import type { RolloverPreview } from '../../../shared/schemas/masterRows';
import { addWeeksToKey, shiftOneYear, weeksBetween } from '../../../shared/domain/weeks';
import { applyHolidays, createTerm } from './calendar';
import { createCohort } from './cohortsWrite';

const nextYear = (year: string) => {
  const start = Number(year.slice(0, 4)) + 1;
  return `${start}-${start + 1}`;
};

interface TermRow { id: number; school_id: number; schoolName: string; name: string; start_date: string; end_date: string }

function termsOf(db: Database, year: string): TermRow[] {
  return db.prepare(`SELECT t.id, t.school_id, s.name AS schoolName, t.name, t.start_date, t.end_date
    FROM terms t JOIN schools s ON s.id = t.school_id
    WHERE t.school_year = ? AND t.archived_at IS NULL ORDER BY t.start_date, s.name`).all(year) as TermRow[];
}

/** What copying a school year to the next would create; terms that already exist there are skipped. */
export function previewRollover(db: Database, fromYear: string): RolloverPreview {
  const toYear = nextYear(fromYear);
  const terms = termsOf(db, fromYear).map((t) => {
    const newStartDate = shiftOneYear(t.start_date);
    const newEndDate = shiftOneYear(t.end_date);
    const exists = !!db.prepare(`SELECT 1 FROM terms WHERE school_id = ? AND name = ? AND school_year = ?`).get(t.school_id, t.name, toYear);
    const c = db.prepare(`SELECT count(*) AS cohorts, coalesce(sum(team_count), 0) AS teams FROM cohorts WHERE term_id = ? AND archived_at IS NULL`)
      .get(t.id) as { cohorts: number; teams: number };
    return {
      fromTermId: t.id, schoolName: t.schoolName, name: t.name, startDate: t.start_date, endDate: t.end_date,
      newStartDate, newEndDate, weekCount: weeksBetween(newStartDate, newEndDate).length, ...c, exists,
    };
  });
  const offerings = db.prepare(`SELECT count(DISTINCT ot.offering_id) FROM offering_terms ot JOIN terms t ON t.id = ot.term_id
    JOIN offerings o ON o.id = ot.offering_id WHERE t.school_year = ? AND o.archived_at IS NULL`).pluck().get(fromYear) as number;
  return { fromYear, toYear, terms, offerings };
}

/**
 * Copies terms (shifted to the same ISO weeks a year later), their hand-set exam and free weeks, the cohorts with
 * their teams, and the menukaart's term links, as one action.
 */
export function applyRollover(db: Database, fromYear: string): RolloverPreview {
  const preview = previewRollover(db, fromYear);
  for (const p of preview.terms.filter((t) => !t.exists)) {
    const source = db.prepare(`SELECT school_id, name FROM terms WHERE id = ?`).get(p.fromTermId) as { school_id: number; name: string };
    const { id: termId } = createTerm(db, { schoolId: source.school_id, name: source.name, startDate: p.newStartDate, endDate: p.newEndDate });
    const firstNew = weeksBetween(p.newStartDate, p.newEndDate)[0]!;
    const overrides = db.prepare(`SELECT week, override_kind, note FROM term_weeks WHERE term_id = ? AND override_kind IS NOT NULL`)
      .all(p.fromTermId) as { week: string; override_kind: string; note: string | null }[];
    const oldWeeks = weeksBetween(p.startDate, p.endDate);
    for (const o of overrides) {
      // Same position in the term: the 9th week stays the exam week even when week numbers shift.
      const week = addWeeksToKey(firstNew, oldWeeks.indexOf(o.week as (typeof oldWeeks)[number]));
      db.prepare(`UPDATE term_weeks SET override_kind = ?, kind = ?, note = ? WHERE term_id = ? AND week = ?`)
        .run(o.override_kind, o.override_kind, o.note, termId, week);
    }
    applyHolidays(db, [termId]);
    const cohorts = db.prepare(`SELECT programme_id, team_count, students_per_team, minutes_per_student_week, coach_name
      FROM cohorts WHERE term_id = ? AND archived_at IS NULL`).all(p.fromTermId) as Record<string, unknown>[];
    for (const c of cohorts) {
      createCohort(db, {
        programmeId: c.programme_id as number, termId, teamCount: c.team_count as number,
        studentsPerTeam: c.students_per_team as number, minutesPerStudentWeek: c.minutes_per_student_week as number,
        coachName: c.coach_name as string | null,
      });
    }
    db.prepare(`INSERT OR IGNORE INTO offering_terms (offering_id, term_id)
      SELECT ot.offering_id, ? FROM offering_terms ot JOIN offerings o ON o.id = ot.offering_id
      WHERE ot.term_id = ? AND o.archived_at IS NULL`).run(termId, p.fromTermId);
  }
  return previewRollover(db, fromYear);
}

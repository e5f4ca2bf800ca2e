import type { Database } from 'better-sqlite3';
import type { CohortRow, TermRow, TermWeekRow } from '../../../shared/schemas/rows';
import { stmt } from './sql';

export function listTerms(db: Database): TermRow[] {
  const rows = stmt(db, `
    SELECT t.id, t.school_id AS schoolId, s.name AS schoolName, t.name, t.school_year AS schoolYear,
           t.start_date AS startDate, t.end_date AS endDate, t.archived_at AS archivedAt,
           count(w.week) AS weekCount,
           count(CASE WHEN w.kind = 'teaching' THEN 1 END) AS teachingWeeks,
           count(CASE WHEN w.kind = 'holiday' THEN 1 END) AS holidayWeeks,
           count(CASE WHEN w.kind = 'exam' THEN 1 END) AS examWeeks
    FROM terms t JOIN schools s ON s.id = t.school_id
    LEFT JOIN term_weeks w ON w.term_id = t.id
    GROUP BY t.id
    ORDER BY t.start_date, s.name, t.name`).all() as (Omit<TermRow, 'archived'> & { archivedAt: string | null })[];
  return rows.map(({ archivedAt, ...r }) => ({ ...r, archived: archivedAt !== null }));
}

export function termWeeks(db: Database, termId: number): TermWeekRow[] {
  const rows = stmt(db, `SELECT week, monday, kind, note, override_kind IS NOT NULL AS manual FROM term_weeks WHERE term_id = ? ORDER BY week`)
    .all(termId) as (Omit<TermWeekRow, 'manual'> & { manual: number })[];
  return rows.map((r) => ({ ...r, manual: r.manual === 1 }));
}

export function listCohorts(db: Database, termId?: number): CohortRow[] {
  return cohortRows(db, termId, false) as CohortRow[];
}

/** Cohorts in use or (archived) set aside, optionally of one term; archived rows carry their archive date. */
export function cohortRows(db: Database, termId: number | undefined, archived: boolean): (CohortRow & { archivedAt?: string })[] {
  return stmt(db, `
    SELECT c.id, c.programme_id AS programmeId, p.name AS programmeName, p.level, s.id AS schoolId,
           s.name AS schoolName, t.id AS termId, t.name AS termName, t.school_year AS schoolYear,
           c.team_count AS teamCount, c.students_per_team AS studentsPerTeam,
           c.minutes_per_student_week AS minutesPerStudentWeek, c.coach_name AS coachName,
           (SELECT count(*) FROM assignments a JOIN teams tm ON tm.id = a.team_id
             WHERE tm.cohort_id = c.id AND a.status <> 'cancelled') AS assignmentCount${archived ? ',\n           c.archived_at AS archivedAt' : ''}
    FROM cohorts c
    JOIN programmes p ON p.id = c.programme_id
    JOIN schools s ON s.id = p.school_id
    JOIN terms t ON t.id = c.term_id
    WHERE c.archived_at IS ${archived ? 'NOT ' : ''}NULL AND (@termId IS NULL OR c.term_id = @termId)
    ORDER BY t.start_date, s.name, p.name`).all({ termId: termId ?? null }) as (CohortRow & { archivedAt?: string })[];
}

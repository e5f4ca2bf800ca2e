import type { Database } from 'better-sqlite3';
import type { CapacityRow, TeamRow } from '../../../shared/schemas/masterRows';

/** Capacity per school and term: teams, students and student-hours a week, and how many teams have work. */
export function capacitySummary(db: Database): CapacityRow[] {
  return db.prepare(`
    SELECT s.id AS schoolId, s.name AS schoolName, t.id AS termId, t.name AS termName, t.school_year AS schoolYear,
           t.start_date AS startDate,
           count(DISTINCT c.id) AS cohorts,
           coalesce(sum(c.team_count), 0) AS teams,
           coalesce(sum(c.team_count * c.students_per_team), 0) AS students,
           coalesce(sum(c.team_count * c.students_per_team * c.minutes_per_student_week), 0) AS studentMinutesPerWeek,
           (SELECT count(DISTINCT a.team_id) FROM assignments a WHERE a.term_id = t.id AND a.status <> 'cancelled') AS teamsWithWork
    FROM terms t
    JOIN schools s ON s.id = t.school_id
    LEFT JOIN cohorts c ON c.term_id = t.id AND c.archived_at IS NULL
    WHERE t.archived_at IS NULL
    GROUP BY t.id
    ORDER BY t.start_date, s.name, t.name`).all() as CapacityRow[];
}

export function listTeams(db: Database, cohortId: number): TeamRow[] {
  return db.prepare(`
    SELECT tm.id, tm.cohort_id AS cohortId, tm.slot, tm.name, tm.dropped_out_at AS droppedOutAt,
           (SELECT count(*) FROM assignments a WHERE a.team_id = tm.id AND a.status <> 'cancelled') AS assignmentCount
    FROM teams tm WHERE tm.cohort_id = ? ORDER BY tm.slot`).all(cohortId) as TeamRow[];
}

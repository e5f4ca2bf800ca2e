import type { Database } from 'better-sqlite3';
import type { ArchivedCohortRow, ArchivedRequestRow } from '../../../shared/schemas/masterRows';
import { getRequest } from './requests';
import { stmt } from './sql';

// The "show archived" views of records whose normal list leaves archived ones out (requests, cohorts). The other
// record types (schools, programmes, terms, offerings, SMEs) list archived rows with a flag instead.

/** Archived requests, most recently archived first, in the same shape as requests:list plus the archive date. */
export function listArchivedRequests(db: Database): ArchivedRequestRow[] {
  const ids = stmt(db, `SELECT id, archived_at AS archivedAt FROM requests WHERE archived_at IS NOT NULL
    ORDER BY archived_at DESC, id DESC`).all() as { id: number; archivedAt: string }[];
  // One cached lookup per row keeps the row's columns defined in one place (requests.ts); archives stay small.
  return ids.map(({ id, archivedAt }) => ({ ...getRequest(db, id), archivedAt }));
}

/** Archived cohorts (programme × term capacity), optionally of one term, like cohorts:list. */
export function listArchivedCohorts(db: Database, termId?: number): ArchivedCohortRow[] {
  return stmt(db, `
    SELECT c.id, c.programme_id AS programmeId, p.name AS programmeName, p.level, s.id AS schoolId,
           s.name AS schoolName, t.id AS termId, t.name AS termName, t.school_year AS schoolYear,
           c.team_count AS teamCount, c.students_per_team AS studentsPerTeam,
           c.minutes_per_student_week AS minutesPerStudentWeek, c.coach_name AS coachName,
           (SELECT count(*) FROM assignments a JOIN teams tm ON tm.id = a.team_id
             WHERE tm.cohort_id = c.id AND a.status <> 'cancelled') AS assignmentCount,
           c.archived_at AS archivedAt
    FROM cohorts c
    JOIN programmes p ON p.id = c.programme_id
    JOIN schools s ON s.id = p.school_id
    JOIN terms t ON t.id = c.term_id
    WHERE c.archived_at IS NOT NULL AND (@termId IS NULL OR c.term_id = @termId)
    ORDER BY t.start_date, s.name, p.name`).all({ termId: termId ?? null }) as ArchivedCohortRow[];
}

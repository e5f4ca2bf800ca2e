import type { Database } from 'better-sqlite3';
import type { AssignmentRow } from '../../../shared/schemas/rows';
import { stmt } from './sql';

export function listAssignments(db: Database, termId?: number): AssignmentRow[] {
  return stmt(db, `
    SELECT a.id, a.request_id AS requestId, s.name AS smeName, o.name AS offeringName, a.team_id AS teamId,
           coalesce(tm.name, p.name || ' · team ' || tm.slot) AS teamLabel, c.id AS cohortId,
           p.name AS programmeName, sc.name AS schoolName, a.term_id AS termId, t.name AS termName,
           a.start_week AS startWeek, a.end_week AS endWeek, a.status
    FROM assignments a
    JOIN requests r ON r.id = a.request_id
    JOIN smes s ON s.id = r.sme_id
    LEFT JOIN offerings o ON o.id = r.offering_id
    JOIN teams tm ON tm.id = a.team_id
    JOIN cohorts c ON c.id = tm.cohort_id
    JOIN programmes p ON p.id = c.programme_id
    JOIN schools sc ON sc.id = p.school_id
    JOIN terms t ON t.id = a.term_id
    WHERE (@termId IS NULL OR a.term_id = @termId)
    ORDER BY sc.name, p.name, tm.slot, a.start_week`).all({ termId: termId ?? null }) as AssignmentRow[];
}

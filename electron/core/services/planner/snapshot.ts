import type { Database } from 'better-sqlite3';
import type { PlanSnapshot } from '../../../../shared/domain/planning/model';
import { checkPlacement, indexSnapshot, isActive } from '../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../shared/domain/planning/violations';
import type { PlannerData } from '../../../../shared/schemas/planner';
import { splitList } from '../sql';

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Duration in calendar weeks: an offering of days fits in one week per five days. */
const DURATION_WEEKS = `CASE o.duration_unit WHEN 'weeks' THEN o.duration_value ELSE (o.duration_value + 4) / 5 END`;

const REQUEST_COLUMNS = `
  r.id, r.sme_id AS smeId, s.name AS smeName, s.size_class AS smeSizeClass, s.region AS smeRegion,
  s.holiday_region AS smeHolidayRegion, r.offering_id AS offeringId, o.name AS offeringName, o.theme,
  (SELECT group_concat(level) FROM offering_levels l WHERE l.offering_id = r.offering_id) AS levels,
  coalesce(${DURATION_WEEKS}, 1) AS durationWeeks, coalesce(o.effort_minutes, 0) AS effortMinutes,
  r.priority, r.status, r.received_on AS receivedOn, r.preferred_start AS preferredStart, r.preferred_end AS preferredEnd`;

/** Everything the rules need for the given terms, plus every request waiting for a team. */
export function loadSnapshot(db: Database, termIds: readonly number[]): PlanSnapshot {
  const inTerms = placeholders(termIds.length);
  const terms = (db.prepare(`SELECT id, name, school_id AS schoolId, school_year AS schoolYear FROM terms WHERE id IN (${inTerms}) ORDER BY start_date`)
    .all(...termIds) as Omit<PlanSnapshot['terms'][number], 'weeks'>[]).map((t) => ({
    ...t,
    weeks: db.prepare(`SELECT week, kind FROM term_weeks WHERE term_id = ? ORDER BY week`).all(t.id) as PlanSnapshot['terms'][number]['weeks'],
  }));
  const teams = (db.prepare(`
    SELECT tm.id, coalesce(tm.name, 'team ' || tm.slot) AS label, tm.slot, c.id AS cohortId, p.id AS programmeId,
           p.name AS programmeName, s.id AS schoolId, s.name AS schoolName, c.term_id AS termId, p.level,
           (SELECT group_concat(theme) FROM programme_themes pt WHERE pt.programme_id = p.id) AS themes,
           s.holiday_region AS holidayRegion, tm.dropped_out_at IS NOT NULL AS droppedOut
    FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id JOIN programmes p ON p.id = c.programme_id
    JOIN schools s ON s.id = p.school_id
    WHERE c.term_id IN (${inTerms}) AND c.archived_at IS NULL
    ORDER BY s.name, p.name, c.term_id, tm.slot`).all(...termIds) as (Record<string, unknown> & { themes: string | null; droppedOut: number })[])
    .map((t) => ({ ...t, themes: splitList(t.themes), droppedOut: t.droppedOut === 1 })) as unknown as PlanSnapshot['teams'];
  const cohorts = db.prepare(`
    SELECT c.id, c.term_id AS termId, c.team_count AS teamCount, c.students_per_team AS studentsPerTeam,
           c.minutes_per_student_week AS minutesPerStudentWeek,
           c.team_count * c.students_per_team * c.minutes_per_student_week *
             (SELECT count(*) FROM term_weeks w WHERE w.term_id = c.term_id AND w.kind = 'teaching') AS capacityMinutes
    FROM cohorts c WHERE c.term_id IN (${inTerms}) AND c.archived_at IS NULL`).all(...termIds) as PlanSnapshot['cohorts'];
  const assignments = (db.prepare(`
    SELECT id, request_id AS requestId, team_id AS teamId, term_id AS termId, start_week AS startWeek, end_week AS endWeek,
           status, locked, needs_replan AS needsReplan
    FROM assignments WHERE term_id IN (${inTerms}) AND status <> 'cancelled'`).all(...termIds) as (Record<string, unknown> & { locked: number; needsReplan: number })[])
    .map((a) => ({ ...a, locked: a.locked === 1, needsReplan: a.needsReplan === 1 })) as unknown as PlanSnapshot['assignments'];
  const requests = (db.prepare(`
    SELECT ${REQUEST_COLUMNS}
    FROM requests r JOIN smes s ON s.id = r.sme_id LEFT JOIN offerings o ON o.id = r.offering_id
    WHERE r.archived_at IS NULL AND (r.id IN (SELECT request_id FROM assignments WHERE term_id IN (${inTerms}) AND status <> 'cancelled')
       OR (r.status = 'ready_for_matching' AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.status <> 'cancelled')))
    ORDER BY r.id`).all(...termIds, ...[]) as (Record<string, unknown> & { levels: string | null })[])
    .map((r) => ({ ...r, levels: splitList(r.levels) })) as unknown as PlanSnapshot['requests'];
  return { terms, teams, cohorts, requests, assignments };
}

/** The snapshot plus what the planner screen shows beside it: the waiting list and every bar's warnings. */
export function plannerData(db: Database, termIds: readonly number[]): PlannerData {
  const snapshot = loadSnapshot(db, termIds);
  const idx = indexSnapshot(snapshot);
  const warnings: Record<string, Violation[]> = {};
  for (const a of snapshot.assignments) {
    if (!isActive(a) || a.status === 'delivered' || a.status === 'evaluated') continue;
    const found = checkPlacement(idx, { requestId: a.requestId, teamId: a.teamId, startWeek: a.startWeek, endWeek: a.endWeek }, new Set([a.id]));
    if (found.length > 0) warnings[a.id] = found;
  }
  const unplannedIds = snapshot.requests.filter((r) => r.status === 'ready_for_matching' && !idx.byRequest.has(r.id)).map((r) => r.id);
  return { ...snapshot, unplannedIds, warnings };
}

/** The terms a set of teams and assignments touch: the snapshot a command must check against. */
export function termsOf(db: Database, teamIds: readonly number[], assignmentIds: readonly number[]): number[] {
  const out = new Set<number>();
  if (teamIds.length > 0) {
    for (const t of db.prepare(`SELECT c.term_id FROM teams tm JOIN cohorts c ON c.id = tm.cohort_id WHERE tm.id IN (${placeholders(teamIds.length)})`)
      .pluck().all(...teamIds) as number[]) out.add(t);
  }
  if (assignmentIds.length > 0) {
    for (const t of db.prepare(`SELECT term_id FROM assignments WHERE id IN (${placeholders(assignmentIds.length)})`).pluck().all(...assignmentIds) as number[]) out.add(t);
  }
  return [...out];
}

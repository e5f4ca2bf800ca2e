import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { cohortInput } from '../../../shared/schemas/masterInputs';
import { AppError } from '../errors';
import { assertExists } from './archive';

type CohortValues = z.output<typeof cohortInput>;

/** Team rows follow the cohort's team count: slots are added at the end and removed from the end. */
function syncTeams(db: Database, cohortId: number, teamCount: number): void {
  const slots = db.prepare(`SELECT slot FROM teams WHERE cohort_id = ? ORDER BY slot`).pluck().all(cohortId) as number[];
  const ins = db.prepare(`INSERT INTO teams (cohort_id, slot) VALUES (?, ?)`);
  for (let slot = slots.length + 1; slot <= teamCount; slot++) ins.run(cohortId, slot);
  const surplus = slots.filter((s) => s > teamCount).sort((a, b) => b - a);
  for (const slot of surplus) {
    const busy = db.prepare(`SELECT count(*) FROM assignments a JOIN teams t ON t.id = a.team_id
      WHERE t.cohort_id = ? AND t.slot = ? AND a.status <> 'cancelled'`).pluck().get(cohortId, slot) as number;
    if (busy > 0) throw new AppError('team_has_assignments', { slot });
    db.prepare(`DELETE FROM teams WHERE cohort_id = ? AND slot = ? AND NOT EXISTS
      (SELECT 1 FROM assignments a WHERE a.team_id = teams.id)`).run(cohortId, slot);
  }
}

const params = (v: CohortValues) => ({
  programmeId: v.programmeId, termId: v.termId, teamCount: v.teamCount, studentsPerTeam: v.studentsPerTeam,
  minutes: v.minutesPerStudentWeek, coach: v.coachName ?? null,
});

export function createCohort(db: Database, v: CohortValues): { id: number } {
  assertExists(db, 'programmes', v.programmeId);
  assertExists(db, 'terms', v.termId);
  const dup = db.prepare(`SELECT id, archived_at FROM cohorts WHERE programme_id = ? AND term_id = ?`).get(v.programmeId, v.termId) as
    | { id: number; archived_at: string | null }
    | undefined;
  // An archived cohort for the same programme and term comes back with the new numbers instead of blocking.
  if (dup && dup.archived_at !== null) {
    db.prepare(`UPDATE cohorts SET archived_at = NULL WHERE id = ?`).run(dup.id);
    return updateCohort(db, dup.id, v);
  }
  if (dup) throw new AppError('cohort_exists');
  const id = db.prepare(`INSERT INTO cohorts (programme_id, term_id, team_count, students_per_team, minutes_per_student_week, coach_name)
    VALUES (@programmeId, @termId, @teamCount, @studentsPerTeam, @minutes, @coach) RETURNING id`).pluck().get(params(v)) as number;
  syncTeams(db, id, v.teamCount);
  return { id };
}

export function updateCohort(db: Database, id: number, v: CohortValues): { id: number } {
  assertExists(db, 'cohorts', id);
  const dup = db.prepare(`SELECT id FROM cohorts WHERE programme_id = ? AND term_id = ? AND id <> ?`).get(v.programmeId, v.termId, id);
  if (dup) throw new AppError('cohort_exists');
  db.prepare(`UPDATE cohorts SET programme_id = @programmeId, term_id = @termId, team_count = @teamCount,
      students_per_team = @studentsPerTeam, minutes_per_student_week = @minutes, coach_name = @coach WHERE id = @id`)
    .run({ ...params(v), id });
  syncTeams(db, id, v.teamCount);
  return { id };
}

export function renameTeam(db: Database, teamId: number, name: string | null): { id: number } {
  const res = db.prepare(`UPDATE teams SET name = ? WHERE id = ?`).run(name, teamId);
  if (res.changes === 0) throw new AppError('not_found', { entity: 'Team', id: teamId });
  return { id: teamId };
}

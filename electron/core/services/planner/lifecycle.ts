import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { AssignmentStatus, RequestStatus } from '../../../../shared/domain/constants';
import type { assignmentStatusInput, evaluationInput, teamDropOutInput } from '../../../../shared/schemas/planner';
import { isoDate } from '../../../../shared/domain/weeks';
import { AppError } from '../../errors';
import { setRequestStatus } from './commands';

/** planned → running → delivered → evaluated, or cancelled from any step before delivery. */
const NEXT: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['delivered', 'cancelled', 'planned'],
  delivered: ['evaluated', 'running'],
  evaluated: [],
  cancelled: [],
};

/** The request's pipeline status that follows from its assignment's status. */
const REQUEST_FOLLOWS: Record<AssignmentStatus, RequestStatus> = {
  planned: 'matched',
  running: 'running',
  delivered: 'delivered',
  evaluated: 'evaluated',
  cancelled: 'ready_for_matching',
};

function current(db: Database, id: number): { status: AssignmentStatus; request_id: number } {
  const row = db.prepare(`SELECT status, request_id FROM assignments WHERE id = ?`).get(id) as { status: AssignmentStatus; request_id: number } | undefined;
  if (!row) throw new AppError('not_found', { entity: 'Opdracht', id });
  return row;
}

export function setAssignmentStatus(db: Database, input: z.output<typeof assignmentStatusInput>): { id: number } {
  const row = current(db, input.assignmentId);
  if (!NEXT[row.status].includes(input.status)) throw new AppError('assignment_status', { from: row.status, to: input.status });
  if (input.status === 'cancelled' && !input.reason) throw new AppError('reason_required', {}, [{ path: ['reason'], key: 'field.required' }]);
  db.prepare(`UPDATE assignments SET status = ?, cancel_reason = ?, needs_replan = CASE WHEN ? = 'cancelled' THEN 0 ELSE needs_replan END WHERE id = ?`)
    .run(input.status, input.status === 'cancelled' ? input.reason : null, input.status, input.assignmentId);
  // A cancelled request goes back to the waiting list, with the reason in its history.
  setRequestStatus(db, row.request_id, REQUEST_FOLLOWS[input.status], input.status === 'cancelled' ? input.reason ?? null : null);
  return { id: input.assignmentId };
}

export function evaluate(db: Database, input: z.output<typeof evaluationInput>): { id: number } {
  const row = current(db, input.assignmentId);
  if (row.status !== 'delivered' && row.status !== 'evaluated') throw new AppError('assignment_status', { from: row.status, to: 'evaluated' });
  db.prepare(`INSERT INTO evaluations (assignment_id, satisfaction, would_recommend, deliverable_given, next_steps, evaluated_on)
    VALUES (@id, @sat, @rec, @given, @next, @on)
    ON CONFLICT (assignment_id) DO UPDATE SET satisfaction = excluded.satisfaction, would_recommend = excluded.would_recommend,
      deliverable_given = excluded.deliverable_given, next_steps = excluded.next_steps, evaluated_on = excluded.evaluated_on`)
    .run({ id: input.assignmentId, sat: input.satisfaction, rec: input.wouldRecommend, given: input.deliverableGiven ? 1 : 0,
      next: input.nextSteps, on: input.evaluatedOn ?? isoDate(new Date()) });
  db.prepare(`UPDATE assignments SET status = 'evaluated' WHERE id = ?`).run(input.assignmentId);
  setRequestStatus(db, row.request_id, 'evaluated');
  return { id: input.assignmentId };
}

/** A team that drops out takes no new work; its unfinished assignments are flagged for re-planning. */
export function setTeamDropOut(db: Database, input: z.output<typeof teamDropOutInput>): { id: number; flagged: number } {
  const res = db.prepare(`UPDATE teams SET dropped_out_at = ? WHERE id = ?`).run(input.droppedOut ? input.on ?? isoDate(new Date()) : null, input.teamId);
  if (res.changes === 0) throw new AppError('not_found', { entity: 'Team', id: input.teamId });
  const flagged = db.prepare(`UPDATE assignments SET needs_replan = ? WHERE team_id = ? AND status IN ('planned', 'running')`)
    .run(input.droppedOut ? 1 : 0, input.teamId).changes;
  return { id: input.teamId, flagged };
}

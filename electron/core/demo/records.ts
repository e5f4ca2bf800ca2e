import { isoOf, type Day } from './calendar';
import { lastStatus, type AssignmentPlan, type RequestPlan } from './pipeline';
import type { Writer } from './writer';

const isoOrNull = (d: Day | null) => (d === null ? null : isoOf(d));

/** Requests with their status history; the request's status and reason are those of its last history row. */
export function writeRequests(w: Writer, requests: readonly RequestPlan[]): void {
  const insert = w.table('requests', [
    'id', 'sme_id', 'offering_id', 'question', 'digital_maturity', 'goals', 'obstacles', 'channel', 'preferred_start',
    'preferred_end', 'priority', 'owner_staff_id', 'status', 'status_reason', 'received_on',
  ]);
  const insertHistory = w.table('request_status_history', ['request_id', 'from_status', 'to_status', 'reason', 'changed_on']);
  for (const r of requests) {
    const last = lastStatus(r);
    insert(r.id, r.sme.id, r.offering?.id ?? null, r.question, r.maturity, JSON.stringify(r.goals),
      JSON.stringify(r.obstacles), r.channel, isoOrNull(r.prefStart), isoOrNull(r.prefEnd), r.priority,
      r.owner?.id ?? null, last.to, last.reason, isoOf(r.received));
  }
  // History after all requests, in time order per request, so each request's rows read as its story.
  for (const r of requests) {
    let from: string | null = null;
    for (const h of r.history) {
      insertHistory(r.id, from, h.to, h.reason, isoOf(h.on));
      from = h.to;
    }
  }
}

export function writeAssignments(w: Writer, assignments: readonly AssignmentPlan[]): void {
  const insert = w.table('assignments', [
    'id', 'request_id', 'team_id', 'term_id', 'start_week', 'end_week', 'status', 'cancel_reason', 'locked',
  ]);
  const insertEvaluation = w.table('evaluations', [
    'assignment_id', 'satisfaction', 'would_recommend', 'deliverable_given', 'next_steps', 'answers', 'evaluated_on',
  ]);
  for (const a of assignments) {
    const { term, team, startIdx, endIdx } = a.placement;
    insert(a.id, a.request.id, team.id, term.id, term.weeks[startIdx]!.key, term.weeks[endIdx]!.key, a.status,
      a.cancelReason, a.locked ? 1 : 0);
  }
  for (const a of assignments) {
    const e = a.evaluation;
    if (!e) continue;
    insertEvaluation(a.id, e.satisfaction, e.wouldRecommend, e.deliverableGiven ? 1 : 0, e.nextSteps,
      JSON.stringify(e.answers), isoOf(e.on));
  }
}

import type { Activity, AssignmentStatus, Priority, RequestStatus } from '../../../shared/domain/constants';
import type { Day } from './calendar';
import type { Offering, Staff } from './model';
import type { Placement } from './planner';
import type { SmeRecord } from './smes';

// The in-memory shape of a request's life: what happened to it and when, up to "today".

export interface StatusEvent {
  to: RequestStatus;
  on: Day;
  reason: string | null;
}

export interface EvaluationPlan {
  on: Day;
  satisfaction: number;
  wouldRecommend: number;
  deliverableGiven: boolean;
  nextSteps: string;
  answers: Record<string, boolean>;
}

export interface RequestPlan {
  id: number;
  sme: SmeRecord;
  offering: Offering | null;
  received: Day;
  owner: Staff | null;
  priority: Priority;
  question: string;
  maturity: number | null;
  goals: string[];
  obstacles: string[];
  channel: string;
  prefStart: Day | null;
  prefEnd: Day | null;
  history: StatusEvent[];
  /** Set once a date lies after today: nothing later can have happened yet. */
  stopped: boolean;
}

export interface AssignmentPlan {
  id: number;
  request: RequestPlan;
  placement: Placement;
  matchedOn: Day;
  status: AssignmentStatus;
  cancelReason: string | null;
  cancelledOn: Day | null;
  locked: boolean;
  coach: Staff;
  evaluation: EvaluationPlan | null;
}

/** A piece of staff work that belongs to a request, assignment or event; hours.ts turns these into entries. */
export interface WorkItem {
  staff: Staff;
  day: Day;
  minutes: number;
  activity: Activity;
  requestId: number | null;
  assignmentId: number | null;
  eventId: number | null;
}

export function lastStatus(r: RequestPlan): StatusEvent {
  return r.history[r.history.length - 1]!;
}

/** Records a status change if it has happened by `today`; returns whether it did. */
export function advance(r: RequestPlan, today: Day, to: RequestStatus, on: Day, reason: string | null = null): boolean {
  if (r.stopped || on > today) {
    r.stopped = true;
    return false;
  }
  r.history.push({ to, on, reason });
  return true;
}

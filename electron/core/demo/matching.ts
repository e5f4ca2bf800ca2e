import type { Day } from './calendar';
import type { Staff } from './model';
import { advance, lastStatus, type AssignmentPlan, type EvaluationPlan, type RequestPlan } from './pipeline';
import type { Planner } from './planner';
import type { Rng } from './random';
import { TEXTS } from './words';

const WAITING_REASONS = TEXTS.withdrawReasons.filter((t) => !t.includes('gestopt') && !t.includes('reageert'));

/**
 * The second half of each request's life: matched onto a team, running, delivered, evaluated, closed; or
 * cancelled. A team that drops out mid-assignment leaves its request to be planned again (once).
 */
export function matchRequests(rng: Rng, opts: {
  toMatch: { request: RequestPlan; on: Day }[]; today: Day; planner: Planner; staff: readonly Staff[];
}): AssignmentPlan[] {
  const { today, planner } = opts;
  const coaches = opts.staff.filter((s) => s.coaches);
  const coachPool = coaches.length > 0 ? coaches : opts.staff;
  const assignments: AssignmentPlan[] = [];
  const retries: { request: RequestPlan; on: Day }[] = [];
  const byDay = (a: { request: RequestPlan; on: Day }, b: { request: RequestPlan; on: Day }) =>
    a.on - b.on || a.request.id - b.request.id;

  const match = (r: RequestPlan, on: Day, mayRetry: boolean) => {
    const placement = r.offering && on <= today ? planner.place(r.offering, on + 7) : null;
    if (!placement) {
      if (on > today) return;
      // Requests nobody can take drift away: the longer they wait, the likelier the company gives up.
      const waited = today - lastStatus(r).on;
      if (rng.chance(waited > 120 ? 0.5 : 0.2)) {
        advance(r, today, 'withdrawn', lastStatus(r).on + rng.int(20, 90), rng.pick(WAITING_REASONS));
      }
      return;
    }
    const a: AssignmentPlan = {
      id: assignments.length + 1, request: r, placement, matchedOn: on, status: 'planned', cancelReason: null,
      cancelledOn: null, locked: false, coach: rng.pick(coachPool), evaluation: null,
    };
    assignments.push(a);
    advance(r, today, 'matched', on);
    const { term, team, startIdx, endIdx } = placement;
    const start = term.weeks[startIdx]!.monday;
    const endFriday = term.weeks[endIdx]!.monday + 4;

    if (rng.chance(0.05)) {
      const byTeam = rng.chance(0.5);
      const cancelOn = byTeam ? start + rng.int(0, endFriday - start) : on + 1 + rng.int(0, endFriday - on - 1);
      if (cancelOn <= today) {
        if (start <= cancelOn) advance(r, today, 'running', start);
        a.status = 'cancelled';
        a.cancelledOn = cancelOn;
        a.cancelReason = rng.pick(byTeam ? TEXTS.cancelReasons.team : TEXTS.cancelReasons.sme);
        if (byTeam) {
          team.droppedOutOn = cancelOn;
          team.cursor = term.weeks.length;
          advance(r, today, 'ready_for_matching', cancelOn, TEXTS.replanReason);
          if (mayRetry) retries.push({ request: r, on: cancelOn + rng.int(2, 10) });
        } else {
          advance(r, today, 'withdrawn', cancelOn, rng.pick(TEXTS.withdrawReasons));
        }
        return;
      }
    }
    a.locked = rng.chance(0.12);
    if (!advance(r, today, 'running', start)) return;
    a.status = 'running';
    if (!advance(r, today, 'delivered', endFriday)) return;
    a.status = 'delivered';
    if (!rng.chance(0.88)) return;
    const evaluatedOn = endFriday + rng.int(5, 30);
    if (!advance(r, today, 'evaluated', evaluatedOn)) return;
    a.status = 'evaluated';
    a.evaluation = evaluation(rng, evaluatedOn);
    if (rng.chance(0.85)) advance(r, today, 'closed', evaluatedOn + rng.int(7, 45));
  };

  for (const m of opts.toMatch.sort(byDay)) match(m.request, m.on, true);
  for (const m of retries.sort(byDay)) match(m.request, m.on, false);
  return assignments;
}

function evaluation(rng: Rng, on: Day): EvaluationPlan {
  const spread = (rng.next() + rng.next() + rng.next() - 1.5) * 2.2;
  const satisfaction = Math.min(10, Math.max(3, Math.round(7.6 + spread)));
  return {
    on,
    satisfaction,
    wouldRecommend: Math.min(10, Math.max(1, satisfaction + rng.int(-1, 1))),
    deliverableGiven: rng.chance(0.92),
    nextSteps: rng.pick(TEXTS.nextSteps),
    answers: {
      moreInsight: rng.chance(0.85),
      learnedCostAndFeasibility: rng.chance(0.6),
      accessToDataOrSoftware: rng.chance(0.5),
      developedOwnSkills: rng.chance(0.55),
      satisfiedWithStudents: satisfaction >= 6,
    },
  };
}

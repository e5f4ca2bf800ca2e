import type { Day } from './calendar';
import type { EventInfo } from './model';
import type { AssignmentPlan, RequestPlan, WorkItem } from './pipeline';
import type { Rng } from './random';

const quarters = (rng: Rng, min: number, max: number) => rng.int(min, max) * 15;

/**
 * The staff work that belongs to something: intakes, matching, coaching of running assignments, processing
 * evaluations and running events. Only work done before today is logged.
 */
export function linkedWork(rng: Rng, opts: {
  requests: readonly RequestPlan[]; assignments: readonly AssignmentPlan[]; events: readonly EventInfo[]; today: Day;
}): WorkItem[] {
  const { today } = opts;
  const items: WorkItem[] = [];
  const add = (item: WorkItem) => {
    if (item.day < today) items.push(item);
  };
  for (const r of opts.requests) {
    if (!r.owner) continue;
    for (const h of r.history) {
      if (h.to === 'intake_planned') add(work(r.owner, h.on, quarters(rng, 1, 2), 'intake', r.id));
      if (h.to === 'intake_done') add(work(r.owner, h.on, quarters(rng, 4, 8), 'intake', r.id));
    }
  }
  for (const a of opts.assignments) {
    const r = a.request;
    add(work(r.owner ?? a.coach, a.matchedOn, quarters(rng, 2, 4), 'matching', r.id, a.id));
    const { term, startIdx, endIdx } = a.placement;
    for (let i = startIdx; i <= endIdx; i++) {
      const week = term.weeks[i]!;
      if (week.kind !== 'teaching' || !rng.chance(0.45)) continue;
      const day = week.monday + rng.int(1, 3);
      if (a.cancelledOn !== null && day > a.cancelledOn) break;
      add(work(a.coach, day, quarters(rng, 2, 6), 'coaching', r.id, a.id));
    }
    if (a.evaluation) add(work(r.owner ?? a.coach, a.evaluation.on, quarters(rng, 1, 3), 'reporting', r.id, a.id));
  }
  for (const e of opts.events) {
    add({ ...work(e.organiser, e.day - rng.int(2, 7), quarters(rng, 6, 12), 'event'), eventId: e.id });
    add({ ...work(e.organiser, e.day, quarters(rng, e.kind === 'masterclass' ? 12 : 8, 16), 'event'), eventId: e.id });
  }
  return items;
}

function work(staff: WorkItem['staff'], day: Day, minutes: number, activity: WorkItem['activity'], requestId: number | null = null,
  assignmentId: number | null = null): WorkItem {
  return { staff, day, minutes, activity, requestId, assignmentId, eventId: null };
}

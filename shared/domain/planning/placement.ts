import { addWeeksToKey, weekKeyOf } from '../weeks';
import type { PlanAssignment, PlanCohort, PlanRequest, PlanSnapshot, PlanTeam, PlanTerm } from './model';
import { isHard, type Violation } from './violations';

// The one source of truth for "may this request go on this team in these weeks?" used by the planner screen
// while dragging, by the core when saving, and by the suggestion solver.

export interface Placement { requestId: number; teamId: number; startWeek: string; endWeek: string }

/** Indexes of a snapshot, built once and reused for many checks (a drag checks on every hovered cell). */
export interface PlanIndex {
  snapshot: PlanSnapshot;
  team: Map<number, PlanTeam>;
  term: Map<number, PlanTerm>;
  cohort: Map<number, PlanCohort>;
  request: Map<number, PlanRequest>;
  byTeam: Map<number, PlanAssignment[]>;
  byRequest: Map<number, PlanAssignment[]>;
  bySme: Map<number, PlanAssignment[]>;
  cohortTeams: Map<number, number[]>;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export const isActive = (a: PlanAssignment) => a.status !== 'cancelled';

export function indexSnapshot(snapshot: PlanSnapshot): PlanIndex {
  const idx: PlanIndex = {
    snapshot,
    team: new Map(snapshot.teams.map((t) => [t.id, t])),
    term: new Map(snapshot.terms.map((t) => [t.id, t])),
    cohort: new Map(snapshot.cohorts.map((c) => [c.id, c])),
    request: new Map(snapshot.requests.map((r) => [r.id, r])),
    byTeam: new Map(),
    byRequest: new Map(),
    bySme: new Map(),
    cohortTeams: new Map(),
  };
  for (const t of snapshot.teams) push(idx.cohortTeams, t.cohortId, t.id);
  for (const a of snapshot.assignments) {
    if (!isActive(a)) continue;
    push(idx.byTeam, a.teamId, a);
    push(idx.byRequest, a.requestId, a);
    const r = idx.request.get(a.requestId);
    if (r) push(idx.bySme, r.smeId, a);
  }
  return idx;
}

/** The end week of a request started in `startWeek`: its offering's duration in calendar weeks. */
export function endWeekFor(request: PlanRequest, startWeek: string): string {
  return addWeeksToKey(startWeek, Math.max(1, request.durationWeeks) - 1);
}

const overlaps = (aStart: string, aEnd: string, bStart: string, bEnd: string) => aStart <= bEnd && bStart <= aEnd;

/**
 * Every rule the placement breaks. `ignore` lists assignments being moved (they do not block their own new
 * place); `extra` lists other placements made in the same action (a multi-move checks them against each other).
 */
export function checkPlacement(
  idx: PlanIndex,
  p: Placement,
  ignore: ReadonlySet<number> = new Set(),
  extra: readonly Placement[] = [],
): Violation[] {
  const out: Violation[] = [];
  const team = idx.team.get(p.teamId);
  const request = idx.request.get(p.requestId);
  if (!team || !request) return [{ rule: 'not_plannable', hard: true, params: {} }];
  const term = idx.term.get(team.termId);
  const weeks = term?.weeks ?? [];
  const add = (rule: Violation['rule'], params: Violation['params'] = {}) => out.push({ rule, hard: isHard(rule), params });

  if (team.droppedOut) add('team_dropped', { team: team.label });
  const first = weeks[0]?.week;
  const last = weeks[weeks.length - 1]?.week;
  if (!first || !last || p.startWeek < first || p.endWeek > last || p.startWeek > p.endWeek) {
    add('outside_term', { term: term?.name ?? '?', first: first ?? '?', last: last ?? '?' });
  }
  if (request.levels.length > 0 && !request.levels.includes(team.level)) {
    add('level', { level: team.level, offering: request.offeringName ?? '?' });
  }
  const busy = (idx.byTeam.get(team.id) ?? []).find((a) => !ignore.has(a.id) && a.requestId !== p.requestId &&
    overlaps(a.startWeek, a.endWeek, p.startWeek, p.endWeek));
  const busyExtra = extra.find((e) => e !== p && e.teamId === team.id && e.requestId !== p.requestId &&
    overlaps(e.startWeek, e.endWeek, p.startWeek, p.endWeek));
  if (busy || busyExtra) {
    const other = idx.request.get((busy ?? busyExtra)!.requestId);
    add('team_busy', { team: team.label, sme: other?.smeName ?? '?', from: (busy ?? busyExtra)!.startWeek, to: (busy ?? busyExtra)!.endWeek });
  }
  const otherPlan = (idx.byRequest.get(request.id) ?? []).find((a) => !ignore.has(a.id));
  if (otherPlan) add('already_planned', { sme: request.smeName });

  // Capacity is team-weeks (what the solver models too): when this team is busy, say whether the cohort has any
  // other team free for these weeks, so the coordinator knows to look elsewhere.
  if (busy || busyExtra) {
    const teamIds = idx.cohortTeams.get(team.cohortId) ?? [];
    const free = teamIds.filter((id) => id !== team.id && !idx.team.get(id)?.droppedOut &&
      !(idx.byTeam.get(id) ?? []).some((a) => !ignore.has(a.id) && overlaps(a.startWeek, a.endWeek, p.startWeek, p.endWeek)) &&
      !extra.some((e) => e !== p && e.teamId === id && overlaps(e.startWeek, e.endWeek, p.startWeek, p.endWeek)));
    if (free.length === 0) add('cohort_full', { programme: team.programmeName, teams: teamIds.length });
  }

  if (request.theme && request.theme !== 'other' && !team.themes.includes(request.theme)) add('theme', { theme: request.theme });
  const span = weeks.filter((w) => w.week >= p.startWeek && w.week <= p.endWeek);
  const holidays = span.filter((w) => w.kind === 'holiday' || w.kind === 'free').map((w) => w.week);
  if (holidays.length > 0) add('holiday', { weeks: holidays.join(', '), count: holidays.length });
  const exams = span.filter((w) => w.kind === 'exam').map((w) => w.week);
  if (exams.length > 0) add('exam', { weeks: exams.join(', '), count: exams.length });
  const smeOther = (idx.bySme.get(request.smeId) ?? []).find((a) => !ignore.has(a.id) && a.requestId !== request.id &&
    overlaps(a.startWeek, a.endWeek, p.startWeek, p.endWeek));
  if (smeOther) add('sme_busy', { sme: request.smeName });
  if (request.smeHolidayRegion && request.smeHolidayRegion !== team.holidayRegion) {
    add('region', { smeRegion: request.smeHolidayRegion, schoolRegion: team.holidayRegion });
  }
  if (request.preferredStart || request.preferredEnd) {
    const from = request.preferredStart ? weekOfDate(request.preferredStart) : null;
    const to = request.preferredEnd ? weekOfDate(request.preferredEnd) : null;
    if ((from && p.startWeek < from) || (to && p.endWeek > to)) {
      add('window', { from: request.preferredStart ?? '', to: request.preferredEnd ?? '' });
    }
  }
  return out;
}

const weekCache = new Map<string, string>();
function weekOfDate(date: string): string {
  let w = weekCache.get(date);
  if (!w) weekCache.set(date, (w = weekKeyOf(date)));
  return w;
}

export const hardOnly = (v: readonly Violation[]) => v.filter((x) => x.hard);
export const softOnly = (v: readonly Violation[]) => v.filter((x) => !x.hard);

import type { PlanRequest, PlanTeam, PlanTerm } from '../planning/model';
import { checkPlacement, type PlanIndex } from '../planning/placement';
import type { Rule } from '../planning/violations';
import type { Instance } from './instance';
import { runAll, type Work } from './stepper';
import { weekKeyOf } from '../weeks';
import { requestParts, requestWindow, weekOrdinal, teamParts, termCalendar, weekPartsAt, weigh, type ScoreContext, type TermCalendar } from './score';
import type { Weights } from './weights';

// From a planning snapshot to the solver's model (instance.ts).
//
// Team classes: free teams (no active assignment, not dropped out) with the same term weeks, level, themes and
// region are interchangeable. They form one class whose cells (class × week) have capacity = number of teams. That is exact: intervals whose overlap never exceeds k can always be spread over
// k teams (interval graphs are perfect; propose.ts does it by start week). A team that already has work is a
// class of its own with capacity 1, and its busy weeks simply have no candidates (checkPlacement refuses them).
// Candidates: every start week of the term whose bar (the offering's duration) stays in the term and breaks no
// hard rule of checkPlacement, the one source of truth for the planner's rules, and does not start before the
// week of `today` (a proposal for weeks gone by helps nobody).

export interface TeamClass { teamIds: number[]; team: PlanTeam; term: PlanTerm }

export interface Candidate {
  requestId: number;
  classIndex: number;
  startWeek: string;
  endWeek: string;
  score: number;
}

export interface SuggestInstance {
  instance: Instance;
  candidates: Candidate[];
  requestIds: number[];
  classes: TeamClass[];
  /** Class k's cells are cellBase[k] + index of the week in its term. */
  cellBase: number[];
  /** A cell's name for a dump: "Programme team 3+2 #12 @ 2026-W40" (class label, first team id, week). */
  cellName: (cell: number) => string;
  /** Why a request without candidates has none: the hard rules met, most frequent first. */
  refusals: Map<number, { rule: Rule; params: Record<string, string | number>; count: number }[]>;
  /** Per request (instance numbering): the best score among candidates a cap left out, or -Infinity. */
  droppedBest: Float64Array;
}

export interface BuildOptions extends ScoreContext {
  weights: Weights;
  /** Merge free teams of a cohort into one class (default). Off gives one class per team: the same optimum. */
  mergeTeams?: boolean;
  /**
   * Keep at most this many candidates per request (its best ones). Default: unlimited, except for very large
   * snapshots (see AUTO_CAP). The dropped candidates' best score per request is kept, so the solver can tell
   * whether the cap could have cost anything (see `droppedBest`).
   */
  maxPerRequest?: number;
}

/** Above this many request × team-class pairs the build keeps only each request's best candidates. */
const AUTO_CAP_PAIRS = 4_000_000;
const AUTO_CAP = 32;

/**
 * What makes two free teams interchangeable for every request: the rules and the score see a team only through
 * its term's weeks (and their kinds), level, themes and holiday region. Teams of different cohorts with the same
 * signature share one class: fewer, larger classes, the same optimum.
 */
function signature(team: PlanTeam, term: PlanTerm): string {
  return `${team.level}|${[...team.themes].sort().join(',')}|${team.holidayRegion}|${term.weeks.map((w) => w.week + w.kind[0]).join('')}`;
}

function teamClasses(idx: PlanIndex, merge: boolean): TeamClass[] {
  const out: TeamClass[] = [];
  const bySignature = new Map<string, TeamClass>();
  for (const team of idx.snapshot.teams) {
    const term = idx.term.get(team.termId);
    if (!term || team.droppedOut || term.weeks.length === 0) continue;
    const free = merge && !idx.byTeam.has(team.id);
    const key = free ? signature(team, term) : '';
    const existing = free ? bySignature.get(key) : undefined;
    if (existing) {
      existing.teamIds.push(team.id);
      continue;
    }
    const cls: TeamClass = { teamIds: [team.id], team, term };
    out.push(cls);
    if (free) bySignature.set(key, cls);
  }
  return out;
}

const PER_START: readonly Rule[] = ['outside_term', 'team_busy', 'cohort_full'];

export function buildCandidates(idx: PlanIndex, requestIds: readonly number[], opts: BuildOptions): SuggestInstance {
  return runAll(buildSteps(idx, requestIds, opts));
}

/** The build in pieces (see stepper.ts): one request at a time; `onRequest(done, total)` follows it. */
export function* buildSteps(
  idx: PlanIndex, requestIds: readonly number[], opts: BuildOptions, onRequest?: (done: number, total: number) => void,
): Work<SuggestInstance> {
  const classes = teamClasses(idx, opts.mergeTeams ?? true);
  const cellBase: number[] = [];
  const capacity: number[] = [];
  const calendars = new Map<number, TermCalendar>();
  const firstWeek = weekOrdinal(weekKeyOf(opts.today));
  // Per class: its busy weeks as a running count (a bar is free when the count does not change over it).
  const busyBefore: Int32Array[] = [];
  for (const cls of classes) {
    cellBase.push(capacity.length);
    if (!calendars.has(cls.term.id)) calendars.set(cls.term.id, termCalendar(cls.term));
    const weeks = cls.term.weeks;
    for (let k = 0; k < weeks.length; k++) capacity.push(cls.teamIds.length);
    const busy = idx.byTeam.get(cls.team.id) ?? [];
    const before = new Int32Array(weeks.length + 1);
    weeks.forEach((w, k) => (before[k + 1] = before[k]! + (busy.some((a) => a.startWeek <= w.week && w.week <= a.endWeek) ? 1 : 0)));
    busyBefore.push(before);
  }
  const cellName = (cell: number) => {
    let k = classes.length - 1;
    while (cellBase[k]! > cell) k--;
    const cls = classes[k]!;
    const label = cls.teamIds.length > 1 ? `${cls.team.label}+${cls.teamIds.length - 1}` : cls.team.label;
    return `${cls.team.programmeName} ${label} #${cls.team.id} @ ${cls.term.weeks[cell - cellBase[k]!]!.week}`;
  };
  const candidates: Candidate[] = [];
  const reqOf: number[] = [];
  const scoreOf: number[] = [];
  const cellStart: number[] = [0];
  const cellList: number[] = [];
  const refusals: SuggestInstance['refusals'] = new Map();
  const requests = requestIds.map((id) => idx.request.get(id)).filter((r): r is PlanRequest => r !== undefined);
  const wt = opts.weights;
  const cap = opts.maxPerRequest ?? (requests.length * classes.length > AUTO_CAP_PAIRS ? AUTO_CAP : Infinity);
  const droppedBest = new Float64Array(requests.length).fill(-Infinity);
  // One request's candidates before the cap: class, start index, score.
  const pend: number[] = [];
  for (const [ri, r] of requests.entries()) {
    yield;
    onRequest?.(ri, requests.length);
    const seen = new Map<Rule, { rule: Rule; params: Record<string, string | number>; count: number }>();
    const refuse = (v: { rule: Rule; params: Record<string, string | number> }) => {
      const s = seen.get(v.rule);
      if (s) s.count++;
      else seen.set(v.rule, { rule: v.rule, params: v.params, count: 1 });
    };
    const fixed = weigh({ ...requestParts(r, opts), level: 0, theme: 0, window: 0, region: 0, calendar: 0 }, wt).total;
    const win = requestWindow(r);
    const length = Math.max(1, r.durationWeeks);
    // The weighted week parts of a bar depend only on the term's calendar: computed once per term.
    const weekScores = new Map<number, Float64Array>();
    // Pair rules that do not depend on the team (already planned): checkPlacement says so once per request.
    const planned = idx.byRequest.has(r.id);
    pend.length = 0;
    for (let ci = 0; ci < classes.length; ci++) {
      const { team, term } = classes[ci]!;
      const weeks = term.weeks;
      // The level rule, as checkPlacement has it (cheap here, so huge instances skip hopeless pairs fast).
      if (r.levels.length > 0 && !r.levels.includes(team.level)) {
        refuse({ rule: 'level', params: { level: team.level, offering: r.offeringName ?? '?' } });
        continue;
      }
      if (planned) {
        // The pair's rules from checkPlacement itself, on the first bar (dropped-out teams have no class).
        const first = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[0]!.week, endWeek: weeks[Math.min(length, weeks.length) - 1]!.week });
        const pairRule = first.find((v) => v.hard && !PER_START.includes(v.rule));
        if (pairRule) {
          refuse(pairRule);
          continue;
        }
      }
      // Per start week only the term's end and the team's own timeline can refuse (team_busy / cohort_full):
      // those two are checked here directly; propose() runs the finished plan through checkPlacement again.
      const cal = calendars.get(term.id)!;
      let ws = weekScores.get(term.id);
      if (!ws) {
        ws = new Float64Array(Math.max(0, weeks.length - length + 1)).fill(NaN);
        for (let s = 0; s + length <= weeks.length; s++) {
          const e = s + length - 1;
          if (cal.ordinal[s]! < firstWeek) continue; // no suggestion starts in the past
          if (cal.ordinal[e] !== cal.ordinal[s]! + length - 1) continue; // a gap in the term's weeks
          const wp = weekPartsAt(win, cal, s, e);
          ws[s] = wp.window * wt.window + wp.calendar * wt.calendar;
        }
        weekScores.set(term.id, ws);
      }
      const tp = teamParts(r, team);
      const pairScore = fixed + tp.level * wt.level + tp.theme * wt.theme + tp.region * wt.region;
      const busy = busyBefore[ci]!;
      let fits = 0;
      for (let s = 0; s < ws.length; s++) {
        const w = ws[s]!;
        if (Number.isNaN(w)) continue;
        fits++;
        const e = s + length - 1;
        if (busy[e + 1] !== busy[s]) {
          if (!seen.has('team_busy')) {
            const v = checkPlacement(idx, { requestId: r.id, teamId: team.id, startWeek: weeks[s]!.week, endWeek: weeks[e]!.week }).find((x) => x.hard);
            if (v) refuse(v);
          } else refuse({ rule: 'team_busy', params: {} });
          continue;
        }
        const total = pairScore + w;
        if (total > 0) pend.push(ci, s, total);
      }
      if (fits === 0) refuse({ rule: 'outside_term', params: { term: term.name, first: weeks[0]!.week, last: weeks[weeks.length - 1]!.week } });
    }
    let threshold = -Infinity;
    if (pend.length / 3 > cap) {
      const scores = new Float64Array(pend.length / 3);
      for (let i = 0; i < scores.length; i++) scores[i] = pend[3 * i + 2]!;
      scores.sort();
      threshold = scores[scores.length - cap]!;
    }
    let kept = 0;
    for (let i = 0; i < pend.length; i += 3) {
      const [ci, s, total] = [pend[i]!, pend[i + 1]!, pend[i + 2]!];
      if (total < threshold || (total === threshold && kept >= cap)) {
        droppedBest[ri] = Math.max(droppedBest[ri]!, total);
        continue;
      }
      kept++;
      const weeks = classes[ci]!.term.weeks;
      const e = s + length - 1;
      const base = cellBase[ci]!;
      for (let k = s; k <= e; k++) cellList.push(base + k);
      cellStart.push(cellList.length);
      reqOf.push(ri);
      scoreOf.push(total);
      candidates.push({ requestId: r.id, classIndex: ci, startWeek: weeks[s]!.week, endWeek: weeks[e]!.week, score: total });
    }
    if (kept === 0) refusals.set(r.id, [...seen.values()].sort((a, b) => b.count - a.count));
  }
  const instance: Instance = {
    requests: requests.length, cells: capacity.length, capacity: Int32Array.from(capacity), req: Int32Array.from(reqOf),
    score: Float64Array.from(scoreOf), cellStart: Int32Array.from(cellStart), cellList: Int32Array.from(cellList),
  };
  return {
    instance, candidates, requestIds: requests.map((r) => r.id), classes, cellBase, cellName, refusals, droppedBest,
  };
}

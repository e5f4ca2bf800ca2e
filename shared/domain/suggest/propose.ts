import type { Language } from '../constants';
import type { PlanSnapshot } from '../planning/model';
import { checkPlacement, indexSnapshot, type PlanIndex, type Placement } from '../planning/placement';
import type { Rule } from '../planning/violations';
import { buildSteps, candidateAt, type SuggestInstance } from './candidates';
import { explainUnplanned, type Unplanned } from './explain';
import { solveSteps, type SolveOptions, type SolveProgress, type SolveResult } from './solve';
import { roomBound } from './instance';
import { stoppableRun, type StoppableRun, type Work } from './stepper';
import { requestParts, requestWindow, teamParts, termCalendar, weekPartsAt, weigh } from './score';
import type { ScoreParts, Weights } from './weights';

/** The weighted parts of one candidate, computed only for the chosen ones (they add up to its score). */
export function partsOfCandidate(idx: PlanIndex, si: SuggestInstance, c: number, opts: Pick<ProposeOptions, 'weights' | 'today'>): ScoreParts {
  // By week index, not week key: the same parts as scoreParts() without looking the weeks up (30,000 at huge).
  const inst = si.instance;
  const cls = si.classes[si.classOf[c]!]!;
  const s = si.startOf[c]!;
  const e = s + inst.cellStart[c + 1]! - inst.cellStart[c]! - 1;
  const r = idx.request.get(si.requestIds[inst.req[c]!]!)!;
  const parts = { ...requestParts(r, opts), ...teamParts(r, cls.team), ...weekPartsAt(requestWindow(r), termCalendar(cls.term), s, e) };
  const { total, weighted } = weigh(parts, opts.weights);
  if (total !== inst.score[c]) throw new Error('suggest: score parts do not add up');
  return weighted;
}

// The proposal: a pure function of a snapshot (so it can move to a worker unchanged). Builds the model, solves
// it exactly, spreads each class's bars over its concrete teams, and explains what is left out.

export interface Suggestion {
  requestId: number;
  teamId: number;
  startWeek: string;
  endWeek: string;
  score: number;
  parts: ScoreParts;
  /** Soft rules the placement breaks (the planner shows the same warnings on the bar). */
  warnings: Rule[];
}

export interface Proposal {
  suggestions: Suggestion[];
  unplanned: Unplanned[];
  objective: number;
  greedyObjective: number;
  bound: number;
  optimal: boolean;
  /** The search was stopped (shouldStop / stop()): this is the best plan found until then, not proven. */
  cancelled?: boolean;
  stats: { requests: number; candidates: number; components: number; nodes: number; milliseconds: number };
}

export interface ProposeOptions extends SolveOptions {
  /** Counted from the start of the proposal, building the candidates included; then the best plan found stands. */
  timeLimitMs?: number;
  weights: Weights;
  today: string;
  language: Language;
  /** Requests to plan; default: every request in the snapshot waiting for a team. */
  requestIds?: readonly number[];
  mergeTeams?: boolean;
  /** See BuildOptions.maxPerRequest (default: a cap only for very large snapshots). */
  maxPerRequest?: number;
  /** Called every few milliseconds of work with where the solve stands. */
  onProgress?: (p: ProposeProgress) => void;
  /** Polled every few milliseconds: true ends the search with the best plan found (optimal: false). */
  shouldStop?: () => boolean;
}

/**
 * Where a proposal run stands: `fraction` 0–1 of the work (building candidates, then solving the parts),
 * `objective` of the best plan known, `bound` the proven upper bound (objective ≤ optimum ≤ bound).
 */
export type ProposeProgress = SolveProgress;

export type ProposalWithModel = Proposal & { instance: SuggestInstance; result: SolveResult };

/**
 * A proposal in time slices, for a caller that must stay responsive without a worker thread:
 *
 *   const run = startPropose(snapshot, opts);
 *   while (!run.step(40)) { show(run.progress()); await breathe(); if (cancelled) run.stop(); }
 *   const proposal = run.result();
 *
 * `step(ms)` works for about that long and returns true when done. `stop()` makes the run finish soon with the
 * best plan so far (optimal: false, cancelled: true); the candidates are always built completely first (they
 * bound the work), only the search is cut short. `result()` before `done` stops the run and finishes it.
 */
export type ProposeRun = StoppableRun<ProposalWithModel, ProposeProgress>;

export function waitingRequestIds(snapshot: PlanSnapshot): number[] {
  const planned = new Set(snapshot.assignments.filter((a) => a.status !== 'cancelled').map((a) => a.requestId));
  return snapshot.requests.filter((r) => r.status === 'ready_for_matching' && !planned.has(r.id)).map((r) => r.id);
}

/** Which team of its class each chosen candidate goes to: by start week, onto the first team free again. */
export function spreadOverTeams(si: SuggestInstance, chosen: readonly number[]): Map<number, number> {
  const teamOf = new Map<number, number>();
  const byClass = new Map<number, number[]>();
  for (const c of chosen) {
    const k = si.classOf[c]!;
    byClass.set(k, [...(byClass.get(k) ?? []), c]);
  }
  for (const [k, list] of byClass) {
    const teams = si.classes[k]!.teamIds;
    const freeFrom = teams.map(() => '');
    // Start weeks by index into the class's term: the same order as the week keys.
    list.sort((a, b) => si.startOf[a]! - si.startOf[b]!);
    for (const c of list) {
      const cand = candidateAt(si, c);
      const slot = freeFrom.findIndex((end) => end < cand.startWeek);
      if (slot < 0) throw new Error('suggest: class capacity exceeded while spreading over teams');
      freeFrom[slot] = cand.endWeek;
      teamOf.set(c, teams[slot]!);
    }
  }
  return teamOf;
}

/**
 * A capped build (huge snapshots) left candidates out. Any plan is worth at most Σ over requests of their best
 * score in the whole model (kept or left out); one that uses a left-out candidate of r at most that sum minus
 * r's best plus the best left out. When that is below objective + 1 for every request, the restricted optimum
 * is the optimum; otherwise the plan is not proven, and the honest bound is the lower of that sum and the room
 * bound of the whole model (instance.ts).
 */
function certifyCap(si: SuggestInstance, result: SolveResult, durationOf: (requestIndex: number) => number): void {
  const inst = si.instance;
  const best = Float64Array.from(si.droppedBest, (d) => Math.max(0, d));
  for (let c = 0; c < inst.req.length; c++) best[inst.req[c]!] = Math.max(best[inst.req[c]!]!, inst.score[c]!);
  const whole = best.reduce((a, b) => a + b, 0);
  for (let r = 0; r < inst.requests; r++) {
    if (si.droppedBest[r]! > 0 && whole - best[r]! + si.droppedBest[r]! >= result.objective + 1 - 1e-6) {
      const weeks = Float64Array.from(best, (_, i) => Math.max(1, durationOf(i)));
      result.optimal = false;
      result.bound = Math.max(result.bound, Math.min(whole, roomBound(best, weeks, si.room)));
      return;
    }
  }
}

/** The proposal in one go (CLI, tests); honours opts.onProgress and opts.shouldStop. */
export function propose(snapshot: PlanSnapshot, opts: ProposeOptions): ProposalWithModel {
  const run = startPropose(snapshot, opts);
  while (!run.step(5)) {
    opts.onProgress?.(run.progress());
    if (opts.shouldStop?.()) run.stop();
  }
  return run.result();
}

const BUILD_SHARE = 0.3;

export function startPropose(snapshot: PlanSnapshot, opts: ProposeOptions): ProposeRun {
  return stoppableRun<ProposalWithModel, ProposeProgress>({ fraction: 0, objective: 0, bound: 0 },
    (stopped, report) => proposeSteps(snapshot, opts, stopped, report));
}

function* proposeSteps(
  snapshot: PlanSnapshot, opts: ProposeOptions, stopped: () => boolean, report: (p: ProposeProgress) => void,
): Work<ProposalWithModel> {
  const started = Date.now();
  const idx = indexSnapshot(snapshot);
  const si = yield* buildSteps(idx, opts.requestIds ?? waitingRequestIds(snapshot), {
    weights: opts.weights, today: opts.today, mergeTeams: opts.mergeTeams, maxPerRequest: opts.maxPerRequest,
  }, (done, total) => report({ fraction: (BUILD_SHARE * done) / Math.max(1, total), objective: 0, bound: 0 }));
  const shouldStop = () => stopped() || (opts.shouldStop?.() ?? false);
  // The time limit counts from the start: building the candidates is part of what the user waits for.
  const deadline = opts.deadline ?? (opts.timeLimitMs !== undefined ? started + opts.timeLimitMs : undefined);
  const result = yield* solveSteps(si.instance, { ...opts, deadline, shouldStop }, (p) => {
    report({ ...p, fraction: BUILD_SHARE + (1 - BUILD_SHARE) * p.fraction });
  });
  certifyCap(si, result, (i) => idx.request.get(si.requestIds[i]!)!.durationWeeks);
  const cancelled = !result.optimal && shouldStop();
  const teamOf = spreadOverTeams(si, result.chosen);
  const suggestions: Suggestion[] = result.chosen.map((c) => {
    const cand = candidateAt(si, c);
    return {
      requestId: cand.requestId, teamId: teamOf.get(c)!, startWeek: cand.startWeek, endWeek: cand.endWeek,
      score: cand.score, parts: partsOfCandidate(idx, si, c, opts), warnings: [],
    };
  });
  // The whole proposal once more through the planner's rules, together, exactly as planner:assign will check it.
  const placements: Placement[] = suggestions.map((s) => ({ requestId: s.requestId, teamId: s.teamId, startWeek: s.startWeek, endWeek: s.endWeek }));
  // checkPlacement looks at the other placements only on the same team and its cohort (team_busy, cohort_full):
  // handing it just those gives the same answer without a quadratic pass at 30,000 suggestions.
  const byCohort = new Map<number, Placement[]>();
  for (const p of placements) {
    const cohort = idx.team.get(p.teamId)?.cohortId ?? -1;
    const list = byCohort.get(cohort);
    if (list) list.push(p);
    else byCohort.set(cohort, [p]);
  }
  placements.forEach((p, i) => {
    const found = checkPlacement(idx, p, new Set(), byCohort.get(idx.team.get(p.teamId)?.cohortId ?? -1) ?? []);
    const hard = found.find((v) => v.hard);
    if (hard) throw new Error(`suggest: proposal breaks ${hard.rule} for request ${p.requestId}`);
    suggestions[i]!.warnings = found.map((v) => v.rule);
  });
  const unplanned = explainUnplanned(idx, si, result.chosen, (c) => teamOf.get(c)!, opts.language);
  suggestions.sort((a, b) => a.teamId - b.teamId || a.startWeek.localeCompare(b.startWeek));
  return {
    suggestions, unplanned, objective: result.objective, greedyObjective: result.greedyObjective, bound: result.bound,
    optimal: result.optimal, ...(cancelled ? { cancelled } : {}),
    stats: {
      requests: si.requestIds.length, candidates: si.instance.req.length, components: result.components, nodes: result.nodes,
      milliseconds: Date.now() - started,
    },
    instance: si, result,
  };
}

import type { Language } from '../constants';
import type { PlanSnapshot } from '../planning/model';
import { checkPlacement, indexSnapshot, type PlanIndex, type Placement } from '../planning/placement';
import type { Rule } from '../planning/violations';
import { buildCandidates, type SuggestInstance } from './candidates';
import { explainUnplanned, type Unplanned } from './explain';
import { solveInstance, type SolveOptions, type SolveResult } from './solve';
import { scoreParts, weigh } from './score';
import type { ScoreParts, Weights } from './weights';

/** The weighted parts of one candidate, computed only for the chosen ones (they add up to its score). */
function partsOf(idx: PlanIndex, si: SuggestInstance, c: number, opts: ProposeOptions): ScoreParts {
  const cand = si.candidates[c]!;
  const cls = si.classes[cand.classIndex]!;
  const parts = scoreParts(idx.request.get(cand.requestId)!, cls.team, cls.term, cand.startWeek, cand.endWeek, opts);
  const { total, weighted } = weigh(parts, opts.weights);
  if (total !== cand.score) throw new Error('suggest: score parts do not add up');
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
  stats: { requests: number; candidates: number; components: number; nodes: number; milliseconds: number };
}

export interface ProposeOptions extends SolveOptions {
  weights: Weights;
  today: string;
  language: Language;
  /** Requests to plan; default: every request in the snapshot waiting for a team. */
  requestIds?: readonly number[];
  mergeTeams?: boolean;
}

export function waitingRequestIds(snapshot: PlanSnapshot): number[] {
  const planned = new Set(snapshot.assignments.filter((a) => a.status !== 'cancelled').map((a) => a.requestId));
  return snapshot.requests.filter((r) => r.status === 'ready_for_matching' && !planned.has(r.id)).map((r) => r.id);
}

/** Which team of its class each chosen candidate goes to: by start week, onto the first team free again. */
export function spreadOverTeams(si: SuggestInstance, chosen: readonly number[]): Map<number, number> {
  const teamOf = new Map<number, number>();
  const byClass = new Map<number, number[]>();
  for (const c of chosen) {
    const k = si.candidates[c]!.classIndex;
    byClass.set(k, [...(byClass.get(k) ?? []), c]);
  }
  for (const [k, list] of byClass) {
    const teams = si.classes[k]!.teamIds;
    const freeFrom = teams.map(() => '');
    list.sort((a, b) => si.candidates[a]!.startWeek.localeCompare(si.candidates[b]!.startWeek));
    for (const c of list) {
      const cand = si.candidates[c]!;
      const slot = freeFrom.findIndex((end) => end < cand.startWeek);
      if (slot < 0) throw new Error('suggest: class capacity exceeded while spreading over teams');
      freeFrom[slot] = cand.endWeek;
      teamOf.set(c, teams[slot]!);
    }
  }
  return teamOf;
}

export function propose(snapshot: PlanSnapshot, opts: ProposeOptions): Proposal & { instance: SuggestInstance; result: SolveResult } {
  const started = Date.now();
  const idx = indexSnapshot(snapshot);
  const si = buildCandidates(idx, opts.requestIds ?? waitingRequestIds(snapshot), {
    weights: opts.weights, today: opts.today, mergeTeams: opts.mergeTeams,
  });
  const result = solveInstance(si.instance, opts);
  const teamOf = spreadOverTeams(si, result.chosen);
  const suggestions: Suggestion[] = result.chosen.map((c) => {
    const cand = si.candidates[c]!;
    return {
      requestId: cand.requestId, teamId: teamOf.get(c)!, startWeek: cand.startWeek, endWeek: cand.endWeek,
      score: cand.score, parts: partsOf(idx, si, c, opts), warnings: [],
    };
  });
  // The whole proposal once more through the planner's rules, together, exactly as planner:assign will check it.
  const placements: Placement[] = suggestions.map((s) => ({ requestId: s.requestId, teamId: s.teamId, startWeek: s.startWeek, endWeek: s.endWeek }));
  placements.forEach((p, i) => {
    const found = checkPlacement(idx, p, new Set(), placements);
    const hard = found.find((v) => v.hard);
    if (hard) throw new Error(`suggest: proposal breaks ${hard.rule} for request ${p.requestId}`);
    suggestions[i]!.warnings = found.map((v) => v.rule);
  });
  const unplanned = explainUnplanned(idx, si, result.chosen, (c) => teamOf.get(c)!, opts.language);
  suggestions.sort((a, b) => a.teamId - b.teamId || a.startWeek.localeCompare(b.startWeek));
  return {
    suggestions, unplanned, objective: result.objective, greedyObjective: result.greedyObjective, bound: result.bound,
    optimal: result.optimal,
    stats: {
      requests: si.requestIds.length, candidates: si.candidates.length, components: result.components, nodes: result.nodes,
      milliseconds: Date.now() - started,
    },
    instance: si, result,
  };
}

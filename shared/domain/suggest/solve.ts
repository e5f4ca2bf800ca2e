import { branchSteps, type BranchOptions, type BranchResult } from './branch';
import { components, densityGreedy, greedy, instanceRoomBound, objectiveOf, subInstance, type Instance } from './instance';
import { runAll, type Work } from './stepper';

// The whole solve: split into independent components, start each from the better of two greedy plans (see
// densityGreedy), and settle each exactly with solvePart (below): reduced-cost fixing against the incumbent,
// first at μ = 0 and then at the Lagrangian root, shrinks a component to the few candidates that could still
// improve it; those fall apart into small parts, each with a floor (what it must reach for the whole to
// improve), and only what does not shrink goes to the branch and bound of branch.ts. Why this and not a MIP
// solver or a flow: on the demo workspaces the greedy plan is within a few score points of the trivial bound,
// so fixing removes >90% of the candidates at once and the optimum is proven in well under a second where
// HiGHS needs tens of seconds on the same model (see test/bench). Where teams are heavily contested (the
// synthetic huge scale) the gap is large, fixing bites little, and the search stops at its limit with the
// best plan and an honest bound (optimal: false): there the start plan is the plan.

export interface SolveResult {
  chosen: number[];
  objective: number;
  greedyObjective: number;
  /** Best proven upper bound (equals objective when optimal). */
  bound: number;
  /** False only when a node or time limit stopped a search: the plan is then the best found, not proven. */
  optimal: boolean;
  components: number;
  nodes: number;
  largest: { requests: number; candidates: number };
}

export interface SolveOptions extends BranchOptions { timeLimitMs?: number }

/** Where a running solve stands: share of the work done, the best plan's objective, the proven bound. */
export interface SolveProgress { fraction: number; objective: number; bound: number }

export function solveInstance(inst: Instance, opts: SolveOptions = {}): SolveResult {
  return runAll(solveSteps(inst, opts));
}

/** Σ over requests of their best candidate's score: the bound before any search (nothing can beat it). */
function trivialBound(inst: Instance): number {
  const best = new Float64Array(inst.requests);
  for (let c = 0; c < inst.req.length; c++) best[inst.req[c]!] = Math.max(best[inst.req[c]!]!, inst.score[c]!);
  return best.reduce((a, b) => a + b, 0);
}

export function* solveSteps(inst: Instance, opts: SolveOptions = {}, progress?: (p: SolveProgress) => void): Work<SolveResult> {
  const deadline = opts.deadline ?? (opts.timeLimitMs !== undefined ? Date.now() + opts.timeLimitMs : undefined);
  const parts = components(inst);
  yield;
  const chosen: number[] = [];
  let objective = 0;
  let greedyObjective = 0;
  let bound = 0;
  let optimal = true;
  let nodes = 0;
  const largest = { requests: 0, candidates: 0 };
  // Progress: every component counts by its candidates; until solved it adds its greedy value and trivial bound.
  // The search starts from the better of the greedy baseline and the greedy by score per week.
  const baselines = parts.map((part) => greedy(part.instance));
  const baseline = parts.map((part, i) => objectiveOf(part.instance, baselines[i]!)!);
  const starts = parts.map((part, i) => {
    const dense = densityGreedy(part.instance);
    return objectiveOf(part.instance, dense)! > baseline[i]! ? dense : baselines[i]!;
  });
  const startValues = parts.map((part, i) => objectiveOf(part.instance, starts[i]!)!);
  // Σ best drives the exact search's fixing; the room bound (never higher) is what a part can be said to reach.
  const trivial = parts.map((part) => trivialBound(part.instance));
  const bounds = parts.map((part, i) => Math.min(trivial[i]!, instanceRoomBound(part.instance)));
  let pendingObjective = startValues.reduce((a, b) => a + b, 0);
  let pendingBound = bounds.reduce((a, b) => a + b, 0);
  const total = Math.max(1, inst.req.length);
  let doneWork = 0;
  progress?.({ fraction: 0, objective: pendingObjective, bound: pendingBound });
  for (const [i, part] of parts.entries()) {
    const g = startValues[i]!;
    greedyObjective += baseline[i]!;
    if (part.instance.req.length > largest.candidates) {
      largest.requests = part.instance.requests;
      largest.candidates = part.instance.req.length;
    }
    const res = yield* solvePart(part.instance, starts[i]!, { ...opts, deadline }, trivial[i]!);
    nodes += res.nodes;
    optimal &&= res.optimal;
    objective += res.objective;
    bound += Math.min(res.bound, bounds[i]!);
    pendingObjective -= g;
    pendingBound -= bounds[i]!;
    for (const c of res.chosen) chosen.push(part.candidates[c]!);
    doneWork += part.instance.req.length;
    progress?.({ fraction: doneWork / total, objective: objective + pendingObjective, bound: bound + pendingBound });
  }
  chosen.sort((a, b) => a - b);
  // A guard, not a hope: a plan that breaks a constraint must never leave the solver.
  if (objectiveOf(inst, chosen) === null) throw new Error('suggest: solver produced an infeasible plan');
  return { chosen, objective, greedyObjective, bound: Math.max(bound, objective), optimal, components: parts.length, nodes, largest };
}

const EPS = 1e-6;

/**
 * One component, exactly, looking only for plans worth more than `floor` (and than the start plan). Reduced-cost
 * fixing first at μ = 0 (each request alone at its best candidate: a candidate more than `trivial − target`
 * below its request's best cannot be in a better plan), then, if that leaves much, at the Lagrangian root.
 * What survives usually falls apart into small independent parts. Part j only matters if it beats
 * target − Σ(other parts' upper bounds): that floor makes the parts' searches tiny, and a part that cannot
 * reach it proves that nothing beats the target. Only parts that do not shrink go to the full branch and
 * bound. Every step keeps all plans better than the target, so the result is exact.
 * Returns `optimal` with an objective ≤ target when nothing better exists.
 */
export function* solvePart(inst: Instance, start: readonly number[], opts: BranchOptions, trivial: number, floor = -Infinity): Work<BranchResult> {
  const C = inst.req.length;
  let incValue = objectiveOf(inst, start)!;
  let target = Math.max(incValue, floor);
  const unchanged = (bound: number, nodes: number, optimal = true, stopped = false): BranchResult =>
    ({ chosen: [...start], objective: incValue, bound: Math.max(bound, incValue), optimal, nodes, stopped, alive: null });
  if (trivial < target + 1 - EPS) return unchanged(target, 0);
  // Out of time before the search starts (huge snapshots spend their budget building): the start plan stands.
  if ((opts.deadline !== undefined && Date.now() > opts.deadline) || opts.shouldStop?.()) return unchanged(trivial, 0, false, true);
  const best = new Float64Array(inst.requests);
  for (let c = 0; c < C; c++) best[inst.req[c]!] = Math.max(best[inst.req[c]!]!, inst.score[c]!);
  let keep: number[] = [];
  for (let c = 0; c < C; c++) if (inst.score[c]! > 0 && trivial - best[inst.req[c]!]! + inst.score[c]! >= target + 1 - EPS) keep.push(c);
  let bound = trivial;
  let nodes = 0;
  if (keep.length > 0.7 * C && C > 50) {
    // μ = 0 is too weak here: let the Lagrangian root fix more before splitting.
    const root = yield* branchSteps(inst, start, { ...opts, rootOnly: true, floor });
    nodes += root.nodes;
    if (root.objective > incValue) {
      start = root.chosen;
      incValue = root.objective;
      target = Math.max(incValue, floor);
    }
    if (!root.alive) return { ...root, bound: Math.min(root.bound, trivial) };
    bound = Math.min(bound, root.bound);
    keep = [];
    for (let c = 0; c < C; c++) if (root.alive[c]) keep.push(c);
  }
  yield;
  if (keep.length === C) {
    const res = yield* branchSteps(inst, start, { ...opts, floor });
    return { ...res, nodes: res.nodes + nodes, bound: Math.min(res.bound, bound) };
  }
  // The reduced model holds every plan better than the target; its parts are independent.
  const sub = subInstance(inst, keep);
  const parts = components(sub.instance);
  const ub = parts.map((p) => trivialBound(p.instance));
  let ubSum = ub.reduce((a, b) => a + b, 0);
  // Small parts first: they settle fast and their exact values tighten the floors of the big ones.
  const order = parts.map((_, j) => j).sort((a, b) => parts[a]!.instance.req.length - parts[b]!.instance.req.length);
  let total = 0;
  let optimal = true;
  let stopped = false;
  const chosen: number[] = [];
  for (const j of order) {
    const part = parts[j]!;
    const partFloor = target - (ubSum - ub[j]!);
    const res = yield* solvePart(part.instance, greedy(part.instance), opts, ub[j]!, partFloor);
    nodes += res.nodes;
    if (res.optimal && res.objective < partFloor + 1 - EPS) return unchanged(target, nodes); // nothing beats the target
    ubSum += Math.min(res.bound, ub[j]!) - ub[j]!;
    ub[j] = Math.min(res.bound, ub[j]!);
    total += res.objective;
    optimal &&= res.optimal;
    stopped ||= res.stopped;
    for (const c of res.chosen) chosen.push(sub.candidates[part.candidates[c]!]!);
  }
  if (total > incValue + EPS) {
    return { chosen, objective: total, bound: optimal ? total : Math.max(total, Math.min(bound, ubSum)), optimal, nodes, stopped, alive: null };
  }
  return unchanged(optimal ? target : Math.min(bound, Math.max(target, ubSum)), nodes, optimal, stopped);
}

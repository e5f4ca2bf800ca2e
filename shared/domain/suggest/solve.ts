import { solveComponent, type BranchOptions } from './branch';
import { components, greedy, objectiveOf, type Instance } from './instance';

// The whole solve: split into independent components, start each from the greedy plan, and run the exact
// branch and bound on it. Components with a single request or without any contention are settled by the
// greedy plan itself (the bound equals it at μ = 0), so the search only works where teams are contested.

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

export function solveInstance(inst: Instance, opts: SolveOptions = {}): SolveResult {
  const deadline = opts.deadline ?? (opts.timeLimitMs !== undefined ? Date.now() + opts.timeLimitMs : undefined);
  const parts = components(inst);
  const chosen: number[] = [];
  let objective = 0;
  let greedyObjective = 0;
  let bound = 0;
  let optimal = true;
  let nodes = 0;
  const largest = { requests: 0, candidates: 0 };
  for (const part of parts) {
    const start = greedy(part.instance);
    const g = objectiveOf(part.instance, start)!;
    greedyObjective += g;
    if (part.instance.req.length > largest.candidates) {
      largest.requests = part.instance.requests;
      largest.candidates = part.instance.req.length;
    }
    const res = solveComponent(part.instance, start, { ...opts, deadline });
    nodes += res.nodes;
    optimal &&= res.optimal;
    objective += res.objective;
    bound += res.bound;
    for (const c of res.chosen) chosen.push(part.candidates[c]!);
  }
  chosen.sort((a, b) => a - b);
  // A guard, not a hope: a plan that breaks a constraint must never leave the solver.
  if (objectiveOf(inst, chosen) === null) throw new Error('suggest: solver produced an infeasible plan');
  return { chosen, objective, greedyObjective, bound, optimal, components: parts.length, nodes, largest };
}

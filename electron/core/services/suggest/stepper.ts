import type { PlanSnapshot } from '../../../../shared/domain/planning/model';
import { startPropose, type ProposeOptions, type ProposeRun } from '../../../../shared/domain/suggest/propose';
import type { ProposalOutput } from '../../../../shared/schemas/suggest';

/**
 * A solve that runs in slices: `step(budgetMs)` works for about that long and says whether it is done;
 * `stop()` makes it wrap up with the best plan so far; `result()` once done. `progress()` feeds the bar.
 */
export interface SolveRun<T> {
  step(budgetMs: number): boolean;
  stop(): void;
  result(): T;
  progress(): { done: number; total: number };
}

/** Progress as whole steps of a thousand, which is what the page's progress bar counts. */
export const PROGRESS_STEPS = 1000;

/** The solver's own sliced run (shared/domain/suggest), with the model left out of the answer. */
export function fromProposeRun<T>(run: ProposeRun, map: (p: ReturnType<ProposeRun['result']>) => T): SolveRun<T> {
  return {
    step: (ms) => run.step(ms),
    stop: () => run.stop(),
    result: () => map(run.result()),
    progress: () => ({ done: Math.round(run.progress().fraction * PROGRESS_STEPS), total: PROGRESS_STEPS }),
  };
}

/** The proposal of a snapshot as a sliced run. */
export function startSolve(snapshot: PlanSnapshot, opts: ProposeOptions): SolveRun<ProposalOutput> {
  return fromProposeRun(startPropose(snapshot, opts), ({ instance: _i, result: _r, ...p }) => p);
}

import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { Language } from '../../../../shared/domain/constants';
import { propose, type Proposal } from '../../../../shared/domain/suggest/propose';
import { isoDate } from '../../../../shared/domain/weeks';
import type { ProposalOutput, suggestRunInput } from '../../../../shared/schemas/suggest';
import { AppError } from '../../errors';
import type { TaskHandle } from '../../ipc/tasks';
import { loadSnapshot } from '../planner/snapshot';
import { currentWeights } from './weights';
import { startSolve, type SolveRun } from './stepper';

/** A solve may search this long before it returns its best plan marked "not proven optimal". */
export const SUGGEST_TIME_LIMIT_MS = 20_000;
/** One slice of solving between two pauses: short enough that the app keeps answering while it runs. */
export const SLICE_MS = 40;

/**
 * One proposal in one go (CLI, scripts): the planner's snapshot of the terms (the same one planner:data shows)
 * into the pure solver. Nothing is written; accepting goes through suggest:accept.
 */
export function runSuggest(db: Database, input: z.output<typeof suggestRunInput>, lang: Language): Proposal {
  const today = input.today ?? isoDate(new Date());
  const snapshot = loadSnapshot(db, input.termIds);
  const { instance: _i, result: _r, ...proposal } = propose(snapshot, {
    weights: input.weights ?? currentWeights(db), today, language: lang, requestIds: input.requestIds,
    timeLimitMs: SUGGEST_TIME_LIMIT_MS,
  });
  return proposal;
}

/**
 * The same proposal for the app: solved in slices with a pause between them, so the core keeps serving the
 * screen (and hears a cancel) while it searches. A cancel returns the best plan found so far, marked as not
 * proven optimal; the search always starts from the greedy plan, so that is never worse than greedy.
 */
export async function runSuggestTask(db: Database, input: z.output<typeof suggestRunInput>, lang: Language, task: TaskHandle): Promise<ProposalOutput> {
  const snapshot = loadSnapshot(db, input.termIds);
  const run = startSolve(snapshot, {
    weights: input.weights ?? currentWeights(db), today: input.today ?? isoDate(new Date()), language: lang,
    requestIds: input.requestIds, timeLimitMs: SUGGEST_TIME_LIMIT_MS,
  });
  return drive(run, task);
}

/** A pause that lets the process handle other calls; unlike task.yield() it does not throw after a cancel. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs a solve slice by slice, reporting progress. A cancel stops the search: the run then wraps up (still in
 * slices) and answers with its best plan so far, marked cancelled and not optimal.
 */
export async function drive<T>(run: SolveRun<T>, task: TaskHandle): Promise<T> {
  task.progress(0, 1);
  let stopping = false;
  for (;;) {
    if (stopping) {
      await breathe();
    } else {
      try {
        await task.yield();
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'cancelled') throw e;
        stopping = true;
        run.stop();
      }
    }
    const done = run.step(SLICE_MS);
    const p = run.progress();
    task.progress(Math.min(p.done, p.total), p.total);
    if (done) return run.result();
  }
}

// Time slicing for the solver without threads. The long computations (building candidates, the search) are
// written as generators that `yield` after every small piece of work (well under a millisecond); a Slicer runs
// such a generator for a time budget and hands control back. The Electron main process can then solve between
// UI events: `while (!run.step(40)) { report(run.progress()); await breathe(); }`.

/** A computation in small pieces: yields between pieces, returns its result. */
export type Work<T> = Generator<void, T, void>;

export interface Slicer<T> {
  /** Runs the work for about `budgetMs` (at least one piece); true once it has finished. */
  step(budgetMs: number): boolean;
  readonly done: boolean;
  /** The finished value (throws before `done`). */
  value(): T;
}

export function slicer<T>(work: Work<T>, now: () => number = Date.now): Slicer<T> {
  let done = false;
  let out: T | undefined;
  return {
    step(budgetMs) {
      if (done) return true;
      const until = now() + budgetMs;
      // Date.now() costs next to nothing next to a piece of work; checking it after every piece keeps slices short.
      for (;;) {
        const r = work.next();
        if (r.done) {
          done = true;
          out = r.value;
          return true;
        }
        if (now() >= until) return false;
      }
    },
    get done() {
      return done;
    },
    value() {
      if (!done) throw new Error('suggest: result asked before the work finished');
      return out as T;
    },
  };
}

/** Runs work to the end in one go (the plain synchronous API). */
export function runAll<T>(work: Work<T>): T {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/** A sliced computation the caller can stop: the shape of startPropose and startRepair. */
export interface StoppableRun<T, P> {
  step(budgetMs: number): boolean;
  progress(): P;
  stop(): void;
  /** The result; a run not yet finished is stopped and finishes with the best it has. */
  result(): T;
}

export function stoppableRun<T, P>(initial: P, make: (stopped: () => boolean, report: (p: P) => void) => Work<T>): StoppableRun<T, P> {
  let stopped = false;
  let current = initial;
  const run = slicer(make(() => stopped, (p) => (current = p)));
  return {
    step: (budgetMs) => run.step(budgetMs),
    progress: () => current,
    stop: () => {
      stopped = true;
    },
    result: () => {
      if (!run.done) {
        stopped = true;
        while (!run.step(1_000));
      }
      return run.value();
    },
  };
}

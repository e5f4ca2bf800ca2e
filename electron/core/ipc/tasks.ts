import type { TaskProgress } from '../../../shared/schemas/files';
import { AppError } from '../errors';

/** What a long-running handler holds: report progress, and pause now and then so a cancel can get through. */
export interface TaskHandle {
  /** Throttled: the page hears at most ten updates a second, and always the last one. */
  progress(done: number, total: number): void;
  /**
   * Lets the process handle other calls (a cancel, the page's reads) before going on. Throws AppError('cancelled')
   * once the user cancelled, so a handler that yields between chunks stops there and writes nothing.
   */
  yield(): Promise<void>;
  readonly cancelled: boolean;
}

const SEND_EVERY_MS = 100;

/**
 * The calls that are running with a taskId. The core has one main thread: a long computation stays responsive
 * by working in slices and yielding between them, which is also where a cancel takes effect.
 */
export class TaskRegistry {
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(private readonly onProgress: (p: TaskProgress) => void = () => undefined) {}

  /** A handle for a call; without a taskId (CLI, tests) progress goes nowhere and nothing can cancel it. */
  start(taskId: string | undefined): { handle: TaskHandle; end: () => void } {
    const state = { cancelled: false };
    if (taskId !== undefined) this.running.set(taskId, state);
    let lastSent = 0;
    const send = this.onProgress;
    const handle: TaskHandle = {
      progress(done, total) {
        if (taskId === undefined) return;
        const now = Date.now();
        if (done < total && now - lastSent < SEND_EVERY_MS) return;
        lastSent = now;
        send({ taskId, done, total });
      },
      async yield() {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (state.cancelled) throw new AppError('cancelled');
      },
      get cancelled() {
        return state.cancelled;
      },
    };
    return { handle, end: () => { if (taskId !== undefined && this.running.get(taskId) === state) this.running.delete(taskId); } };
  }

  cancel(taskId: string): boolean {
    const state = this.running.get(taskId);
    if (!state) return false;
    state.cancelled = true;
    return true;
  }
}

import type { Channel } from '../../../shared/ipc/channels';
import type { InputOf, IpcResult, OutputOf } from '../../../shared/ipc/contract';

/** An error answer from the core, thrown so TanStack Query and error boundaries can handle it. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Calls one channel of window.api and unwraps its result: the value, or an ApiError. */
export async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const api = (globalThis as { api?: Window['api'] }).api;
  if (!api) {
    // Opened outside Electron and outside the test harness: say so instead of failing obscurely.
    throw new ApiError('no_api', 'window.api ontbreekt: open de app via Werkplaats Planner.');
  }
  // Indexing with a generic channel widens to a union of functions; this one cast restores the pairing.
  const fn = api[channel] as unknown as (i?: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

import { useEffect, useState } from 'react';
import { call } from './client';

let counter = 0;

/** A fresh id to start a long call with, so its progress can be followed and the call cancelled. */
export function newTaskId(prefix = 'task'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export interface Progress {
  done: number;
  total: number;
}

/** The latest progress the core reported for taskId, or null before the first report (or without a task). */
export function useTaskProgress(taskId: string | null): Progress | null {
  // Kept with the task it belongs to, so a new task never shows the last one's figure.
  const [progress, setProgress] = useState<(Progress & { taskId: string }) | null>(null);
  useEffect(() => {
    const api = (globalThis as { api?: Window['api'] }).api;
    if (!taskId || !api?.onTaskProgress) return undefined;
    return api.onTaskProgress((p) => {
      if (p.taskId === taskId) setProgress({ taskId, done: p.done, total: p.total });
    });
  }, [taskId]);
  return progress && progress.taskId === taskId ? { done: progress.done, total: progress.total } : null;
}

/** Asks the core to stop the call; it stops at its next pause and answers with the `cancelled` error. */
export async function cancelTask(taskId: string): Promise<boolean> {
  return (await call('tasks:cancel', { taskId })).cancelled;
}

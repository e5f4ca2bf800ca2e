import { taskCancelInput, taskCancelOutput } from '../schemas/files';

export const TASK_CONTRACT = {
  /** Asks a running call to stop at its next pause; false when no such call runs (it already ended). */
  'tasks:cancel': { input: taskCancelInput, output: taskCancelOutput, writes: [] },
} as const;

// Channels that serve every long-running call: cancelling one by the taskId it was started with.
export const TASK_CHANNELS = ['tasks:cancel'] as const;

/** Event the main side sends while a long call runs: { taskId, done, total }. */
export const TASK_PROGRESS = 'task:progress';

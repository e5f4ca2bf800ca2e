import { z } from 'zod';

/**
 * A file the core made for the user (an export, a report). The page turns it into a download, which Electron
 * answers with the system's save dialog: the user, not the core, picks where it goes.
 */
export const fileOutput = z.object({
  filename: z.string().min(1).max(200).regex(/^[^/\\:*?"<>|\0]+$/, 'field.invalid'),
  mime: z.string().min(1).max(120),
  base64: z.string(),
  bytes: z.number().int().min(0),
});
export type FileOutput = z.infer<typeof fileOutput>;

export const taskCancelInput = z.object({ taskId: z.string().min(1).max(64) }).strict();
export const taskCancelOutput = z.object({ cancelled: z.boolean() });

/** What the core tells the page while a long call runs. */
export const taskProgress = z.object({
  taskId: z.string(),
  done: z.number().min(0),
  total: z.number().min(0),
});
export type TaskProgress = z.infer<typeof taskProgress>;

/**
 * What an export needs from a long-running call: report progress and pause between chunks (where a cancel takes
 * effect). The router's TaskHandle fits; the CLI and tests pass `quietTask`.
 */
export interface ExportTask {
  progress(done: number, total: number): void;
  yield(): Promise<void>;
}

export const quietTask: ExportTask = { progress: () => undefined, yield: async () => undefined };

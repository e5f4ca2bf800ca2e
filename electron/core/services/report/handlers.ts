import type { REPORT_CONTRACT } from '../../../../shared/ipc/reportContract';
import { MIME, toFileOutput } from '../../files/fileOutput';
import type { HandlerContext, Handlers } from '../../ipc/router';
import { exportFunderReport } from './exportReport';
import { funderReport } from './funderReport';

const today = () => new Date().toISOString().slice(0, 10);
const dbOf = (ctx: HandlerContext) => ctx.host.current.db;
const langOf = (ctx: HandlerContext) => ctx.host.current.language();

/** The funder report: its figures for the screen, and the same figures as a file to save. */
export function createReportHandlers(): Pick<Handlers, keyof typeof REPORT_CONTRACT> {
  return {
    'report:funder': ({ from, to }, ctx) => funderReport(dbOf(ctx), from, to, langOf(ctx), today()),
    'report:export': async ({ from, to, format, taskId }, ctx) => {
      const task = ctx.task(taskId);
      task.progress(0, 3);
      const report = funderReport(dbOf(ctx), from, to, langOf(ctx), today());
      task.progress(1, 3);
      await task.yield();
      const file = await exportFunderReport(report, format, langOf(ctx), today());
      task.progress(3, 3);
      return toFileOutput(file.data, file.filename, MIME[format]);
    },
  };
}

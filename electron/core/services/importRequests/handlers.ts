import type { IMPORT_CONTRACT } from '../../../../shared/ipc/importContract';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/router';
import { analyse } from './analyse';
import { writePlan } from './commit';
import { outcomeText } from './messages';

/**
 * Import of requests and SMEs: a read-only preview, and a commit that checks the file again and writes either
 * every row or (when the user chose so) only the valid ones, as one action: one transaction, one undo step.
 */
export function createImportRequestsHandlers(): Pick<Handlers, keyof typeof IMPORT_CONTRACT> {
  return {
    'importRequests:preview': async (input, ctx) => {
      const { db } = ctx.host.current;
      return (await analyse(db, input, ctx.host.current.language(), ctx.task(input.taskId))).preview;
    },
    'importRequests:commit': async (input, ctx) => {
      const { db } = ctx.host.current;
      const lang = ctx.host.current.language();
      const task = ctx.task(input.taskId);
      const { preview, plan } = await analyse(db, input, lang, task);
      const details = preview.rows.filter((r) => r.problems.length > 0).map((r) => ({ line: r.line, problems: r.problems.map((p) => p.message) }));
      if (preview.fileProblems.length > 0) {
        throw new AppError('import_invalid', { detail: outcomeText(lang, 'fileInvalid', { problem: preview.fileProblems.map((p) => p.message).join(' ') }) }, details);
      }
      if (input.mode === 'all' && preview.counts.invalid > 0) {
        throw new AppError('import_invalid', { detail: outcomeText(lang, 'someInvalid', { bad: preview.counts.invalid, total: preview.counts.rows }) }, details);
      }
      if (plan.length === 0) throw new AppError('import_invalid', { detail: outcomeText(lang, 'nothingValid', {}) }, details);
      await task.yield();
      return ctx.action('importRequests:commit', () => writePlan(db, plan, preview.counts.invalid, task));
    },
  };
}

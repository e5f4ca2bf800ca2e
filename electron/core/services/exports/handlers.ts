import type { EXPORT_CONTRACT } from '../../../../shared/ipc/exportContract';
import type { Handlers } from '../../ipc/router';
import { exportSchoolPlan, schoolPlanSummary } from './schoolPlanExport';

export function createExportHandlers(): Pick<Handlers, keyof typeof EXPORT_CONTRACT> {
  return {
    // Async: the writers yield between programmes, so the window stays responsive and a cancel gets through.
    'exports:schoolPlan': async ({ taskId, ...request }, { host, task }) =>
      exportSchoolPlan(host.current.db, request, host.current.language(), task(taskId)),
    'exports:schoolPlanSummary': ({ schoolId, termId }, { host }) => schoolPlanSummary(host.current.db, schoolId, termId, host.current.language()),
  };
}

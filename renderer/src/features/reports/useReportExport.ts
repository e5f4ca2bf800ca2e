import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../../shared/schemas/report';
import { call, errorMessage, ApiError } from '../../api/client';
import { saveFile } from '../../api/saveFile';
import { cancelTask, newTaskId } from '../../api/tasks';
import { showToast } from '../../components/history';

/** Exports the report of a period as XLSX or PDF: progress while the core writes it, then the save dialog. */
export function useReportExport() {
  const { t } = useTranslation();
  const [taskId, setTaskId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: ReportFormat, from: string, to: string) => {
    const id = newTaskId('report');
    setTaskId(id);
    setError(null);
    try {
      const file = await call('report:export', { from, to, format, taskId: id });
      saveFile(file);
      showToast(t('funderReport.exported', { file: file.filename }));
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'cancelled')) setError(t('funderReport.exportFailed', { message: errorMessage(e) }));
    } finally {
      setTaskId(null);
    }
  };
  const cancel = () => { if (taskId) void cancelTask(taskId); };
  return { run, taskId, error, cancel };
}

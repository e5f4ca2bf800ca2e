import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import type { importMapping } from '../../../../../shared/schemas/hoursInputs';
import type { ImportPreview } from '../../../../../shared/schemas/hoursRows';
import { ApiError, call } from '../../../api/client';
import { cancelTask, newTaskId } from '../../../api/tasks';

export type Mapping = z.input<typeof importMapping>;
export const SHOWN = 300;

type Running = { kind: 'preview' | 'import'; taskId: string } | null;
type Outcome = { kind: 'done'; imported: number; minutes: number } | { kind: 'cancelled' } | { kind: 'error'; error: unknown } | null;

/**
 * The preview and the import of one file as long calls with a taskId: the core reads large files in slices and
 * reports progress, and Cancel stops it. A newer preview (another mapping) makes an older answer irrelevant.
 */
export function useImportRun() {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [running, setRunning] = useState<Running>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const latest = useRef(0);

  const runPreview = useCallback(async (csv: string, mapping: Mapping) => {
    const ticket = ++latest.current;
    const taskId = newTaskId('hours-preview');
    setRunning({ kind: 'preview', taskId });
    setOutcome(null);
    try {
      const p = await call('hours:importPreview', { csv, mapping, taskId, maxRows: SHOWN });
      if (ticket === latest.current) setPreview(p);
    } catch (e) {
      if (ticket !== latest.current) return;
      setPreview(null);
      setOutcome(e instanceof ApiError && e.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'error', error: e });
    } finally {
      if (ticket === latest.current) setRunning(null);
    }
  }, []);

  const runImport = useCallback(async (csv: string, mapping: Mapping): Promise<boolean> => {
    const ticket = ++latest.current;
    const taskId = newTaskId('hours-import');
    setRunning({ kind: 'import', taskId });
    setOutcome(null);
    try {
      const r = await call('hours:import', { csv, mapping, taskId });
      setPreview(null);
      setOutcome({ kind: 'done', ...r });
      return true;
    } catch (e) {
      setOutcome(e instanceof ApiError && e.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'error', error: e });
      return false;
    } finally {
      if (ticket === latest.current) setRunning(null);
    }
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setPreview(null);
    setRunning(null);
    setOutcome(null);
  }, []);

  const cancel = useCallback(() => { if (running) void cancelTask(running.taskId); }, [running]);
  return { preview, running, outcome, runPreview, runImport, reset, cancel };
}

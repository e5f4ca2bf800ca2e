import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImportMappingInput, ImportPreview } from '../../../../shared/schemas/importRequests';
import { call } from '../../api/client';
import { newTaskId } from '../../api/tasks';
import type { PickedFile } from './readFile';

export interface PreviewRequest {
  file: PickedFile;
  sheet: string | null;
  mapping: ImportMappingInput;
  dateOrder: 'dmy' | 'mdy' | null;
}

interface Outcome { taskId: string; file: PickedFile; data: ImportPreview | null; error: unknown }

/**
 * Runs the core's preview whenever the file or a choice changes. Every run has its own task id; an answer is
 * kept with the id it belongs to, so an older run that finishes late never overwrites a newer one. `taskId` is
 * set while the current run is busy (for the progress bar); `data` stays the last answer meanwhile.
 */
export function useImportPreview(request: PreviewRequest | null) {
  const { file, sheet, mapping, dateOrder } = request ?? {};
  // A new id for every new choice: the choices are what makes it a new run.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useMemo(() => (file ? newTaskId('import') : null), [file, sheet, mapping, dateOrder]);
  const latest = useRef<string | null>(null);
  const [last, setLast] = useState<Outcome | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (!file || !run) return;
    latest.current = run;
    call('importRequests:preview', { file: { name: file.name, base64: file.base64 }, sheet, mapping, dateOrder, taskId: run })
      .then((data) => { if (latest.current === run) setLast({ taskId: run, file, data, error: null }); })
      .catch((error: unknown) => { if (latest.current === run) setLast((prev) => ({ taskId: run, file, data: prev?.file === file ? prev.data : null, error })); })
      .finally(() => { if (latest.current === run) setCurrent(run); });
  }, [run, file, sheet, mapping, dateOrder]);
  if (!file) return { data: null, error: null, taskId: null };
  const settled = current === run && last?.taskId === run;
  // The last answer stays on screen while a new choice is checked, but never one about another file.
  const data = last?.file === file ? last.data : null;
  return { data, error: settled ? last.error : null, taskId: settled ? null : run };
}

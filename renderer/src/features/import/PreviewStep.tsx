import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ImportPreview, ImportResult, importRequestsInput } from '../../../../shared/schemas/importRequests';
import { call } from '../../api/client';
import { cancelTask, newTaskId } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProgressBar } from '../../components/ProgressBar';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { ColumnHints, FileFacts, FileProblems } from './FileFacts';
import { PreviewTable } from './PreviewTable';

type CommitBase = Omit<z.input<typeof importRequestsInput>, 'taskId'>;

interface Props {
  preview: ImportPreview;
  busy: boolean;
  commitInput: CommitBase;
  onBack: () => void;
  onDone: (result: ImportResult) => void;
}

/** Step 3: the counts, every row's problems, and the explicit choice between all-or-nothing and valid-only. */
export function PreviewStep({ preview, busy, commitInput, onBack, onDone }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { counts } = preview;
  const [onlyRemarks, setOnlyRemarks] = useState(true);
  const [mode, setMode] = useState<'all' | 'validOnly'>('all');
  const [taskId, setTaskId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rows = useMemo(
    () => (onlyRemarks ? preview.rows.filter((r) => r.problems.length > 0 || r.notices.length > 0) : preview.rows),
    [preview.rows, onlyRemarks],
  );
  const blocked = preview.fileProblems.length > 0;
  const canCommit = !blocked && !busy && taskId === null && (mode === 'all' ? counts.invalid === 0 && counts.valid > 0 : counts.valid > 0);
  const toImport = mode === 'all' ? counts.rows : counts.valid;

  const commit = async () => {
    const id = newTaskId('import-commit');
    setTaskId(id);
    setError(null);
    try {
      onDone(await call('importRequests:commit', { ...commitInput, mode, taskId: id }));
    } catch (e) {
      setError(e);
    } finally {
      setTaskId(null);
    }
  };

  const tiles: ['rows' | 'valid' | 'invalid' | 'newSmes' | 'existingSmes', number, string][] = [
    ['rows', counts.rows, ''], ['valid', counts.valid, 'is-good'], ['invalid', counts.invalid, counts.invalid > 0 ? 'is-bad' : ''],
    ['newSmes', counts.newSmes, ''], ['existingSmes', counts.existingSmes, ''],
  ];
  return (
    <section className="import-preview" data-testid="import-preview">
      <FileFacts preview={preview} />
      <FileProblems preview={preview} />
      <ColumnHints preview={preview} />
      <dl className="import-counts" data-testid="import-counts">
        {tiles.map(([key, n, tone]) => (
          <div key={key} className={`kpi import-count ${tone}`} data-count={key}>
            <dt className="kpi-label">{t(`importRequests.preview.${key}`)}</dt>
            <dd className="kpi-value">{formatNumber(n, lang)}</dd>
          </div>
        ))}
      </dl>
      <label className="import-check">
        <input type="checkbox" checked={onlyRemarks} onChange={(e) => setOnlyRemarks(e.target.checked)} />
        {t('importRequests.preview.onlyProblems')}
      </label>
      <PreviewTable rows={rows} lineWord={t('importRequests.preview.col.line')} />
      {!onlyRemarks && preview.hiddenClean > 0 && <p className="field-help">{t('importRequests.preview.hiddenClean', { count: preview.hiddenClean })}</p>}

      {!blocked && (
        <fieldset className="import-choice">
          <legend>{t('importRequests.preview.choice')}</legend>
          <label className={`import-option${mode === 'all' ? ' is-chosen' : ''}`}>
            <input type="radio" name="import-mode" value="all" checked={mode === 'all'} onChange={() => setMode('all')} />
            <span>
              <strong>{t('importRequests.preview.all')}</strong>
              <span className="import-option-help">
                {counts.invalid > 0 ? t('importRequests.preview.allBlocked', { count: counts.invalid }) : t('importRequests.preview.allHelp')}
              </span>
            </span>
          </label>
          <label className={`import-option${mode === 'validOnly' ? ' is-chosen' : ''}`}>
            <input type="radio" name="import-mode" value="validOnly" checked={mode === 'validOnly'} onChange={() => setMode('validOnly')} />
            <span>
              <strong>{t('importRequests.preview.validOnly')}</strong>
              <span className="import-option-help">{t('importRequests.preview.validOnlyHelp', { valid: counts.valid, invalid: counts.invalid })}</span>
            </span>
          </label>
        </fieldset>
      )}
      {taskId && <ProgressBar taskId={taskId} label={t('importRequests.preview.committing')} onCancel={() => void cancelTask(taskId)} />}
      {error !== null && <ErrorAlert error={error} />}
      <footer className="import-footer">
        <button type="button" className="btn btn-secondary" onClick={onBack} disabled={taskId !== null}>{t('importRequests.preview.back')}</button>
        <button type="button" className="btn btn-primary" disabled={!canCommit} onClick={() => void commit()} data-testid="import-commit">
          {taskId ? t('importRequests.preview.committing') : t('importRequests.preview.commit', { count: toImport })}
        </button>
      </footer>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useTaskProgress } from '../api/tasks';
import { formatNumber } from '../i18n/format';
import { useLang } from '../i18n/useLang';

interface Props {
  /** The task whose progress the core reports; before the first report the bar runs without a figure. */
  taskId: string;
  /** What is happening, e.g. "Export maken…". */
  label: string;
  /** Shows a Cancel button that asks the core to stop. */
  onCancel?: () => void;
}

/** Progress of a long call, announced to screen readers by its label and percentage. */
export function ProgressBar({ taskId, label, onCancel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const progress = useTaskProgress(taskId);
  const fraction = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="progress" data-testid="progress">
      <div className="progress-head">
        <span className="progress-label" id={`${taskId}-label`}>{label}</span>
        {percent !== null && <span className="progress-figure">{formatNumber(percent, lang)}%</span>}
        {onCancel && (
          <button type="button" className="btn btn-secondary btn-sm" onClick={onCancel}>{t('common.cancel')}</button>
        )}
      </div>
      <div
        className={`progress-track${percent === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-labelledby={`${taskId}-label`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { runHistoryCommand } from './historyCommand';
import { historyLabel } from './historyLabels';
import { ToastHost } from './Toast';
import { useHistoryShortcuts } from './useHistoryShortcuts';
import './history.css';

const UndoIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round"
    strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </svg>
);
const RedoIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round"
    strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </svg>
);

/**
 * Undo and redo for the whole app, in the top bar: the buttons name what they would undo or redo, the keyboard
 * shortcuts work at window level, and each step ends with a toast. Mount once.
 */
export function UndoRedoControls() {
  const { t } = useTranslation();
  const state = useApiQuery('history:state');
  useHistoryShortcuts();
  const s = state.data;
  const undoWhat = s?.canUndo && s.undoLabel ? historyLabel(s.undoLabel, t) : null;
  const redoWhat = s?.canRedo && s.redoLabel ? historyLabel(s.redoLabel, t) : null;
  const undoText = undoWhat ? t('forms.undoWhat', { what: undoWhat }) : t('forms.undo');
  const redoText = redoWhat ? t('forms.redoWhat', { what: redoWhat }) : t('forms.redo');
  return (
    <>
      <div className="history-controls" role="group" aria-label={t('requestsEdit.history.group')} data-testid="history-controls">
        <button
          type="button"
          className="btn btn-ghost btn-sm history-btn"
          disabled={!s?.canUndo}
          aria-keyshortcuts="Control+Z"
          title={s?.canUndo ? `${undoText} (Ctrl+Z)` : t('forms.nothingToUndo')}
          onClick={() => void runHistoryCommand('undo')}
          data-testid="undo-button"
        >
          <UndoIcon />
          <span className="history-btn-text">{undoText}</span>
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm history-btn"
          disabled={!s?.canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          aria-label={redoText}
          title={s?.canRedo ? `${redoText} (Ctrl+Shift+Z)` : t('forms.nothingToRedo')}
          onClick={() => void runHistoryCommand('redo')}
          data-testid="redo-button"
        >
          <RedoIcon />
          <span className="history-btn-text">{t('forms.redo')}</span>
        </button>
      </div>
      <ToastHost />
    </>
  );
}

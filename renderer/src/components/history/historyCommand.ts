import i18next from 'i18next';
import { call, errorMessage } from '../../api/client';
import { historyLabel } from './historyLabels';
import { showToast } from './Toast';

export type HistoryCommand = 'undo' | 'redo';

let queue: Promise<void> = Promise.resolve();

/**
 * Undoes or redoes the latest action and says so in a toast. Exported for every trigger: the toolbar, the
 * keyboard shortcuts and (later) the Electron menu. Commands run one after another, never interleaved, so two
 * quick presses undo two steps. The core announces the change with data:changed, which refetches the screens.
 */
export function runHistoryCommand(kind: HistoryCommand): Promise<void> {
  queue = queue.then(() => run(kind));
  return queue;
}

async function run(kind: HistoryCommand): Promise<void> {
  const t = i18next.t;
  try {
    const step = await call(kind === 'undo' ? 'history:undo' : 'history:redo');
    if (step.done === null) {
      showToast(t(kind === 'undo' ? 'forms.nothingToUndo' : 'forms.nothingToRedo'));
      return;
    }
    const what = historyLabel(step.done, t);
    // Offer the way back right in the toast: after an undo a redo, after a redo an undo.
    const back: HistoryCommand = kind === 'undo' ? 'redo' : 'undo';
    showToast(t(kind === 'undo' ? 'forms.undone' : 'forms.redone', { what }), {
      action: { label: t(back === 'undo' ? 'forms.undo' : 'forms.redo'), run: () => void runHistoryCommand(back) },
    });
  } catch (e) {
    showToast(errorMessage(e), { tone: 'error' });
  }
}

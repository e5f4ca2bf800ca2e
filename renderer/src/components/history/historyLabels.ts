import type { TFunction } from 'i18next';
import { requests } from '../../i18n/sections/requests';

type LabelKey = keyof typeof requests.nl.historyLabels;

const isLabelKey = (key: string): key is LabelKey => Object.hasOwn(requests.nl.historyLabels, key);

/**
 * The words for an action group's label. The core labels each undo step with the channel that made it
 * ('requests:setStatus'); undo and redo steps carry a prefix ('undo:requests:setStatus'). Unknown labels are
 * shown as they are rather than hidden.
 */
export function historyLabel(label: string, t: TFunction): string {
  const prefixed = /^(undo|redo):(.+)$/.exec(label);
  if (prefixed) {
    const what = historyLabel(prefixed[2]!, t);
    return prefixed[1] === 'undo' ? t('requestsEdit.history.undoOf', { what }) : t('requestsEdit.history.redoOf', { what });
  }
  // i18next treats ':' as a namespace separator, so the keys use '_' instead.
  const key = label.replace(':', '_');
  return isLabelKey(key) ? t(`requestsEdit.historyLabels.${key}`) : label;
}

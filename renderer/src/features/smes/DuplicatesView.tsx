import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup as Group } from '../../../../shared/schemas/masterRows';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { Loading } from '../../components/Card';
import { DuplicateGroup, listNames } from './DuplicateGroup';

type Notice = { tone: 'success' | 'error'; text: string; canUndo: boolean };

/**
 * Every group of likely duplicate SMEs, each merged on its own. A merge is one undo step in the core; the notice
 * after it offers that step here, as long as nothing else has been done since.
 */
export function DuplicatesView({ groups, onBack }: { groups: readonly Group[] | undefined; onBack: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const merge = async (keep: SmeRow, merged: SmeRow[]) => {
    setBusy(true);
    setNotice(null);
    try {
      await call('smes:merge', { keepId: keep.id, mergeIds: merged.map((s) => s.id) });
      const count = keep.requestCount + merged.reduce((n, s) => n + s.requestCount, 0);
      const others = listNames(merged, t('smesEdit.duplicates.and'));
      setNotice({ tone: 'success', text: t('smesEdit.duplicates.done', { others, keep: keep.name, count }), canUndo: true });
    } catch (e) {
      setNotice({ tone: 'error', text: t('smesEdit.duplicates.failed', { message: errorMessage(e) }), canUndo: false });
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      // Undo takes back the latest action of anyone in this workspace: only do it if that is still the merge.
      const state = await call('history:state');
      if (state.undoLabel !== 'smes:merge') {
        setNotice({ tone: 'error', text: t('smesEdit.duplicates.undoStale'), canUndo: false });
        return;
      }
      await call('history:undo');
      setNotice({ tone: 'success', text: t('smesEdit.duplicates.undone'), canUndo: false });
    } catch (e) {
      setNotice({ tone: 'error', text: errorMessage(e), canUndo: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dup-view" data-testid="duplicates-view">
      <div className="dup-toolbar">
        <button type="button" className="btn btn-link" onClick={onBack}>{t('smesEdit.duplicates.back')}</button>
        {groups && groups.length > 0 && <p className="dup-intro">{t('smesEdit.duplicates.intro')}</p>}
      </div>
      <div aria-live="polite">
        {notice && (
          <div className={`alert ${notice.tone === 'error' ? 'alert-error' : 'alert-success'} dup-notice`} data-testid="merge-notice">
            <span>{notice.text}</span>
            {notice.canUndo && (
              <button type="button" className="btn btn-secondary btn-sm" disabled={busy} onClick={() => void undo()}>
                {t('smesEdit.duplicates.undo')}
              </button>
            )}
          </div>
        )}
      </div>
      {!groups && <Loading />}
      {groups?.length === 0 && <p className="empty-state">{t('smesEdit.duplicates.none')}</p>}
      {groups?.map((g, i) => (
        <DuplicateGroup key={`${g.reason}-${g.smes.map((s) => s.id).join('-')}`} group={g} index={i} busy={busy}
          onMerge={(keep, merged) => void merge(keep, merged)} />
      ))}
    </div>
  );
}

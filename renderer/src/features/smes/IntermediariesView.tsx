import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERMEDIARY_KINDS, type IntermediaryKind } from '../../../../shared/domain/constants';
import type { IntermediaryRow } from '../../../../shared/schemas/rows';
import { call, errorMessage } from '../../api/client';
import { useApiQuery, useIntermediaries } from '../../api/hooks';
import { ArchivedToggle } from '../../components/ArchivedToggle';
import { Card, Loading } from '../../components/Card';
import { NewIntermediary } from './NewIntermediary';

interface Editing { id: number; name: string; kind: IntermediaryKind }

/**
 * The intermediaries that refer companies (banks, business associations, the municipality…): rename them, change
 * their kind, set one aside (archive: it leaves the pickers, its companies keep the link) or bring it back.
 * Every change is one undo step.
 */
export function IntermediariesView({ onBack, onDone }: { onBack: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const active = useIntermediaries();
  const [showArchived, setShowArchived] = useState(false);
  const archived = useApiQuery('intermediaries:archived', undefined, { enabled: showArchived });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const rows = [...(active.data ?? []), ...(showArchived ? (archived.data ?? []) : [])];

  const run = async (work: () => Promise<unknown>, text: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setEditing(null);
      onDone(text);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const save = (e: Editing) => {
    if (!e.name.trim()) {
      setError(t('smesEdit.intermediary.nameRequired'));
      return;
    }
    void run(() => call('intermediaries:update', { id: e.id, values: { name: e.name.trim(), kind: e.kind } }), t('smesEdit.intermediaries.saved', { name: e.name.trim() }));
  };
  const setAside = (row: IntermediaryRow, archive: boolean) =>
    void run(() => call('intermediaries:archive', { id: row.id, archived: archive }),
      t(archive ? 'smesEdit.intermediaries.archived' : 'smesEdit.intermediaries.restored', { name: row.name }));

  return (
    <div className="dup-view" data-testid="intermediaries-view">
      <div className="dup-toolbar">
        <button type="button" className="btn btn-link" onClick={onBack}>{t('smesEdit.duplicates.back')}</button>
        <p className="dup-intro">{t('smesEdit.intermediaries.intro')}</p>
      </div>
      <Card>
        <div className="im-tools">
          <NewIntermediary onCreated={() => onDone(t('smesEdit.intermediaries.added'))} />
          <ArchivedToggle checked={showArchived} onChange={setShowArchived} testId="intermediaries-show-archived" />
        </div>
        {error && <div className="alert alert-error" role="alert" id={`${id}-error`}>{error}</div>}
        {active.isPending ? <Loading /> : rows.length === 0 ? (
          <p className="empty-state">{t('smesEdit.intermediaries.empty')}</p>
        ) : (
          <table className="im-table" aria-label={t('smesEdit.intermediaries.title')}>
            <thead>
              <tr>
                <th scope="col">{t('smesEdit.intermediary.name')}</th>
                <th scope="col">{t('smesEdit.intermediary.kind')}</th>
                <th scope="col" className="num">{t('smesEdit.intermediaries.companies')}</th>
                <th scope="col"><span className="sr-only">{t('smesEdit.intermediaries.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => editing?.id === row.id ? (
                <tr key={row.id} data-testid="intermediary-row" data-id={row.id} className="is-editing">
                  <td>
                    <label className="sr-only" htmlFor={`${id}-name`}>{t('smesEdit.intermediary.name')}</label>
                    <input id={`${id}-name`} className="input input-sm" value={editing.name} autoFocus
                      aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') save(editing);
                        if (e.key === 'Escape') { setEditing(null); setError(null); }
                      }} />
                  </td>
                  <td>
                    <label className="sr-only" htmlFor={`${id}-kind`}>{t('smesEdit.intermediary.kind')}</label>
                    <select id={`${id}-kind`} className="select select-sm" value={editing.kind}
                      onChange={(e) => setEditing({ ...editing, kind: e.target.value as IntermediaryKind })}>
                      {INTERMEDIARY_KINDS.map((k) => <option key={k} value={k}>{t(`enums.intermediaryKind.${k}`)}</option>)}
                    </select>
                  </td>
                  <td className="num">{row.smeCount}</td>
                  <td className="im-actions">
                    <button type="button" className="btn btn-primary btn-sm" disabled={busy} onClick={() => save(editing)}>{t('forms.save')}</button>
                    <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setEditing(null); setError(null); }}>{t('common.cancel')}</button>
                  </td>
                </tr>
              ) : (
                <tr key={row.id} data-testid="intermediary-row" data-id={row.id} className={row.archived ? 'is-archived' : undefined}>
                  <td>
                    {row.name}
                    {row.archived && <span className="im-archived">{t('smesEdit.intermediaries.isArchived')}</span>}
                  </td>
                  <td>{t(`enums.intermediaryKind.${row.kind}`)}</td>
                  <td className="num">{row.smeCount}</td>
                  <td className="im-actions">
                    {row.archived ? (
                      <button type="button" className="btn btn-secondary btn-sm" disabled={busy}
                        aria-label={t('smesEdit.intermediaries.restoreOf', { name: row.name })} onClick={() => setAside(row, false)}>
                        {t('smesEdit.intermediaries.restore')}
                      </button>
                    ) : (
                      <>
                        <button type="button" className="btn btn-secondary btn-sm" disabled={busy}
                          aria-label={t('smesEdit.intermediaries.editOf', { name: row.name })}
                          onClick={() => { setError(null); setEditing({ id: row.id, name: row.name, kind: row.kind }); }}>
                          {t('smesEdit.intermediaries.edit')}
                        </button>
                        <button type="button" className="btn btn-ghost btn-sm" disabled={busy}
                          aria-label={t('smesEdit.intermediaries.archiveOf', { name: row.name })} onClick={() => setAside(row, true)}>
                          {t('smesEdit.intermediaries.archive')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}

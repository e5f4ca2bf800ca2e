import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERMEDIARY_KINDS, type IntermediaryKind } from '../../../../shared/domain/constants';
import { call, errorMessage } from '../../api/client';

/**
 * Adds a referring intermediary from within the SME form (an empty workspace has none to choose from). It sits
 * inside the form, so Enter adds the intermediary instead of saving the company.
 */
export function NewIntermediary({ onCreated }: { onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<IntermediaryKind>('business_association');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (!name.trim()) { setError(t('smesEdit.intermediary.nameRequired')); return; }
    setBusy(true);
    setError(null);
    try {
      const res = await call('intermediaries:create', { name, kind });
      onCreated(res.id);
      setOpen(false);
      setName('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return <button type="button" className="btn btn-link btn-sm new-intermediary-open" onClick={() => setOpen(true)}>{t('smesEdit.intermediary.add')}</button>;
  }
  return (
    <fieldset className="new-intermediary" data-testid="new-intermediary">
      <legend>{t('smesEdit.intermediary.title')}</legend>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('smesEdit.intermediary.name')}</label>
        <input id={`${id}-name`} className="input" value={name} autoFocus aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void add(); } }} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('smesEdit.intermediary.kind')}</label>
        <select id={`${id}-kind`} className="select" value={kind} onChange={(e) => setKind(e.target.value as IntermediaryKind)}>
          {INTERMEDIARY_KINDS.map((k) => <option key={k} value={k}>{t(`enums.intermediaryKind.${k}`)}</option>)}
        </select>
      </div>
      <div className="new-intermediary-actions">
        <button type="button" className="btn btn-secondary btn-sm" disabled={busy} onClick={() => void add()}>{t('smesEdit.intermediary.save')}</button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => { setOpen(false); setError(null); }}>{t('smesEdit.intermediary.cancel')}</button>
      </div>
      {error && <p id={`${id}-error`} className="field-error" role="alert">{error}</p>}
    </fieldset>
  );
}

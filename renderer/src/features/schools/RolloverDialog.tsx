import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RolloverPreview } from '../../../../shared/schemas/masterRows';
import type { TermRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field, FormPanel } from '../../components/form';
import { RolloverTable } from './RolloverTable';

type Undo = 'idle' | 'busy' | 'undone' | 'gone';

/** The school years that have terms, newest first: copying the latest year forward is the usual case. */
export const schoolYearsOf = (terms: readonly TermRow[]) =>
  [...new Set(terms.filter((t) => !t.archived).map((t) => t.schoolYear))].sort().reverse();

/**
 * "Schooljaar kopiëren": pick a school year, read what the copy would create (terms that already exist next year
 * are greyed out and skipped), confirm. The copy is one undo step; right after it the panel offers that undo.
 */
export function RolloverDialog({ terms, onClose }: { terms: readonly TermRow[]; onClose: () => void }) {
  const { t } = useTranslation();
  const years = schoolYearsOf(terms);
  const [picked, setFromYear] = useState<string | null>(null);
  const fromYear = picked ?? years[0] ?? '';
  const preview = useApiQuery('rollover:preview', { fromYear }, { enabled: fromYear !== '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<RolloverPreview | null>(null);
  const [undo, setUndo] = useState<Undo>('idle');

  const toCreate = preview.data?.terms.filter((p) => !p.exists).length ?? 0;

  const apply = async () => {
    // The core answers with the year as it is afterwards (everything exists); the user confirmed this preview.
    const confirmed = preview.data;
    setBusy(true);
    setError(null);
    try {
      await call('rollover:apply', { fromYear });
      if (confirmed) setDone(confirmed);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // Undo only when the copy is still the latest action; otherwise it would undo something else.
  const undoCopy = async () => {
    setUndo('busy');
    try {
      const state = await call('history:state');
      if (state.undoLabel !== 'rollover:apply') return setUndo('gone');
      await call('history:undo');
      setUndo('undone');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setUndo('idle');
    }
  };

  if (done) {
    const created = done.terms.filter((p) => !p.exists).length;
    return (
      <FormPanel open wide title={t('educationEdit.rollover.title')} onSubmit={onClose} onClose={onClose} formError={error}
        submitLabel={t('common.close')}
        hideCancel
        secondary={undo === 'idle' || undo === 'busy' ? (
          <button type="button" className="btn btn-secondary" onClick={() => void undoCopy()} disabled={undo === 'busy'}>
            {t('educationEdit.rollover.undo')}
          </button>
        ) : undefined}>
        <div className="notice notice-success" role="status" data-testid="rollover-done">
          <strong>{t('educationEdit.rollover.done', { count: created, year: done.toYear })}</strong>
          {undo === 'undone' && <p>{t('educationEdit.rollover.undone')}</p>}
          {undo === 'gone' && <p>{t('educationEdit.rollover.undoGone')}</p>}
        </div>
        <RolloverTable preview={done} />
      </FormPanel>
    );
  }

  return (
    <FormPanel
      open
      wide
      title={t('educationEdit.rollover.title')}
      subtitle={t('educationEdit.rollover.subtitle')}
      busy={busy}
      submitDisabled={toCreate === 0 || preview.isFetching}
      formError={error}
      onSubmit={() => void apply()}
      onClose={onClose}
      submitLabel={preview.data ? t('educationEdit.rollover.submit', { year: preview.data.toYear }) : undefined}
    >
      {years.length === 0 ? (
        <p className="muted">{t('educationEdit.rollover.noTerms')}</p>
      ) : (
        <div className="rollover-years">
          <Field label={t('educationEdit.rollover.from')}>
            {(c) => (
              <select {...c} className="input select" value={fromYear} onChange={(e) => setFromYear(e.target.value)}>
                {years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            )}
          </Field>
          {preview.data && <p className="rollover-to">→ {t('educationEdit.rollover.to', { year: preview.data.toYear })}</p>}
        </div>
      )}
      {preview.error && <ErrorAlert error={preview.error} />}
      {preview.data && (
        <>
          <h3 className="form-section-title">{t('educationEdit.rollover.preview')}</h3>
          <p>
            {t('educationEdit.rollover.summary', { terms: toCreate, existing: preview.data.terms.length - toCreate })}{' '}
            {t('educationEdit.rollover.offerings', { count: preview.data.offerings })}
          </p>
          {toCreate === 0 && preview.data.terms.length > 0 && (
            <p className="notice" role="status">{t('educationEdit.rollover.nothing', { year: preview.data.toYear })}</p>
          )}
          <RolloverTable preview={preview.data} />
        </>
      )}
    </FormPanel>
  );
}

import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HOLIDAY_REGIONS, type HolidayRegion } from '../../../../shared/domain/constants';
import type { OutputOf } from '../../../../shared/ipc/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

type Result = OutputOf<'holidays:import'>;
type State =
  | { step: 'idle' }
  | { step: 'busy'; file: string }
  | { step: 'done'; file: string; result: Result }
  | { step: 'failed'; file: string; error: unknown };

const isRegion = (r: string): r is HolidayRegion => (HOLIDAY_REGIONS as readonly string[]).includes(r);

/**
 * "Schoolvakanties importeren": the user picks the government's open-data JSON; the renderer reads it (no file
 * access in the core is needed, so it works the same in Electron and the browser) and the core imports it in one
 * undoable step, re-marking the holiday weeks of every term.
 */
export function HolidayImport() {
  const { t } = useTranslation();
  const hintId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Clear the picker so choosing the same file again (after fixing it) fires a change again.
    e.target.value = '';
    if (!file) return;
    setState({ step: 'busy', file: file.name });
    try {
      const result = await call('holidays:import', { json: await file.text() });
      setState({ step: 'done', file: file.name, result });
    } catch (error) {
      setState({ step: 'failed', file: file.name, error });
    }
  };

  const regions = (list: readonly string[]) =>
    [...list]
      .sort((a, b) => (isRegion(a) ? HOLIDAY_REGIONS.indexOf(a) : 9) - (isRegion(b) ? HOLIDAY_REGIONS.indexOf(b) : 9))
      .map((r) => (isRegion(r) ? t(`enums.holidayRegion.${r}`) : r))
      .join(', ');

  return (
    <div className="holiday-import">
      <div className="holiday-import-action">
        <label className={`btn btn-secondary file-button${state.step === 'busy' ? ' is-busy' : ''}`}>
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(e) => void onFile(e)}
            disabled={state.step === 'busy'}
            aria-describedby={hintId}
            data-testid="holiday-file"
          />
          {state.step === 'busy' ? t('educationEdit.holidays.importing') : t('educationEdit.holidays.import')}
        </label>
        <p id={hintId} className="field-hint">{t('educationEdit.holidays.importHint')}</p>
      </div>
      <div aria-live="polite">
        {state.step === 'done' && (
          <div className="notice notice-success" data-testid="holiday-import-result">
            <strong>{t('educationEdit.holidays.resultTitle', { file: state.file })}</strong>
            <p>
              {t('educationEdit.holidays.result', {
                holidays: t('educationEdit.holidays.holidays', { count: state.result.holidays }),
                regions: regions(state.result.regions),
                years: state.result.schoolYears.join(', '),
              })}{' '}
              {t('educationEdit.holidays.weeksChanged', { count: state.result.weeksChanged })}
            </p>
            {state.result.problems.length > 0 && (
              <>
                <p>{t('educationEdit.holidays.problems')}</p>
                <ul className="notice-list">{state.result.problems.map((p) => <li key={p}>{p}</li>)}</ul>
              </>
            )}
          </div>
        )}
      </div>
      {state.step === 'failed' && (
        <div data-testid="holiday-import-error">
          <p className="strong">{t('educationEdit.holidays.failed', { file: state.file })}</p>
          <ErrorAlert error={state.error} />
        </div>
      )}
    </div>
  );
}

import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { choicesWith } from './intakeOptions';

interface Props {
  label: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
  testId?: string;
}

/**
 * Multiple choice from a standard list plus "anders, namelijk…": a typed answer is added as a checked choice of
 * its own, so it can be unticked again like the others.
 */
export function IntakeChoices({ label, options, value, onChange, error, testId }: Props) {
  const { t } = useTranslation();
  const [extra, setExtra] = useState('');
  const extraId = useId();
  const errorId = useId();
  const all = choicesWith(options, value);

  const add = () => {
    const text = extra.trim();
    if (!text) return;
    const existing = all.find((o) => o.toLocaleLowerCase('nl') === text.toLocaleLowerCase('nl'));
    const entry = existing ?? text;
    if (!value.includes(entry)) onChange([...value, entry]);
    setExtra('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the answer instead of submitting the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <fieldset className={`field checkbox-group intake-choices${error ? ' field-invalid' : ''}`} data-testid={testId}
      aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{label}</legend>
      <div className="checkbox-options">
        {all.map((o) => (
          <label key={o} className="checkbox">
            <input type="checkbox" checked={value.includes(o)}
              onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((v) => v !== o))} />
            <span>{o}</span>
          </label>
        ))}
      </div>
      <div className="intake-extra">
        <label htmlFor={extraId} className="field-label">{t('requestsEdit.form.otherAnswer')}</label>
        <div className="intake-extra-row">
          <input id={extraId} className="input" value={extra} maxLength={200} onChange={(e) => setExtra(e.target.value)} onKeyDown={onKeyDown} />
          <button type="button" className="btn btn-secondary btn-sm" onClick={add} disabled={!extra.trim()}
            aria-label={t('requestsEdit.form.addAnswerTo', { label })}>
            {t('requestsEdit.form.addAnswer')}
          </button>
        </div>
      </div>
      {error && <p id={errorId} className="field-error" role="alert">{error}</p>}
    </fieldset>
  );
}

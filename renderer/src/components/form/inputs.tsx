import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from './Field';

// Controlled inputs for the forms. Empty text is sent as '' / null so the schema decides what is required.

interface Base { label: string; error?: string | undefined; hint?: string; required?: boolean; disabled?: boolean }

export function TextField({ value, onChange, type = 'text', placeholder, autoFocus, ...f }: Base & {
  value: string | null | undefined;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  placeholder?: string;
  autoFocus?: boolean;
}) {
  return (
    <Field {...f}>
      {(c) => (
        <input {...c} className="input" type={type} value={value ?? ''} placeholder={placeholder} disabled={f.disabled}
          autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function TextAreaField({ value, onChange, rows = 3, ...f }: Base & { value: string | null | undefined; onChange: (v: string) => void; rows?: number }) {
  return (
    <Field {...f}>
      {(c) => <textarea {...c} className="input textarea" rows={rows} value={value ?? ''} disabled={f.disabled} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

const parseNumber = (text: string): number | string | null => {
  const raw = text.replace(',', '.');
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : text;
};

/** A number field that keeps what the user typed while it is not (yet) a number, so nothing is lost. */
export function NumberField({ value, onChange, step, min, max, ...f }: Base & {
  value: number | string | null | undefined;
  onChange: (v: number | string | null) => void;
  step?: number;
  min?: number;
  max?: number;
}) {
  // The typed text is shown as long as it still means the current value: "2," or "2,50" would otherwise snap
  // back to "2" / "2.5" on every keystroke and a decimal could not be typed. A new value from outside wins.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft !== null && parseNumber(draft) === (value ?? null) ? draft : (value ?? '');
  return (
    <Field {...f}>
      {(c) => (
        <input {...c} className="input input-number" inputMode="decimal" value={shown} step={step} min={min} max={max}
          disabled={f.disabled}
          onChange={(e) => {
            setDraft(e.target.value);
            onChange(parseNumber(e.target.value));
          }} />
      )}
    </Field>
  );
}

export function SelectField<T extends string | number>({ value, onChange, options, allowEmpty, ...f }: Base & {
  value: T | null | undefined;
  onChange: (v: T | null) => void;
  options: readonly { value: T; label: string }[];
  allowEmpty?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Field {...f}>
      {(c) => (
        <select {...c} className="input select" value={value === null || value === undefined ? '' : String(value)} disabled={f.disabled}
          onChange={(e) => {
            const picked = options.find((o) => String(o.value) === e.target.value);
            onChange(picked ? picked.value : null);
          }}>
          {(allowEmpty || value === null || value === undefined) && <option value="">{allowEmpty ? t('forms.noneChosen') : t('forms.choose')}</option>}
          {options.map((o) => <option key={String(o.value)} value={String(o.value)}>{o.label}</option>)}
        </select>
      )}
    </Field>
  );
}

/** Several choices from a short list, as checkboxes in a labelled group. */
export function CheckboxGroup<T extends string | number>({ label, value, onChange, options, error, required }: Base & {
  value: readonly T[];
  onChange: (v: T[]) => void;
  options: readonly { value: T; label: string }[];
}) {
  return (
    <fieldset className={`field checkbox-group${error ? ' field-invalid' : ''}`} aria-invalid={!!error}>
      <legend className="field-label">{label}{required && <span className="field-required"> *</span>}</legend>
      <div className="checkbox-options">
        {options.map((o) => (
          <label key={String(o.value)} className="checkbox">
            <input type="checkbox" checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </fieldset>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="checkbox checkbox-single">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../../shared/schemas/exports';

/** The four formats as large radio cards with a line on what each file is for. Arrow keys move between them. */
export function FormatChoice({ value, onChange }: { value: ExportFormat; onChange: (f: ExportFormat) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field export-formats">
      <legend className="field-label">{t('exports.format')}</legend>
      <div className="export-format-grid">
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="export-format">
            <input type="radio" name={name} value={f} checked={value === f} onChange={() => onChange(f)}
              aria-describedby={`${name}-${f}-hint`} />
            <span className="export-format-text">
              <span className="export-format-label">{t(`exports.formats.${f}.label`)}</span>
              <span className="export-format-hint" id={`${name}-${f}-hint`}>{t(`exports.formats.${f}.hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

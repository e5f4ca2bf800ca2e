import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS, SME_IMPORT_FIELDS, type ImportField, type ImportPreview,
} from '../../../../shared/schemas/importRequests';
import { ColumnHints, FileFacts, FileProblems } from './FileFacts';

interface Props {
  preview: ImportPreview;
  busy: boolean;
  onSheet: (sheet: string) => void;
  onMap: (field: ImportField, column: number | null) => void;
  onDateOrder: (order: 'dmy' | 'mdy') => void;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: every field with the column guessed for it and that column's first values; each can be changed. */
export function MappingStep({ preview, busy, onSheet, onMap, onDateOrder, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const groups: [string, readonly ImportField[]][] = [
    [t('importRequests.mapping.groupSme'), SME_IMPORT_FIELDS],
    [t('importRequests.mapping.groupRequest'), IMPORT_FIELDS.filter((f) => !SME_IMPORT_FIELDS.includes(f))],
  ];
  const suspect = new Set(preview.hints.map((h) => h.field));
  return (
    <section className="import-mapping" data-testid="import-mapping">
      <div className="import-facts-row">
        <FileFacts preview={preview} />
        {preview.sheets.length > 1 && (
          <div className="import-inline">
            <label htmlFor="imp-sheet">{t('importRequests.mapping.sheet')}</label>
            <select id="imp-sheet" className="select" value={preview.sheet ?? ''} onChange={(e) => onSheet(e.target.value)}>
              {preview.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </div>
        )}
        <div className="import-inline">
          <label htmlFor="imp-date-order">{t('importRequests.mapping.dateOrder')}</label>
          <select id="imp-date-order" className="select" value={preview.dateOrder} onChange={(e) => onDateOrder(e.target.value as 'dmy' | 'mdy')}>
            <option value="dmy">{t('importRequests.mapping.dmy')}</option>
            <option value="mdy">{t('importRequests.mapping.mdy')}</option>
          </select>
        </div>
      </div>
      <FileProblems preview={preview} />
      <ColumnHints preview={preview} />
      <h3 className="import-h3">{t('importRequests.mapping.title')}</h3>
      <p className="field-help">{t('importRequests.mapping.help')}</p>
      <div className="import-map-groups">
        {groups.map(([title, fields]) => (
          <table key={title} className="import-map-table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importRequests.mapping.field')}</th>
                <th scope="col">{t('importRequests.mapping.column')}</th>
                <th scope="col">{t('importRequests.mapping.samples')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => {
                const column = preview.mapping[f];
                const required = REQUIRED_IMPORT_FIELDS.includes(f);
                const samples = column === null ? [] : (preview.headers[column]?.samples ?? []);
                return (
                  <tr key={f} className={required && column === null ? 'is-missing' : suspect.has(f) ? 'is-suspect' : undefined}>
                    <th scope="row">
                      <label htmlFor={`imp-map-${f}`}>
                        {t(`importRequests.fields.${f}`)}
                        {required && <span className="field-required" aria-hidden="true"> *</span>}
                        {required && <span className="sr-only"> ({t('importRequests.mapping.required')})</span>}
                      </label>
                    </th>
                    <td>
                      <select id={`imp-map-${f}`} className="select import-map-select" value={column ?? ''}
                        onChange={(e) => onMap(f, e.target.value === '' ? null : Number(e.target.value))}>
                        <option value="">{t('importRequests.mapping.none')}</option>
                        {preview.headers.map((h) => (
                          <option key={h.index} value={h.index}>{t('importRequests.mapping.columnOption', { n: h.index + 1, label: h.label })}</option>
                        ))}
                      </select>
                    </td>
                    <td className="import-samples" title={samples.join(' · ')}>
                      {samples.map((s, i) => <span key={i} className="import-sample">{s}</span>)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
      <footer className="import-footer">
        <button type="button" className="btn btn-secondary" onClick={onBack}>{t('importRequests.done.another')}</button>
        <button type="button" className="btn btn-primary" onClick={onNext} disabled={busy} data-testid="import-next">
          {t('importRequests.mapping.next')}
        </button>
      </footer>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/client';
import { Card } from '../../../components/Card';
import { ProgressBar } from '../../../components/ProgressBar';
import { formatDate, formatHours, formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from '../dashboard/SimpleTable';
import { SHOWN, useImportRun, type Mapping } from './useImportRun';

const FIELDS = ['staff', 'date', 'duration', 'activity', 'note'] as const;

/**
 * CSV import from a time tracker: detect, adjust the mapping, see every row's problems, then all or nothing.
 * Reading and importing show a progress bar with Cancel (large exports take a while).
 */
export function ImportTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const { preview: p, running, outcome, runPreview, runImport, reset, cancel } = useImportRun();
  // Bad rows first, so they are seen even in a long file (the core sends them first when it cuts the list).
  const rows = p ? [...p.rows.filter((r) => r.problems.length > 0), ...p.rows.filter((r) => r.problems.length === 0)].slice(0, SHOWN) : [];
  const total = p ? p.okCount + p.errorCount : 0;

  const choose = async (f: File | undefined) => {
    reset();
    setMapping({});
    const next = f ? { name: f.name, csv: await f.text() } : null;
    setFile(next);
    if (next) void runPreview(next.csv, {});
  };
  const remap = (next: Mapping) => {
    setMapping(next);
    if (file) void runPreview(file.csv, next);
  };
  const doImport = async () => {
    if (!file || !p) return;
    if (await runImport(file.csv, mapping)) setFile(null);
  };

  return (
    <Card title={t('hoursEdit.imp.title')} testId="import">
      <p className="field-help">{t('hoursEdit.imp.intro')}</p>
      <div className="toolbar-row">
        <div className="field">
          <label htmlFor="imp-file">{t('hoursEdit.imp.file')}</label>
          <input id="imp-file" type="file" accept=".csv,text/csv" className="input imp-file" disabled={running?.kind === 'import'}
            onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
      </div>
      {running && (
        <div className="imp-progress">
          <ProgressBar key={running.taskId} taskId={running.taskId} onCancel={cancel}
            label={running.kind === 'preview' ? t('hoursEdit.imp.reading', { file: file?.name ?? '' }) : t('hoursEdit.imp.writing', { count: formatNumber(total, lang) })} />
        </div>
      )}
      {outcome?.kind === 'done' && (
        <div className="ts-banner ts-banner-ok" role="status">{t('hoursEdit.imp.done', { count: formatNumber(outcome.imported, lang), hours: formatHours(outcome.minutes, lang) })}</div>
      )}
      {outcome?.kind === 'cancelled' && <div className="ts-banner ts-banner-info" role="status">{t('hoursEdit.imp.cancelled')}</div>}
      {outcome?.kind === 'error' && <div className="ts-banner ts-banner-error" role="alert">{errorMessage(outcome.error)}</div>}
      {p && file && (
        <>
          <p className="imp-detected">{t('hoursEdit.imp.detected', { source: t(`hoursEdit.imp.sources.${p.source}`), delimiter: p.delimiter === '\t' ? 'tab' : p.delimiter })}</p>
          <fieldset className="imp-mapping" disabled={running !== null}>
            <legend>{t('hoursEdit.imp.mapping')}</legend>
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`imp-${f}`}>{t(`hoursEdit.imp.fields.${f}`)}</label>
                <select id={`imp-${f}`} className="select imp-select" value={p.mapping[f] ?? ''} onChange={(e) => remap({ ...mapping, [f]: e.target.value || null })}>
                  <option value="">{t('hoursEdit.imp.none')}</option>
                  {p.headers.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </div>
            ))}
            <div className="field">
              <label htmlFor="imp-order">{t('hoursEdit.imp.fields.dateOrder')}</label>
              <select id="imp-order" className="select imp-select" value={p.mapping.dateOrder ?? 'dmy'} onChange={(e) => remap({ ...mapping, dateOrder: e.target.value as 'dmy' | 'mdy' })}>
                <option value="dmy">{t('hoursEdit.imp.dmy')}</option>
                <option value="mdy">{t('hoursEdit.imp.mdy')}</option>
              </select>
            </div>
          </fieldset>
          <div className={`ts-banner ${p.errorCount > 0 ? 'ts-banner-error' : 'ts-banner-ok'}`} role="status" data-testid="import-summary">
            {t('hoursEdit.imp.summary', { ok: formatNumber(p.okCount, lang), total: formatNumber(total, lang), hours: formatHours(p.totalMinutes, lang) })}
            {p.errorCount > 0 && <> {t('hoursEdit.imp.errors', { count: formatNumber(p.errorCount, lang) })}</>}
          </div>
          {total > rows.length && (
            <p className="field-help">{t('hoursEdit.imp.shownRows', { shown: formatNumber(rows.length, lang), total: formatNumber(total, lang) })}</p>
          )}
          <SimpleTable
            label={t('hoursEdit.imp.title')}
            testId="import-rows"
            columns={[{ label: t('hoursEdit.imp.col.line') }, { label: t('hoursEdit.imp.col.person') }, { label: t('hoursEdit.imp.col.date') },
              { label: t('hoursEdit.imp.col.hours'), align: 'end' }, { label: t('hoursEdit.imp.col.activity') }, { label: t('hoursEdit.imp.col.note') }, { label: t('hoursEdit.imp.col.problems') }]}
            rows={rows.map((r) => ({ key: String(r.line), cells: [
              r.line, r.staffName, r.date ? formatDate(r.date, lang) : '—', r.minutes !== null ? formatHours(r.minutes, lang) : '—',
              r.activity ? t(`enums.activity.${r.activity}`) : '—', r.note,
              r.problems.length > 0 ? <span key="p" className="imp-problem">{r.problems.map((x) => x.message).join('; ')}</span> : <span key="p" className="imp-ok">{t('hoursEdit.imp.ok')}</span>,
            ] }))}
          />
          <div className="imp-actions">
            <button type="button" className="btn btn-primary" disabled={p.errorCount > 0 || total === 0 || running !== null} onClick={() => void doImport()}>
              {t('hoursEdit.imp.import', { count: formatNumber(total, lang) })}
            </button>
          </div>
        </>
      )}
    </Card>
  );
}

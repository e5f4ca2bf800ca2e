import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importMapping } from '../../../../../shared/schemas/hoursInputs';
import { errorMessage } from '../../../api/client';
import { useApiMutation, useApiQuery } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { formatDate, formatHours } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from '../dashboard/SimpleTable';

type Mapping = z.input<typeof importMapping>;
const FIELDS = ['staff', 'date', 'duration', 'activity', 'note'] as const;
const SHOWN = 300;

/** CSV import from a time tracker: detect, adjust the mapping, see every row's problems, then all or nothing. */
export function ImportTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [done, setDone] = useState<string | null>(null);
  const preview = useApiQuery('hours:importPreview', { csv: file?.csv ?? '', mapping }, { enabled: file !== null, placeholderData: (p) => p });
  const run = useApiMutation('hours:import');
  const p = file ? preview.data : undefined;
  // Bad rows first, so they are seen even in a long file.
  const rows = p ? [...p.rows.filter((r) => r.problems.length > 0), ...p.rows.filter((r) => r.problems.length === 0)].slice(0, SHOWN) : [];

  const choose = async (f: File | undefined) => {
    setDone(null);
    setMapping({});
    setFile(f ? { name: f.name, csv: await f.text() } : null);
  };
  const doImport = () => {
    if (!file || !p) return;
    run.mutate({ csv: file.csv, mapping }, {
      onSuccess: (r) => { setDone(t('hoursEdit.imp.done', { count: r.imported, hours: formatHours(r.minutes, lang) })); setFile(null); },
    });
  };

  return (
    <Card title={t('hoursEdit.imp.title')} testId="import">
      <p className="field-help">{t('hoursEdit.imp.intro')}</p>
      <div className="toolbar-row">
        <div className="field">
          <label htmlFor="imp-file">{t('hoursEdit.imp.file')}</label>
          <input id="imp-file" type="file" accept=".csv,text/csv" className="input imp-file" onChange={(e) => void choose(e.target.files?.[0])} />
        </div>
      </div>
      {done && <div className="ts-banner ts-banner-ok" role="status">{done}</div>}
      {run.error && <div className="ts-banner ts-banner-error" role="alert">{errorMessage(run.error)}</div>}
      {preview.error && <div className="ts-banner ts-banner-error" role="alert">{errorMessage(preview.error)}</div>}
      {p && (
        <>
          <p className="imp-detected">{t('hoursEdit.imp.detected', { source: t(`hoursEdit.imp.sources.${p.source}`), delimiter: p.delimiter === '\t' ? 'tab' : p.delimiter })}</p>
          <fieldset className="imp-mapping">
            <legend>{t('hoursEdit.imp.mapping')}</legend>
            {FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`imp-${f}`}>{t(`hoursEdit.imp.fields.${f}`)}</label>
                <select id={`imp-${f}`} className="select imp-select" value={p.mapping[f] ?? ''} onChange={(e) => setMapping({ ...mapping, [f]: e.target.value || null })}>
                  <option value="">{t('hoursEdit.imp.none')}</option>
                  {p.headers.map((h) => <option key={h} value={h}>{h}</option>)}
                </select>
              </div>
            ))}
            <div className="field">
              <label htmlFor="imp-order">{t('hoursEdit.imp.fields.dateOrder')}</label>
              <select id="imp-order" className="select imp-select" value={p.mapping.dateOrder ?? 'dmy'} onChange={(e) => setMapping({ ...mapping, dateOrder: e.target.value as 'dmy' | 'mdy' })}>
                <option value="dmy">{t('hoursEdit.imp.dmy')}</option>
                <option value="mdy">{t('hoursEdit.imp.mdy')}</option>
              </select>
            </div>
          </fieldset>
          <div className={`ts-banner ${p.errorCount > 0 ? 'ts-banner-error' : 'ts-banner-ok'}`} role="status" data-testid="import-summary">
            {t('hoursEdit.imp.summary', { ok: p.okCount, total: p.rows.length, hours: formatHours(p.totalMinutes, lang) })}
            {p.errorCount > 0 && <> {t('hoursEdit.imp.errors', { count: p.errorCount })}</>}
          </div>
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
            <button type="button" className="btn btn-primary" disabled={p.errorCount > 0 || p.rows.length === 0 || run.isPending} onClick={doImport}>
              {t('hoursEdit.imp.import', { count: p.rows.length })}
            </button>
          </div>
        </>
      )}
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { rangeOf, yearChoices, type Period, type PeriodKind } from './period';

interface Props {
  value: Period;
  today: string;
  onChange: (p: Period) => void;
}

/**
 * Kind of period, its year, and the two dates. Changing a date by hand makes the period custom, so what the dates
 * say is always what the report covers.
 */
export function PeriodPicker({ value, today, onChange }: Props) {
  const { t } = useTranslation();
  const setKind = (kind: PeriodKind) => onChange(kind === 'custom' ? { ...value, kind } : { kind, year: value.year, ...rangeOf(kind, value.year) });
  const setYear = (year: number) => (value.kind === 'custom' ? undefined : onChange({ ...value, year, ...rangeOf(value.kind, year) }));
  return (
    <div className="report-period" role="group" aria-label={t('common.period')}>
      <div className="field">
        <label htmlFor="report-kind">{t('funderReport.periodKind')}</label>
        <select id="report-kind" className="input select report-select" value={value.kind} onChange={(e) => setKind(e.target.value as PeriodKind)}>
          {(['calendar', 'school', 'custom'] as const).map((k) => <option key={k} value={k}>{t(`funderReport.kinds.${k}`)}</option>)}
        </select>
      </div>
      {value.kind !== 'custom' && (
        <div className="field">
          <label htmlFor="report-year">{value.kind === 'school' ? t('funderReport.schoolYear') : t('funderReport.year')}</label>
          <select id="report-year" className="input select report-select-year" value={value.year} onChange={(e) => setYear(Number(e.target.value))}>
            {yearChoices(today).map((y) => (
              <option key={y} value={y}>{value.kind === 'school' ? t('funderReport.schoolYearLabel', { from: y, to: y + 1 }) : y}</option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="report-from">{t('common.from')}</label>
        <input id="report-from" type="date" className="input" value={value.from} onChange={(e) => onChange({ ...value, kind: 'custom', from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="report-to">{t('common.to')}</label>
        <input id="report-to" type="date" className="input" value={value.to} onChange={(e) => onChange({ ...value, kind: 'custom', to: e.target.value })} />
      </div>
    </div>
  );
}

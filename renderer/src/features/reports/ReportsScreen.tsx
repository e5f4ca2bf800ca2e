import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { Kpi } from '../../components/Card';
import { ProgressBar } from '../../components/ProgressBar';
import { ScreenFrame } from '../../components/ScreenFrame';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { defaultPeriod, isIsoDate, type Period } from './period';
import { PeriodPicker } from './PeriodPicker';
import { ReportSections } from './ReportSections';
import { useReportExport } from './useReportExport';
import './reports.css';

/** Rapportage: the funder report of a chosen period, with every chart beside its table, exported as XLSX or PDF. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const [draft, setDraft] = useState<Period>(() => defaultPeriod(today));
  const valid = isIsoDate(draft.from) && isIsoDate(draft.to) && draft.from <= draft.to;
  // Only a complete, ordered period is asked for; while one is being typed, the last good figures stay on screen.
  const [period, setPeriod] = useState({ from: draft.from, to: draft.to });
  const update = (p: Period) => {
    setDraft(p);
    if (isIsoDate(p.from) && isIsoDate(p.to) && p.from <= p.to) setPeriod({ from: p.from, to: p.to });
  };
  const report = useApiQuery('report:funder', period, { placeholderData: (prev) => prev });
  const r = report.data;
  const exporter = useReportExport();
  const avg = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, lang, 1));

  return (
    <ScreenFrame
      name="reports"
      title={t('funderReport.title')}
      subtitle={t('funderReport.subtitle')}
      busy={report.isPending}
      errors={[report.error]}
      onRetry={() => void report.refetch()}
      actions={
        <div className="report-exports">
          <button type="button" className="btn btn-secondary" disabled={exporter.taskId !== null || !valid}
            onClick={() => void exporter.run('xlsx', period.from, period.to)}>{t('funderReport.exportXlsx')}</button>
          <button type="button" className="btn btn-primary" disabled={exporter.taskId !== null || !valid}
            onClick={() => void exporter.run('pdf', period.from, period.to)}>{t('funderReport.exportPdf')}</button>
        </div>
      }
    >
      <div className="report-toolbar">
        <PeriodPicker value={draft} today={today} onChange={update} />
        <p className="report-period-text" data-testid="report-period">
          {t('funderReport.periodText', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) })}
        </p>
      </div>
      {!valid && <div className="alert alert-warning" role="alert">{t('funderReport.badPeriod')}</div>}
      {exporter.taskId && <ProgressBar taskId={exporter.taskId} label={t('funderReport.exporting')} onCancel={exporter.cancel} />}
      {exporter.error && <div className="alert alert-error" role="alert">{exporter.error}</div>}
      {r && (
        <>
          <div className="kpi-grid report-kpis" data-testid="report-kpis">
            <Kpi label={t('funderReport.kpi.smes')} value={formatNumber(r.smes.unique, lang)} testId="kpi-smes"
              hint={t('funderReport.kpi.smesHint', { assignments: formatNumber(r.smes.viaAssignment, lang), events: formatNumber(r.smes.viaEvent, lang) })} />
            <Kpi label={t('funderReport.kpi.requests')} value={formatNumber(r.requests.received, lang)} testId="kpi-requests" />
            <Kpi label={t('funderReport.kpi.delivered')} value={formatNumber(r.assignments.delivered, lang)} testId="kpi-delivered"
              hint={t('funderReport.kpi.deliveredHint', { started: formatNumber(r.assignments.started, lang) })} />
            <Kpi label={t('funderReport.kpi.students')} value={formatNumber(r.students.students, lang)} testId="kpi-students"
              hint={t('funderReport.kpi.studentsHint', { teams: formatNumber(r.students.teams, lang), coaches: formatNumber(r.coaches.count, lang) })} />
            <Kpi label={t('funderReport.kpi.events')} value={formatNumber(r.events.count, lang)} testId="kpi-events"
              hint={t('funderReport.kpi.eventsHint', { attendees: formatNumber(r.events.attendees, lang), unique: formatNumber(r.events.uniqueAttendees, lang) })} />
            <Kpi label={t('funderReport.kpi.hours')} value={formatHours(r.hours.totals.minutes, lang)} testId="kpi-hours" />
            <Kpi label={t('funderReport.kpi.cost')} value={formatMoney(r.hours.totals.costCents, lang, true)} testId="kpi-cost" />
            <Kpi label={t('funderReport.kpi.satisfaction')} value={avg(r.satisfaction.avgSatisfaction)} testId="kpi-satisfaction"
              hint={t('funderReport.kpi.scoreHint', { count: r.satisfaction.evaluations })} />
          </div>
          <ReportSections report={r} />
        </>
      )}
    </ScreenFrame>
  );
}

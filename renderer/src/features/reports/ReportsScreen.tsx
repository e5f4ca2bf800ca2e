import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportSummary } from '../../api/hooks';
import { Card, Field, Kpi } from '../../components/Card';
import { ScreenFrame } from '../../components/ScreenFrame';
import { formatHours, formatMoney, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { lastTwelveMonths } from '../hours/period';
import { SizeClassList, StatusChart } from './StatusChart';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function ReportsScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const [draft, setDraft] = useState(() => {
    const p = lastTwelveMonths();
    return { from: p.from, to: p.to };
  });
  // Only ask the core for a complete, ordered period; half-typed dates keep the last good answer on screen.
  const [period, setPeriod] = useState(draft);
  const update = (next: { from: string; to: string }) => {
    setDraft(next);
    if (isDate(next.from) && isDate(next.to) && next.from <= next.to) setPeriod(next);
  };
  const summary = useReportSummary(period.from, period.to);
  const s = summary.data;
  const avg = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatNumber(v, lang, 1));

  return (
    <ScreenFrame
      name="reports"
      title={t('reports.title')}
      subtitle={t('reports.subtitle')}
      busy={summary.isPending}
      errors={[summary.error]}
      onRetry={() => void summary.refetch()}
      actions={
        <div className="period-picker" role="group" aria-label={t('common.period')}>
          <Field label={t('common.from')}>
            {(id) => <input id={id} type="date" className="input" value={draft.from} onChange={(e) => update({ ...draft, from: e.target.value })} />}
          </Field>
          <Field label={t('common.to')}>
            {(id) => <input id={id} type="date" className="input" value={draft.to} onChange={(e) => update({ ...draft, to: e.target.value })} />}
          </Field>
        </div>
      }
    >
      <div className="kpi-grid" data-testid="report-kpis">
        <Kpi label={t('reports.kpi.requests')} value={formatNumber(s ? s.requestsByStatus.reduce((n, r) => n + r.count, 0) : undefined, lang)} testId="kpi-requests" />
        <Kpi label={t('reports.kpi.smes')} value={formatNumber(s?.uniqueSmes, lang)} testId="kpi-smes" />
        <Kpi label={t('reports.kpi.delivered')} value={formatNumber(s?.assignmentsDelivered, lang)} testId="kpi-delivered" />
        <Kpi label={t('reports.kpi.events')} value={formatNumber(s?.eventCount, lang)} hint={s ? t('reports.kpi.attendees', { count: s.eventAttendees }) : undefined} />
        <Kpi label={t('reports.kpi.hours')} value={formatHours(s?.staffMinutes, lang)} />
        <Kpi label={t('reports.kpi.cost')} value={formatMoney(s?.staffCostCents, lang)} />
        <Kpi label={t('reports.kpi.satisfaction')} value={avg(s?.avgSatisfaction)} hint={t('reports.kpi.outOf10')} />
        <Kpi label={t('reports.kpi.recommend')} value={avg(s?.avgRecommend)} hint={t('reports.kpi.outOf10')} />
      </div>
      <div className="grid-2 grid-2-wide">
        <Card title={t('reports.byStatus')}>{s && <StatusChart data={s.requestsByStatus} />}</Card>
        <Card title={t('reports.bySize')}>{s && <SizeClassList data={s.smesBySizeClass} />}</Card>
      </div>
    </ScreenFrame>
  );
}

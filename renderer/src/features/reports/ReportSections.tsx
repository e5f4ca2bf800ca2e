import { useTranslation } from 'react-i18next';
import type { FunderReport } from '../../../../shared/schemas/report';
import { Card } from '../../components/Card';
import { requestTone } from '../../components/Chips';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { BarsCard } from './BarsCard';
import { ReportTable } from './ReportTable';
import { ScoresCard } from './ScoresCard';
import type { report } from '../../i18n/sections/report';

// Chart colours per status chip tone, the same family as the status chips in the tables.
const TONE: Record<string, string> = {
  neutral: '#64748b', info: '#0284c7', violet: '#7c3aed', accent: '#0f766e', success: '#15803d', muted: '#94a3b8', danger: '#dc2626', warning: '#d97706',
};

/** Every part of the report below the key figures: who was helped, what was done, what it cost, how it was valued. */
export function ReportSections({ report: r }: { report: FunderReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = (k: keyof typeof report.nl.col) => t(`funderReport.col.${k}`);
  const unknown = t('funderReport.unknown');
  const sector = (k: string | null) => (k === null ? unknown : `${k} · ${t(`funderReport.sector.${k as keyof typeof report.nl.sector}`)}`);
  const money = (v: number) => formatMoney(v, lang, true);

  return (
    <div className="report-sections">
      <div className="grid-2">
        <BarsCard title={t('funderReport.charts.size')} testId="chart-size" labelHeader={c('sizeClass')} valueHeader={c('count')} share
          rows={r.smes.bySize.map((x) => ({ key: x.key ?? '-', label: x.key ? t(`enums.sizeClass.${x.key as 'micro'}`) : unknown, value: x.count }))} />
        <BarsCard title={t('funderReport.charts.region')} testId="chart-region" labelHeader={c('region')} valueHeader={c('count')} share
          rows={r.smes.byRegion.map((x) => ({ key: x.key ?? '-', label: x.key ?? unknown, value: x.count }))} />
        <BarsCard title={t('funderReport.charts.sector')} testId="chart-sector" labelHeader={c('sector')} valueHeader={c('count')} share chartLimit={24} axisWidth={72}
          rows={r.smes.bySector.map((x) => ({ key: x.key ?? '-', label: sector(x.key), axis: x.key ?? unknown, value: x.count }))} />
        <BarsCard title={t('funderReport.charts.intermediary')} testId="chart-intermediary" labelHeader={c('intermediary')} valueHeader={c('count')} share axisWidth={230}
          rows={r.smes.byIntermediary.map((x) => ({ key: x.key ?? '-', label: x.key ?? t('funderReport.noIntermediary'), value: x.count }))} />
      </div>

      <div className="grid-2">
        <BarsCard title={t('funderReport.charts.status')} testId="chart-status" labelHeader={c('status')} valueHeader={c('requests')}
          rows={r.requests.byStatus.map((x) => ({ key: x.status, label: t(`enums.requestStatus.${x.status}`), value: x.count, color: TONE[requestTone(x.status)] }))}
          foot={[t('funderReport.total'), formatNumber(r.requests.received, lang)]} />
        <div className="report-stack">
          <BarsCard title={t('funderReport.charts.level')} testId="chart-level" labelHeader={c('level')} valueHeader={c('students')}
            extra={[{ label: c('teams'), align: 'end' }]}
            rows={r.students.byLevel.map((x) => ({ key: x.level, label: t(`enums.level.${x.level}`), value: x.students, cells: [formatNumber(x.teams, lang)] }))}
            foot={[t('funderReport.total'), formatNumber(r.students.students, lang), formatNumber(r.students.teams, lang)]} />
          <Card title={`${t('funderReport.coaches')} (${formatNumber(r.coaches.count, lang)})`} testId="coaches" className="report-card">
            {r.coaches.names.length === 0 ? <p className="muted">{t('funderReport.noCoaches')}</p>
              : <ul className="report-names">{r.coaches.names.map((n) => <li key={n}>{n}</li>)}</ul>}
          </Card>
        </div>
      </div>

      <div className="grid-2">
        <BarsCard title={t('funderReport.charts.activity')} testId="chart-activity" labelHeader={c('activity')} valueHeader={c('cost')} format={money} chartFormat={(v) => formatMoney(v, lang)}
          extra={[{ label: c('hours'), align: 'end' }]}
          rows={r.hours.byActivity.map((x) => ({ key: x.activity, label: t(`enums.activity.${x.activity}`), value: x.costCents, cells: [formatHours(x.minutes, lang)] }))}
          foot={[t('funderReport.total'), money(r.hours.totals.costCents), formatHours(r.hours.totals.minutes, lang)]} />
        <BarsCard title={t('funderReport.charts.funder')} testId="chart-funder" labelHeader={c('funder')} valueHeader={c('cost')} format={money} chartFormat={(v) => formatMoney(v, lang)} share
          rows={r.hours.byFunder.map((x) => ({ key: String(x.funderId ?? 'none'), label: x.funderId === null ? t('funderReport.unassigned') : x.name, value: x.costCents }))}
          foot={[t('funderReport.total'), money(r.hours.totals.costCents), '100%']} />
      </div>

      <Card title={t('funderReport.charts.events')} testId="report-events" className="report-card">
        <ReportTable label={t('funderReport.tableOf', { title: t('funderReport.charts.events') })} testId="report-events-table"
          columns={[{ label: c('topic') }, { label: c('date') }, { label: c('kind') }, { label: c('attendees'), align: 'end' }, { label: c('capacity'), align: 'end' }]}
          rows={r.events.list.map((e) => ({ key: String(e.id), cells: [e.topic, formatDate(e.eventDate, lang), t(`enums.eventKind.${e.kind}`),
            formatNumber(e.attendees, lang), e.capacity === null ? '—' : formatNumber(e.capacity, lang)] }))}
          foot={[t('funderReport.total'), '', '', formatNumber(r.events.attendees, lang), '']} />
      </Card>

      <div className="grid-2">
        <ScoresCard title={t('funderReport.charts.satisfaction')} testId="chart-satisfaction" scoreLabel={c('score')}
          summary={`${t('funderReport.kpi.satisfaction')}: ${formatNumber(r.satisfaction.avgSatisfaction, lang, 1)} · ${t('funderReport.kpi.recommend')}: ${formatNumber(r.satisfaction.avgRecommend, lang, 1)} (${t('funderReport.kpi.scoreHint', { count: r.satisfaction.evaluations })})`}
          series={[
            { key: 'sat', label: c('satisfaction'), color: '#0f766e', scores: r.satisfaction.satisfactionScores },
            { key: 'rec', label: c('recommend'), color: '#7c3aed', scores: r.satisfaction.recommendScores },
          ]} />
        <ScoresCard title={t('funderReport.charts.maturity')} testId="chart-maturity" scoreLabel={c('score')}
          summary={`${formatNumber(r.maturity.average, lang, 1)} ${t('funderReport.kpi.maturityHint', { count: r.maturity.scored })}`}
          series={[{ key: 'm', label: c('requests'), color: '#0284c7', scores: r.maturity.scores }]} />
      </div>
    </div>
  );
}

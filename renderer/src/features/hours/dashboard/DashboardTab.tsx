import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES } from '../../../../../shared/domain/constants';
import { useApiQuery } from '../../../api/hooks';
import { Card, Kpi } from '../../../components/Card';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatHours, formatMoney, formatMonth } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { CostChart } from '../CostChart';
import { pivotByMonth } from '../pivot';
import { BurnSection } from './BurnSection';
import { PeopleSection } from './PeopleSection';
import { monthsBetween, presetRange, type Preset } from './period';
import { SimpleTable } from './SimpleTable';
import { FundersSection, TopSection } from './TopSection';

const PRESETS: Preset[] = ['year', 'last12', 'schoolYear'];

/** Where the hours and money go, for a chosen period: every chart with its table. */
export function DashboardTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const [range, setRange] = useState(() => presetRange('year'));
  const [mode, setMode] = useState<'hours' | 'cost'>('hours');
  const valid = range.from <= range.to && /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to);
  const asOf = useMemo(() => new Date().toISOString().slice(0, 10), []);
  const dash = useApiQuery('costs:dashboard', { from: range.from, to: range.to, asOf }, { enabled: valid, placeholderData: (prev) => prev });
  const d = dash.data;
  const months = useMemo(() => (d ? pivotByMonth(d.byMonth, monthsBetween(d.from, d.to)) : []), [d]);

  return (
    <div className="dash">
      <div className="toolbar-row dash-period" role="group" aria-label={t('hoursEdit.dash.period')}>
        <div className="field">
          <label htmlFor="dash-from">{t('hoursEdit.dash.from')}</label>
          <input id="dash-from" type="date" className="input" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="dash-to">{t('hoursEdit.dash.to')}</label>
          <input id="dash-to" type="date" className="input" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </div>
        <div className="segmented" role="group" aria-label={t('hoursEdit.dash.period')}>
          {PRESETS.map((p) => {
            const r = presetRange(p);
            return <button key={p} type="button" aria-pressed={r.from === range.from && r.to === range.to} onClick={() => setRange(r)}>{t(`hoursEdit.dash.presets.${p}`)}</button>;
          })}
        </div>
      </div>
      {dash.error && <ErrorAlert error={dash.error} onRetry={() => void dash.refetch()} />}
      {d && (
        <>
          <div className="kpi-row" data-testid="dash-kpis">
            <Kpi label={t('hoursEdit.dash.kpi.hours')} value={formatHours(d.totals.minutes, lang)} testId="kpi-hours" />
            <Kpi label={t('hoursEdit.dash.kpi.cost')} value={formatMoney(d.totals.costCents, lang, true)} testId="kpi-cost" />
            <Kpi label={t('hoursEdit.dash.kpi.perSme')} value={formatMoney(d.perSme.costPerSmeCents, lang)} hint={t('hoursEdit.dash.smesHint', { count: d.perSme.smesHelped })} />
            <Kpi label={t('hoursEdit.dash.kpi.perDelivered')} value={formatMoney(d.perSme.costPerDeliveredCents, lang)} hint={t('hoursEdit.dash.deliveredHint', { count: d.perSme.delivered })} />
          </div>
          <Card
            title={t('hoursEdit.dash.monthly')}
            testId="monthly"
            actions={
              <div className="segmented" role="group" aria-label={t('hours.show')}>
                <button type="button" aria-pressed={mode === 'hours'} onClick={() => setMode('hours')}>{t('hours.showHours')}</button>
                <button type="button" aria-pressed={mode === 'cost'} onClick={() => setMode('cost')}>{t('hours.showCost')}</button>
              </div>
            }
          >
            <CostChart data={months} mode={mode} label={t('hoursEdit.dash.monthly')} />
            <SimpleTable
              label={t('hoursEdit.dash.monthly')}
              testId="monthly-table"
              columns={[{ label: t('hoursEdit.dash.col.month') }, ...ACTIVITIES.map((a) => ({ label: t(`enums.activity.${a}`), align: 'end' as const })),
                { label: t('hoursEdit.dash.col.hours'), align: 'end' }, { label: t('hoursEdit.dash.col.cost'), align: 'end' }]}
              rows={months.map((m) => ({ key: m.month, cells: [formatMonth(m.month, lang),
                ...ACTIVITIES.map((a) => (mode === 'hours' ? formatHours(m.minutes[a], lang) : formatMoney(m.cost[a], lang))),
                formatHours(m.totalMinutes, lang), formatMoney(m.totalCost, lang, true)] }))}
              foot={[t('hoursEdit.dash.total'), ...ACTIVITIES.map((a) => {
                const row = d.byActivity.find((x) => x.activity === a);
                return mode === 'hours' ? formatHours(row?.minutes ?? 0, lang) : formatMoney(row?.costCents ?? 0, lang);
              }), formatHours(d.totals.minutes, lang), formatMoney(d.totals.costCents, lang, true)]}
            />
          </Card>
          <BurnSection data={d} asOf={asOf} />
          <PeopleSection data={d} />
          <div className="grid-2">
            <FundersSection data={d} />
            <TopSection data={d} />
          </div>
        </>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostDashboard } from '../../../../../shared/schemas/hoursRows';
import { Card } from '../../../components/Card';
import { formatDate, formatMoney, formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from './SimpleTable';

const pct = (part: number, whole: number, lang: 'nl' | 'en') => (whole > 0 ? `${formatNumber((part / whole) * 100, lang, 0)}%` : '—');

/** Per budget: what is spent, where the straight line ends, and the budget itself. */
export function BurnSection({ data, asOf }: { data: CostDashboard; asOf: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const chart = data.burn.map((b) => ({
    name: `${b.funderName} · ${b.budgetName}`, spent: b.spentCents / 100, forecast: b.forecastCents / 100, budget: b.amountCents / 100,
  }));
  return (
    <Card title={t('hoursEdit.dash.burn')} testId="burn">
      <p className="field-help">{t('hoursEdit.dash.burnHint', { date: formatDate(asOf, lang) })}</p>
      {chart.length > 0 && (
        <div className="chart" role="img" aria-label={t('hoursEdit.dash.burn')}>
          <ResponsiveContainer width="100%" height={Math.max(180, 64 * chart.length + 60)}>
            <BarChart data={chart} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }} barGap={2}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
              <XAxis type="number" tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => formatMoney(v * 100, lang)} />
              <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 12, fill: '#0f1c24' }} />
              <Tooltip formatter={(v, name) => [formatMoney(Number(v) * 100, lang), t(`hoursEdit.dash.series.${name as 'spent'}`)]} />
              <Legend formatter={(name: string) => <span className="legend-text">{t(`hoursEdit.dash.series.${name as 'spent'}`)}</span>} wrapperStyle={{ fontSize: 13 }} />
              <Bar dataKey="spent" fill="#0f766e" isAnimationActive={false} maxBarSize={14} />
              <Bar dataKey="forecast" fill="#94c9c3" isAnimationActive={false} maxBarSize={14} />
              <Bar dataKey="budget" fill="#cbd5e1" isAnimationActive={false} maxBarSize={14} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <SimpleTable
        label={t('hoursEdit.dash.burn')}
        testId="burn-table"
        columns={[{ label: t('hoursEdit.dash.col.funder') }, { label: t('hoursEdit.dash.col.budget') }, { label: t('hoursEdit.dash.col.period') },
          { label: t('hoursEdit.dash.col.amount'), align: 'end' }, { label: t('hoursEdit.dash.col.spent'), align: 'end' }, { label: t('hoursEdit.dash.col.share'), align: 'end' },
          { label: t('hoursEdit.dash.col.forecast'), align: 'end' }, { label: t('hoursEdit.dash.col.forecastShare'), align: 'end' }]}
        rows={data.burn.map((b) => ({ key: String(b.budgetId), cells: [
          b.funderName, b.budgetName, `${formatDate(b.periodStart, lang)} – ${formatDate(b.periodEnd, lang)}`,
          formatMoney(b.amountCents, lang), formatMoney(b.spentCents, lang, true), pct(b.spentCents, b.amountCents, lang),
          formatMoney(b.forecastCents, lang), <span key="f" className={b.forecastCents > b.amountCents ? 'dash-over' : undefined}>{pct(b.forecastCents, b.amountCents, lang)}</span>,
        ] }))}
      />
    </Card>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTIVITIES } from '../../../../shared/domain/constants';
import { formatHours, formatMoney, formatMonth, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { ACTIVITY_COLORS, type MonthTotals } from './pivot';

/** Stacked bars per month by activity, in hours or in euros. */
export function CostChart({ data, mode, label }: { data: MonthTotals[]; mode: 'hours' | 'cost'; label?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const chartData = data.map((m) => {
    const point: Record<string, number | string> = { month: formatMonth(m.month, lang) };
    for (const a of ACTIVITIES) point[a] = mode === 'hours' ? m.minutes[a] / 60 : m.cost[a] / 100;
    return point;
  });
  const formatValue = (v: number) => (mode === 'hours' ? formatHours(v * 60, lang) : formatMoney(v * 100, lang));
  return (
    <div className="chart" data-testid="cost-chart" role="img" aria-label={label ?? t(mode === 'hours' ? 'hours.chartTitle' : 'hours.costTitle')}>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={chartData} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="month" tick={{ fontSize: 12, fill: '#475569' }} tickLine={false} axisLine={{ stroke: '#cbd5e1' }} />
          <YAxis
            tick={{ fontSize: 12, fill: '#475569' }}
            tickLine={false}
            axisLine={false}
            width={72}
            tickFormatter={(v: number) => (mode === 'hours' ? formatNumber(v, lang) : formatMoney(v * 100, lang))}
          />
          <Tooltip
            formatter={(value, name) => [formatValue(Number(value)), t(`enums.activity.${name as (typeof ACTIVITIES)[number]}`)]}
            cursor={{ fill: 'rgba(15, 118, 110, 0.06)' }}
            // Series colours are too light for text: labels stay dark, the colour is in the bars and legend swatches.
            itemStyle={{ color: '#0f1c24' }}
            // Top of the stack first, as the bars are drawn.
            itemSorter={(item) => -ACTIVITIES.indexOf(item.dataKey as (typeof ACTIVITIES)[number])}
          />
          <Legend
            itemSorter={null}
            formatter={(name: string) => <span className="legend-text">{t(`enums.activity.${name as (typeof ACTIVITIES)[number]}`)}</span>}
            wrapperStyle={{ fontSize: 13 }}
          />
          {ACTIVITIES.map((a) => (
            <Bar key={a} dataKey={a} stackId="total" fill={ACTIVITY_COLORS[a]} isAnimationActive={false} maxBarSize={48} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

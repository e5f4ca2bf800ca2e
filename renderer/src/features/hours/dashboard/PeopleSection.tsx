import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostDashboard } from '../../../../../shared/schemas/hoursRows';
import { Card } from '../../../components/Card';
import { formatHours, formatMoney, formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from './SimpleTable';

/** Hours logged per person next to the hours their contract gives in the period. */
export function PeopleSection({ data }: { data: CostDashboard }) {
  const { t } = useTranslation();
  const lang = useLang();
  const chart = data.byPerson.map((p) => ({ name: p.name, hours: p.minutes / 60, contract: p.contractMinutes / 60 }));
  return (
    <Card title={t('hoursEdit.dash.people')} testId="people">
      <div className="chart" role="img" aria-label={t('hoursEdit.dash.people')}>
        <ResponsiveContainer width="100%" height={Math.max(180, 44 * chart.length + 60)}>
          <BarChart data={chart} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
            <XAxis type="number" tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => formatNumber(v, lang)} />
            <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12, fill: '#0f1c24' }} />
            <Tooltip formatter={(v, name) => [formatHours(Number(v) * 60, lang), t(`hoursEdit.dash.series.${name as 'hours'}`)]} />
            <Legend formatter={(name: string) => <span className="legend-text">{t(`hoursEdit.dash.series.${name as 'hours'}`)}</span>} wrapperStyle={{ fontSize: 13 }} />
            <Bar dataKey="hours" fill="#0284c7" isAnimationActive={false} maxBarSize={14} />
            <Bar dataKey="contract" fill="#cbd5e1" isAnimationActive={false} maxBarSize={14} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <SimpleTable
        label={t('hoursEdit.dash.people')}
        testId="people-table"
        columns={[{ label: t('hoursEdit.dash.col.person') }, { label: t('hoursEdit.dash.col.hours'), align: 'end' }, { label: t('hoursEdit.dash.col.contract'), align: 'end' },
          { label: t('hoursEdit.dash.col.use'), align: 'end' }, { label: t('hoursEdit.dash.col.cost'), align: 'end' }]}
        rows={data.byPerson.map((p) => ({ key: String(p.staffId), cells: [
          p.name, formatHours(p.minutes, lang), formatHours(p.contractMinutes, lang),
          p.contractMinutes > 0 ? `${formatNumber((p.minutes / p.contractMinutes) * 100, lang)}%` : '—', formatMoney(p.costCents, lang, true),
        ] }))}
        foot={[t('hoursEdit.dash.total'), formatHours(data.totals.minutes, lang), formatHours(data.byPerson.reduce((a, p) => a + p.contractMinutes, 0), lang), '', formatMoney(data.totals.costCents, lang, true)]}
      />
    </Card>
  );
}

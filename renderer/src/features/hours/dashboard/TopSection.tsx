import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CostDashboard } from '../../../../../shared/schemas/hoursRows';
import { Card } from '../../../components/Card';
import { formatHours, formatMoney, formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from './SimpleTable';

/** The requests that took the most staff hours (directly or through their assignments). */
export function TopSection({ data }: { data: CostDashboard }) {
  const { t } = useTranslation();
  const lang = useLang();
  const chart = data.topRequests.map((r) => ({ name: r.smeName, hours: r.minutes / 60 }));
  return (
    <Card title={t('hoursEdit.dash.top')} testId="top-requests">
      {chart.length > 0 && (
        <div className="chart" role="img" aria-label={t('hoursEdit.dash.top')}>
          <ResponsiveContainer width="100%" height={Math.max(160, 30 * chart.length + 40)}>
            <BarChart data={chart} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
              <XAxis type="number" tick={{ fontSize: 12, fill: '#475569' }} tickFormatter={(v: number) => formatNumber(v, lang)} />
              <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12, fill: '#0f1c24' }} />
              <Tooltip formatter={(v) => [formatHours(Number(v) * 60, lang), t('hoursEdit.dash.col.hours')]} />
              <Bar dataKey="hours" fill="#4f46e5" isAnimationActive={false} maxBarSize={16} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <SimpleTable
        label={t('hoursEdit.dash.top')}
        columns={[{ label: t('hoursEdit.dash.col.sme') }, { label: t('hoursEdit.dash.col.offering') }, { label: t('hoursEdit.dash.col.hours'), align: 'end' }, { label: t('hoursEdit.dash.col.cost'), align: 'end' }]}
        rows={data.topRequests.map((r) => ({ key: String(r.requestId), cells: [r.smeName, r.offeringName ?? '—', formatHours(r.minutes, lang), formatMoney(r.costCents, lang, true)] }))}
      />
    </Card>
  );
}

/** Who carries the period's cost, by the funder rules; the rows add up to the total to the cent. */
export function FundersSection({ data }: { data: CostDashboard }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card title={t('hoursEdit.dash.funders')} testId="funder-costs">
      <SimpleTable
        label={t('hoursEdit.dash.funders')}
        testId="funder-table"
        columns={[{ label: t('hoursEdit.dash.col.funder') }, { label: t('hoursEdit.dash.col.cost'), align: 'end' }, { label: '%', align: 'end' }]}
        rows={data.byFunder.map((f) => ({ key: String(f.funderId ?? 'none'), cells: [
          f.funderId === null ? <em key="u">{t('hoursEdit.unassigned')}</em> : f.name, formatMoney(f.costCents, lang, true),
          data.totals.costCents > 0 ? `${formatNumber((f.costCents / data.totals.costCents) * 100, lang, 1)}%` : '—',
        ] }))}
        foot={[t('hoursEdit.dash.total'), formatMoney(data.totals.costCents, lang, true), '']}
      />
    </Card>
  );
}

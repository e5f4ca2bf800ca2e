import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '../../components/Card';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { ReportTable } from './ReportTable';

interface Series { key: string; label: string; color: string; scores: { score: number; count: number }[] }

/** How often each score 1–10 was given (satisfaction, would-recommend, digital maturity), as columns and a table. */
export function ScoresCard({ title, testId, series, scoreLabel, summary }: {
  title: string; testId: string; series: Series[]; scoreLabel: string; summary: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = Array.from({ length: 10 }, (_, i) => ({
    score: String(i + 1),
    ...Object.fromEntries(series.map((s) => [s.key, s.scores.find((x) => x.score === i + 1)?.count ?? 0])),
  }));
  return (
    <Card title={title} testId={testId} className="report-card">
      <p className="report-summary">{summary}</p>
      <div className="report-figure">
        <div className="chart" role="img" aria-label={title}>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
              <XAxis dataKey="score" tick={{ fontSize: 12, fill: '#334155' }} axisLine={false} tickLine={false} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#475569' }} axisLine={false} tickLine={false} />
              <Tooltip formatter={(v, name) => [formatNumber(Number(v), lang), name]} labelFormatter={(l) => `${scoreLabel} ${String(l)}`} />
              {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
              {series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} radius={[3, 3, 0, 0]} isAnimationActive={false} maxBarSize={22} />)}
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ReportTable
          label={t('funderReport.tableOf', { title })}
          testId={`${testId}-table`}
          columns={[{ label: scoreLabel }, ...series.map((s) => ({ label: s.label, align: 'end' as const }))]}
          rows={data.map((d) => ({ key: d.score, cells: [d.score, ...series.map((s) => formatNumber((d as Record<string, unknown>)[s.key] as number, lang))] }))}
        />
      </div>
    </Card>
  );
}

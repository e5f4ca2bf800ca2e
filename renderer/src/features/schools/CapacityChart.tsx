import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import type { SchoolTotals } from './capacityTotals';

interface Props {
  totals: readonly SchoolTotals[];
  year: string;
}

/**
 * Teams and student hours per school, as two small bar charts side by side: the numbers differ by orders of
 * magnitude, so one shared axis would flatten the teams.
 */
export function CapacityChart({ totals, year }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = totals.map((s) => ({ school: s.schoolName, teams: s.teams, hours: Math.round(s.studentHours) }));
  const charts = [
    { key: 'teams', title: t('educationEdit.capacity.teamsChart'), name: t('educationEdit.capacity.teams'), color: '#0f766e' },
    { key: 'hours', title: t('educationEdit.capacity.hoursChart'), name: t('educationEdit.capacity.hours'), color: '#4f46e5' },
  ] as const;
  const height = Math.max(120, 44 * data.length + 40);
  return (
    <div className="capacity-charts">
      {charts.map((c) => (
        <figure key={c.key} className="capacity-chart" data-testid={`capacity-chart-${c.key}`}>
          <figcaption>{c.title}</figcaption>
          <div role="img" aria-label={`${t('educationEdit.capacity.chartLabel', { what: c.name, year })}: ${data.map((d) => `${d.school} ${formatNumber(d[c.key], lang)}`).join(', ')}`}>
            <ResponsiveContainer width="100%" height={height}>
              <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
                <XAxis type="number" tick={{ fontSize: 12, fill: '#475569' }} tickLine={false} axisLine={{ stroke: '#cbd5e1' }}
                  tickFormatter={(v: number) => formatNumber(v, lang)} allowDecimals={false} />
                <YAxis type="category" dataKey="school" width={170} tick={{ fontSize: 12, fill: '#334155' }} tickLine={false} axisLine={false} />
                <Tooltip formatter={(v) => [formatNumber(Number(v), lang), c.name]} cursor={{ fill: 'rgba(15, 118, 110, 0.06)' }} itemStyle={{ color: '#0f1c24' }} />
                <Bar dataKey={c.key} name={c.name} fill={c.color} isAnimationActive={false} maxBarSize={26} radius={[0, 4, 4, 0]}
                  label={{ position: 'right', fontSize: 12, fill: '#0f1c24', formatter: (v: unknown) => formatNumber(Number(v), lang) }} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REQUEST_STATUSES, type RequestStatus, type SizeClass } from '../../../../shared/domain/constants';
import type { ReportSummary } from '../../../../shared/schemas/rows';
import { requestTone } from '../../components/Chips';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

// Chart colours per chip tone, the same family as the status chips in the tables.
const TONE_COLORS: Record<string, string> = {
  neutral: '#64748b', info: '#0284c7', violet: '#7c3aed', accent: '#0f766e', success: '#15803d',
  muted: '#94a3b8', danger: '#dc2626', warning: '#d97706',
};

export function StatusChart({ data }: { data: ReportSummary['requestsByStatus'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = new Map(data.map((d) => [d.status, d.count]));
  // Every status in pipeline order, zeros included, so reports of different periods line up.
  const rows = REQUEST_STATUSES.map((s) => ({ status: s, label: t(`enums.requestStatus.${s}`), count: counts.get(s) ?? 0 }));
  return (
    <div className="chart" data-testid="status-chart" role="img" aria-label={rows.map((r) => `${r.label}: ${r.count}`).join(', ')}>
      <ResponsiveContainer width="100%" height={rows.length * 30 + 20}>
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 32, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#475569' }} axisLine={false} tickLine={false} />
          <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 13, fill: '#334155' }} axisLine={false} tickLine={false} />
          <Tooltip formatter={(v) => [formatNumber(Number(v), lang), t('reports.count')]} cursor={{ fill: 'rgba(15, 118, 110, 0.06)' }} />
          <Bar dataKey="count" radius={[0, 4, 4, 0]} isAnimationActive={false} maxBarSize={20} label={{ position: 'right', fontSize: 12, fill: '#334155' }}>
            {rows.map((r) => <Cell key={r.status} fill={TONE_COLORS[requestTone(r.status as RequestStatus)]} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function SizeClassList({ data }: { data: ReportSummary['smesBySizeClass'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const total = data.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) return <p className="muted">{t('common.empty')}</p>;
  const order = ['micro', 'small', 'other'];
  const sorted = [...data].sort((a, b) => (order.indexOf(a.sizeClass) + 1 || 99) - (order.indexOf(b.sizeClass) + 1 || 99));
  return (
    <ul className="bar-list" data-testid="size-classes">
      {sorted.map((d) => {
        const label = ['micro', 'small', 'other'].includes(d.sizeClass) ? t(`enums.sizeClass.${d.sizeClass as SizeClass | 'other'}`) : d.sizeClass;
        const pct = Math.round((d.count / total) * 100);
        return (
          <li key={d.sizeClass}>
            <div className="bar-list-head"><span>{label}</span><strong>{formatNumber(d.count, lang)} ({pct}%)</strong></div>
            <div className="bar-track" aria-hidden="true"><div className="bar-fill" style={{ width: `${pct}%` }} /></div>
          </li>
        );
      })}
    </ul>
  );
}

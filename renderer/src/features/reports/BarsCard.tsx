import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Card } from '../../components/Card';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { ReportTable, type ReportColumn } from './ReportTable';

/** `axis`: a shorter label for the chart (the table shows `label` in full). */
export interface BarRow { key: string; label: string; axis?: string; value: number; color?: string; cells?: string[] }

interface Props {
  title: string;
  testId: string;
  rows: BarRow[];
  /** Header of the first two table columns (label, value). */
  labelHeader: string;
  valueHeader: string;
  format?: (v: number) => string;
  /** A shorter form for the chart's axis and bar labels (whole euros); the table keeps the exact `format`. */
  chartFormat?: (v: number) => string;
  /** More columns after the value (their cells come from each row's `cells`). */
  extra?: ReportColumn[];
  foot?: string[];
  /** Show each row's share of the total (companies per class, where the total is the unique count). */
  share?: boolean;
  /** Longest bars shown in the chart; the table always has every row. */
  chartLimit?: number;
  /** Room for the chart's labels, in px. */
  axisWidth?: number;
}

const ACCENT = '#0f766e';

/**
 * A label cut to `max` characters in the middle, keeping its last words: "Ondernemersvereniging Bergen op Zoom" and
 * "… Roosendaal" stay apart where a cut at the end would make them look the same.
 */
export function shortLabel(v: string, max: number): string {
  if (v.length <= max) return v;
  let tail = v.slice(-Math.round(max * 0.6));
  const space = tail.indexOf(' ');
  if (space >= 0 && space < tail.length / 2) tail = tail.slice(space + 1);
  return `${v.slice(0, Math.max(1, max - tail.length - 1)).trimEnd()}…${tail}`;
}

/** One line per label (recharts would wrap long ones over the next bar); the table beside has the full text. */
function axisLabel(width: number) {
  const max = Math.floor((width - 8) / 7.8);
  return function AxisLabel({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
    return (
      <text x={Number(x) - 6} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#334155">
        {shortLabel(String(payload?.value ?? ''), max)}
      </text>
    );
  };
}

/** One figure of the report: a horizontal bar chart with its table beside it. */
export function BarsCard({ title, testId, rows, labelHeader, valueHeader, format, chartFormat, extra = [], foot, share, chartLimit = 12, axisWidth = 176 }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const fmt = format ?? ((v: number) => formatNumber(v, lang));
  const short = chartFormat ?? fmt;
  const tick = useMemo(() => axisLabel(axisWidth), [axisWidth]);
  const total = rows.reduce((n, r) => n + r.value, 0);
  const chartRows = rows.slice(0, chartLimit).map((r) => ({ ...r, axis: r.axis ?? r.label }));
  const pct = (v: number) => `${formatNumber(total > 0 ? (v / total) * 100 : 0, lang)}%`;
  return (
    <Card title={title} testId={testId} className="report-card">
      {rows.length === 0 ? <p className="muted">{t('funderReport.empty')}</p> : (
        <div className="report-figure">
          <div className="chart" role="img" aria-label={t('funderReport.chartOf', { title })}>
            <ResponsiveContainer width="100%" height={chartRows.length * 28 + 24}>
              <BarChart data={chartRows} layout="vertical" margin={{ top: 0, right: 64, bottom: 0, left: 4 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#475569' }} axisLine={false} tickLine={false}
                  tickFormatter={(v: number) => short(v)} />
                <YAxis type="category" dataKey="axis" width={axisWidth} axisLine={false} tickLine={false} tick={tick} />
                <Tooltip formatter={(v) => [fmt(Number(v)), valueHeader]} cursor={{ fill: 'rgba(15, 118, 110, 0.06)' }}
                  labelFormatter={(l, payload) => String((payload?.[0]?.payload as BarRow | undefined)?.label ?? l)} />
                <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={false} maxBarSize={18}
                  label={{ position: 'right', fontSize: 11, fill: '#334155', formatter: (v: unknown) => short(Number(v)) }}>
                  {chartRows.map((r) => <Cell key={r.key} fill={r.color ?? ACCENT} />)}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ReportTable
            label={t('funderReport.tableOf', { title })}
            testId={`${testId}-table`}
            columns={[{ label: labelHeader }, { label: valueHeader, align: 'end' }, ...(share ? [{ label: t('funderReport.col.share'), align: 'end' as const }] : []), ...extra]}
            rows={rows.map((r) => ({ key: r.key, cells: [r.label, fmt(r.value), ...(share ? [pct(r.value)] : []), ...(r.cells ?? [])] }))}
            foot={foot}
          />
        </div>
      )}
    </Card>
  );
}

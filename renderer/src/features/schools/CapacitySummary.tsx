import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityRow } from '../../../../shared/schemas/masterRows';
import type { TermRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { Field } from '../../components/form';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { CapacityChart } from './CapacityChart';
import { defaultYear, linesOf, totalsPerSchool, type CapacityLine } from './capacityTotals';

const col = columnHelper<CapacityLine>();

/** Capacity totals per school and term for one school year: a chart per school, and the table behind it. */
export function CapacitySummary({ summary, terms, loading }: { summary: CapacityRow[] | undefined; terms: readonly TermRow[]; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const years = useMemo(() => [...new Set((summary ?? []).map((r) => r.schoolYear))].sort(), [summary]);
  const [picked, setPicked] = useState<string | null>(null);
  const year = picked !== null && years.includes(picked) ? picked : defaultYear(years);
  const lines = useMemo(() => linesOf((summary ?? []).filter((r) => r.schoolYear === year), terms), [summary, terms, year]);
  const totals = useMemo(() => totalsPerSchool(lines), [lines]);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('educationEdit.capacity.col.school'), meta: { width: 180 } }),
        col.accessor('termName', { header: t('educationEdit.capacity.col.term'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 135 } }),
        col.accessor('startDate', { header: t('educationEdit.capacity.col.start'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 120, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('cohorts', { header: t('educationEdit.capacity.col.cohorts'), meta: { width: 110, align: 'end', hiddenByDefault: true } }),
        col.accessor('teams', { header: t('educationEdit.capacity.col.teams'), meta: { width: 90, align: 'end' } }),
        col.accessor('students', { header: t('educationEdit.capacity.col.students'), meta: { width: 115, align: 'end' } }),
        col.accessor((r) => r.studentMinutesPerWeek / 60, {
          id: 'hoursPerWeek', header: t('educationEdit.capacity.col.hoursPerWeek'),
          cell: (c) => formatNumber(c.getValue(), lang, 1), meta: { width: 135, align: 'end', text: (v) => formatNumber(v as number, lang, 1) },
        }),
        col.accessor('teachingWeeks', { header: t('educationEdit.capacity.col.teachingWeeks'), meta: { width: 110, align: 'end', hiddenByDefault: true } }),
        col.accessor('studentHours', {
          header: t('educationEdit.capacity.col.hoursTotal'),
          cell: (c) => formatNumber(c.getValue(), lang), meta: { width: 135, align: 'end', text: (v) => formatNumber(v as number, lang) },
        }),
        col.accessor('teamsWithWork', { header: t('educationEdit.capacity.col.teamsWithWork'), meta: { width: 120, align: 'end' } }),
      ]),
    [t, lang],
  );

  return (
    <Card
      title={year ? t('educationEdit.capacity.chartTitle', { year }) : t('education.capacity.perSchool')}
      testId="capacity-per-school"
      actions={years.length > 0 && (
        <Field label={t('educationEdit.capacity.schoolYear')}>
          {(c) => (
            <select {...c} className="input select select-narrow" value={year ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="capacity-year">
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          )}
        </Field>
      )}
    >
      {year === null && !loading && <p className="muted">{t('educationEdit.capacity.noYear')}</p>}
      {year !== null && <CapacityChart totals={totals} year={year} />}
      <h3 className="card-subtitle">{t('educationEdit.capacity.summaryTitle')}</h3>
      <DataTable id="capacity-summary" label={t('educationEdit.capacity.summaryTitle')} columns={columns} data={lines}
        getRowId={(r) => String(r.termId)} initialSorting={[{ id: 'startDate', desc: false }, { id: 'schoolName', desc: false }]}
        maxHeight="min(40vh, 360px)" loading={loading} />
    </Card>
  );
}

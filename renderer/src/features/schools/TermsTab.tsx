import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermRow } from '../../../../shared/schemas/rows';
import { useTermWeeks } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { WeekStrip } from './WeekStrip';

const col = columnHelper<TermRow>();

export function TermsTab({ terms, loading }: { terms: TermRow[] | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [selected, setSelected] = useState<number | null>(null);
  const term = terms?.find((x) => x.id === selected) ?? null;
  const weeks = useTermWeeks(term ? term.id : null);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('education.terms.col.school'), meta: { width: 180 } }),
        col.accessor('name', { header: t('education.terms.col.name'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 140 } }),
        col.accessor('schoolYear', { header: t('education.terms.col.year'), meta: { width: 110 } }),
        col.accessor('startDate', { header: t('education.terms.col.start'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 120, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('endDate', { header: t('education.terms.col.end'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 120, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('weekCount', { header: t('education.terms.col.weeks'), meta: { width: 90, align: 'end' } }),
        col.accessor('teachingWeeks', { header: t('education.terms.col.teaching'), meta: { width: 110, align: 'end' } }),
        col.accessor('examWeeks', { header: t('education.terms.col.exam'), meta: { width: 110, align: 'end' } }),
        col.accessor('holidayWeeks', { header: t('education.terms.col.holiday'), meta: { width: 130, align: 'end' } }),
      ]),
    [t, lang],
  );

  return (
    <>
      <Card>
        <DataTable
          id="terms"
          label={t('education.tabs.terms')}
          columns={columns}
          data={terms}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'startDate', desc: false }]}
          onRowActivate={(r) => setSelected(r.id)}
          selectedRowId={selected === null ? null : String(selected)}
          maxHeight="min(50vh, 420px)"
          loading={loading}
        />
      </Card>
      <Card title={term ? t('education.terms.weeksOf', { name: `${term.name} ${term.schoolYear}`, school: term.schoolName }) : undefined} testId="term-weeks">
        {!term && <p className="muted">{t('education.terms.pick')}</p>}
        {weeks.error && <ErrorAlert error={weeks.error} />}
        {term && weeks.data && <WeekStrip weeks={weeks.data} />}
        {term && weeks.isPending && <p className="muted">{t('common.loading')}</p>}
      </Card>
    </>
  );
}

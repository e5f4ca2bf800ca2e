import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolRow, TermRow, TermWeekRow } from '../../../../shared/schemas/rows';
import { useTermWeeks } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { formatDate } from '../../i18n/format';
import { formatRange } from './dateRange';
import { useLang } from '../../i18n/useLang';
import { HolidayImport } from './HolidayImport';
import { HolidayTables } from './HolidayTables';
import { RolloverDialog } from './RolloverDialog';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { NameCell, RowActions } from './RowActions';
import { TabActions } from './TabActions';
import { TermForm } from './TermForm';
import { useArchive } from '../../components/form/useArchive';
import { WeekKindDialog } from './WeekKindDialog';
import { WeekStrip } from './WeekStrip';

const col = columnHelper<TermRow>();

type Panel = { kind: 'term'; id: number | null } | { kind: 'week'; week: TermWeekRow } | { kind: 'rollover' } | null;

interface Props {
  terms: TermRow[] | undefined;
  schools: readonly SchoolRow[];
  loading: boolean;
  /** Where the tab's main buttons go (the screen header). */
  actionsEl: HTMLElement | null;
}

export function TermsTab({ terms, schools, loading, actionsEl }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [selected, setSelected] = useState<number | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const { run: archive, busyId, error: archiveError } = useArchive('terms:archive');
  const term = terms?.find((x) => x.id === selected) ?? null;
  const weeks = useTermWeeks(term ? term.id : null);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('education.terms.col.school'), meta: { width: 150 } }),
        col.accessor('name', {
          header: t('education.terms.col.name'),
          cell: (c) => <NameCell name={c.getValue()} archived={c.row.original.archived} />,
          meta: { width: 135 },
        }),
        col.accessor('schoolYear', { header: t('education.terms.col.year'), meta: { width: 108 } }),
        // Start and end in one column ("1 sep – 8 nov 2026"), sorted by the start date.
        col.accessor('startDate', {
          header: t('educationEdit.term.dates'),
          cell: (c) => formatRange(c.getValue(), c.row.original.endDate, lang),
          meta: { width: 212, text: (v) => formatDate(v as string, lang) },
        }),
        col.accessor('endDate', { header: t('education.terms.col.end'), cell: (c) => formatDate(c.getValue(), lang), meta: { width: 110, hiddenByDefault: true, text: (v) => formatDate(v as string, lang) } }),
        col.accessor('weekCount', { header: t('education.terms.col.weeks'), meta: { width: 82, align: 'end' } }),
        // One column for how the weeks split up: three narrow number columns would not fit beside the actions.
        col.accessor((r) => t('educationEdit.term.split', { teaching: r.teachingWeeks, exam: r.examWeeks, holiday: r.holidayWeeks }), {
          id: 'split',
          header: t('educationEdit.term.splitHeader'),
          cell: (c) => <span className="week-split">{c.getValue()}</span>,
          enableSorting: false,
          meta: { width: 200 },
        }),
        col.accessor('teachingWeeks', { header: t('education.terms.col.teaching'), meta: { width: 90, align: 'end', hiddenByDefault: true } }),
        col.accessor('examWeeks', { header: t('education.terms.col.exam'), meta: { width: 90, align: 'end', hiddenByDefault: true } }),
        col.accessor('holidayWeeks', { header: t('education.terms.col.holiday'), meta: { width: 110, align: 'end', hiddenByDefault: true } }),
        col.display({
          id: 'actions',
          header: t('educationEdit.actions'),
          cell: (c) => (
            <RowActions
              name={`${c.row.original.name} ${c.row.original.schoolYear} (${c.row.original.schoolName})`}
              archived={c.row.original.archived}
              busy={busyId === c.row.original.id}
              onEdit={() => setPanel({ kind: 'term', id: c.row.original.id })}
              onArchive={(a) => void archive(c.row.original.id, a)}
            />
          ),
          meta: { width: 190, filter: false },
        }),
      ]),
    [t, lang, archive, busyId],
  );

  const { shown, archivedCount, showArchived, setShowArchived } = useArchivedFilter(terms);
  const editing = panel?.kind === 'term' && panel.id !== null ? (terms?.find((x) => x.id === panel.id) ?? null) : null;

  return (
    <>
      <TabActions target={actionsEl}>
        <button type="button" className="btn btn-secondary" onClick={() => setPanel({ kind: 'rollover' })}>{t('educationEdit.rollover.button')}</button>
        <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'term', id: null })}>{t('educationEdit.addTerm')}</button>
      </TabActions>
      {archiveError !== null && <ErrorAlert error={archiveError} />}
      <Card>
        <DataTable
          id="terms"
          label={t('education.tabs.terms')}
          columns={columns}
          data={shown}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'startDate', desc: false }]}
          onRowActivate={(r) => setSelected(r.id)}
          selectedRowId={selected === null ? null : String(selected)}
          maxHeight="min(50vh, 420px)"
          loading={loading}
          toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />}
        />
      </Card>
      <Card title={term ? t('education.terms.weeksOf', { name: `${term.name} ${term.schoolYear}`, school: term.schoolName }) : undefined} testId="term-weeks">
        {!term && <p className="muted">{t('education.terms.pick')}</p>}
        {term && <p className="muted week-hint">{t('educationEdit.week.hint')}</p>}
        {weeks.error && <ErrorAlert error={weeks.error} />}
        {term && weeks.data && <WeekStrip weeks={weeks.data} onPick={(w) => setPanel({ kind: 'week', week: w })} />}
        {term && weeks.isPending && <p className="muted">{t('common.loading')}</p>}
      </Card>
      <Card title={t('educationEdit.holidays.title')} testId="holidays">
        <HolidayImport />
        <HolidayTables />
      </Card>
      {panel?.kind === 'term' && (panel.id === null || editing) && (
        <TermForm
          key={panel.id ?? 'new'}
          term={editing}
          schools={schools}
          onClose={() => setPanel(null)}
          onSaved={setSelected}
          onArchive={(a) => {
            if (editing) void archive(editing.id, a).then((ok) => ok && setPanel(null));
          }}
        />
      )}
      {panel?.kind === 'week' && term && <WeekKindDialog key={panel.week.week} term={term} week={panel.week} onClose={() => setPanel(null)} />}
      {panel?.kind === 'rollover' && <RolloverDialog terms={terms ?? []} onClose={() => setPanel(null)} />}
    </>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayRegion, SchoolKind } from '../../../../shared/domain/constants';
import type { SchoolRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper } from '../../components/table/features';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { NameCell, RowActions } from './RowActions';
import { SchoolForm } from './SchoolForm';
import { TabActions } from './TabActions';
import { useArchive } from '../../components/form/useArchive';
import { ExportPlanDialog } from '../exports/ExportPlanDialog';

const col = columnHelper<SchoolRow>();

/** Which school the side panel shows: a new one, or an existing one by id (so it follows refetched data). */
type Editing = { id: number | null } | null;

interface Props {
  schools: SchoolRow[] | undefined;
  loading: boolean;
  /** Where the tab's main buttons go (the screen header). */
  actionsEl: HTMLElement | null;
}

export function SchoolsTab({ schools, loading, actionsEl }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const [exporting, setExporting] = useState<number | null>(null);
  const { run: archive, busyId, error: archiveError } = useArchive('schools:archive');

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('name', {
          header: t('education.schools.col.name'),
          cell: (c) => <NameCell name={c.getValue()} archived={c.row.original.archived} />,
          meta: { width: 220 },
        }),
        col.accessor('shortName', { header: t('education.schools.col.shortName'), meta: { width: 100, hiddenByDefault: true } }),
        col.accessor('kind', {
          header: t('education.schools.col.kind'),
          cell: (c) => <span className="tag">{t(`enums.schoolKind.${c.getValue()}`)}</span>,
          meta: { width: 85, text: (v) => t(`enums.schoolKind.${v as SchoolKind}`) },
        }),
        col.accessor('brin', { header: t('education.schools.col.brin'), cell: (c) => <span className="mono">{c.getValue()}</span>, meta: { width: 80 } }),
        col.accessor('holidayRegion', {
          header: t('education.schools.col.region'),
          cell: (c) => t(`enums.holidayRegion.${c.getValue()}`),
          meta: { width: 115, text: (v) => t(`enums.holidayRegion.${v as HolidayRegion}`) },
        }),
        // Hidden at first so name, region, contact and the row actions fit a 1440 px window; the Kolommen menu shows it.
        col.accessor('municipality', { header: t('education.schools.col.municipality'), meta: { width: 125, hiddenByDefault: true } }),
        col.accessor('contactName', { header: t('education.schools.col.contact'), meta: { width: 150 } }),
        col.accessor('programmeCount', { header: t('education.schools.col.programmes'), meta: { width: 100, align: 'end' } }),
        col.display({
          id: 'actions',
          header: t('educationEdit.actions'),
          cell: (c) => (
            <RowActions
              name={c.row.original.name}
              archived={c.row.original.archived}
              busy={busyId === c.row.original.id}
              onEdit={() => setEditing({ id: c.row.original.id })}
              onArchive={(a) => void archive(c.row.original.id, a)}
            >
              <button type="button" className="btn btn-link btn-sm" onClick={() => setExporting(c.row.original.id)}
                aria-label={t('exports.actionNamed', { name: c.row.original.name })}>{t('exports.action')}</button>
            </RowActions>
          ),
          meta: { width: 265, filter: false },
        }),
      ]),
    [t, archive, busyId],
  );

  const { shown, archivedCount, showArchived, setShowArchived } = useArchivedFilter(schools);
  const current = editing?.id ? (schools?.find((s) => s.id === editing.id) ?? null) : null;

  return (
    <>
      <TabActions target={actionsEl}>
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ id: null })}>{t('educationEdit.addSchool')}</button>
      </TabActions>
      {archiveError !== null && <ErrorAlert error={archiveError} />}
      <Card>
        <DataTable
          id="schools"
          label={t('education.tabs.schools')}
          columns={columns}
          data={shown}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'name', desc: false }]}
          loading={loading}
          toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />}
        />
      </Card>
      {exporting !== null && <ExportPlanDialog schoolId={exporting} onClose={() => setExporting(null)} />}
      {editing && (editing.id === null || current) && (
        <SchoolForm
          key={editing.id ?? 'new'}
          school={current}
          onClose={() => setEditing(null)}
          onArchive={(a) => {
            if (current) void archive(current.id, a).then((ok) => ok && setEditing(null));
          }}
        />
      )}
    </>
  );
}

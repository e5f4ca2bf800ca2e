import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level, type Theme } from '../../../../shared/domain/constants';
import type { ProgrammeRow, SchoolRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { ProgrammeForm } from './ProgrammeForm';
import { ArchivedToggle, useArchivedFilter } from '../../components/ArchivedToggle';
import { NameCell, RowActions } from './RowActions';
import { TabActions } from './TabActions';
import { useArchive } from '../../components/form/useArchive';

const col = columnHelper<ProgrammeRow>();

interface Props {
  programmes: ProgrammeRow[] | undefined;
  schools: readonly SchoolRow[];
  loading: boolean;
  /** Where the tab's main buttons go (the screen header). */
  actionsEl: HTMLElement | null;
}

export function ProgrammesTab({ programmes, schools, loading, actionsEl }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<{ id: number | null } | null>(null);
  const { run: archive, busyId, error: archiveError } = useArchive('programmes:archive');

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('name', {
          header: t('education.programmes.col.name'),
          cell: (c) => <NameCell name={c.getValue()} archived={c.row.original.archived} minor={c.row.original.isMinor} />,
          meta: { width: 220 },
        }),
        col.accessor('schoolName', { header: t('education.programmes.col.school'), meta: { width: 180 } }),
        col.accessor('level', {
          header: t('education.programmes.col.level'),
          cell: (c) => <span className="tag">{t(`enums.level.${c.getValue()}`)}</span>,
          sortFn: orderSort(LEVELS),
          meta: { width: 90, text: (v) => t(`enums.level.${v as Level}`) },
        }),
        col.accessor('crebo', { header: t('education.programmes.col.crebo'), meta: { width: 90, hiddenByDefault: true } }),
        col.accessor('isMinor', {
          header: t('education.programmes.col.minor'),
          cell: (c) => (c.getValue() ? t('common.yes') : t('common.no')),
          meta: { width: 80, hiddenByDefault: true, text: (v) => (v ? t('common.yes') : t('common.no')) },
        }),
        col.accessor('themes', {
          header: t('education.programmes.col.themes'),
          cell: (c) => (
            <span className="tag-list" title={c.getValue().map((th) => t(`enums.theme.${th}`)).join(', ')}>
              {c.getValue().map((th) => <span key={th} className={`tag tag-theme theme-${th}`}>{t(`enums.theme.${th}`)}</span>)}
            </span>
          ),
          enableSorting: false,
          meta: { width: 255, text: (v) => (v as Theme[]).map((th) => t(`enums.theme.${th}`)).join(', ') },
        }),
        col.accessor('coaches', { header: t('education.programmes.col.coaches'), cell: (c) => c.getValue().join(', ') || '—', meta: { width: 140 } }),
        col.display({
          id: 'actions',
          header: t('educationEdit.actions'),
          cell: (c) => (
            <RowActions
              name={`${c.row.original.name} (${c.row.original.schoolName})`}
              archived={c.row.original.archived}
              busy={busyId === c.row.original.id}
              onEdit={() => setEditing({ id: c.row.original.id })}
              onArchive={(a) => void archive(c.row.original.id, a)}
            />
          ),
          meta: { width: 190, filter: false },
        }),
      ]),
    [t, archive, busyId],
  );

  const { shown, archivedCount, showArchived, setShowArchived } = useArchivedFilter(programmes);
  const current = editing?.id ? (programmes?.find((p) => p.id === editing.id) ?? null) : null;

  return (
    <>
      <TabActions target={actionsEl}>
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ id: null })}>{t('educationEdit.addProgramme')}</button>
      </TabActions>
      {archiveError !== null && <ErrorAlert error={archiveError} />}
      <Card>
        <DataTable
          id="programmes"
          label={t('education.tabs.programmes')}
          columns={columns}
          data={shown}
          getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'schoolName', desc: false }, { id: 'name', desc: false }]}
          loading={loading}
          toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedCount} />}
        />
      </Card>
      {editing && (editing.id === null || current) && (
        <ProgrammeForm
          key={editing.id ?? 'new'}
          programme={current}
          schools={schools}
          onClose={() => setEditing(null)}
          onArchive={(a) => {
            if (current) void archive(current.id, a).then((ok) => ok && setEditing(null));
          }}
        />
      )}
    </>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../../shared/domain/constants';
import type { CapacityRow } from '../../../../shared/schemas/masterRows';
import type { CohortRow, ProgrammeRow, TermRow } from '../../../../shared/schemas/rows';
import { useApiQuery } from '../../api/hooks';
import { ArchivedToggle } from '../../components/ArchivedToggle';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TermSelect } from '../../components/TermSelect';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatHours } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { CapacitySummary } from './CapacitySummary';
import { CohortForm } from './CohortForm';
import { NameCell, RowActions } from './RowActions';
import { TabActions } from './TabActions';
import { TeamNames } from './TeamNames';
import { useArchive } from '../../components/form/useArchive';

/** A cohort as the table lists it: archived ones only when asked for (they come from cohorts:archived). */
type CohortLine = CohortRow & { archived: boolean };
const col = columnHelper<CohortLine>();

type Panel = { kind: 'cohort'; id: number | null } | { kind: 'teams'; id: number } | { kind: 'archive'; id: number } | null;

interface Props {
  cohorts: CohortRow[] | undefined;
  summary: CapacityRow[] | undefined;
  programmes: readonly ProgrammeRow[];
  terms: TermRow[];
  termId: number | null;
  onTermChange: (id: number | null) => void;
  loading: boolean;
  /** Where the tab's main buttons go (the screen header). */
  actionsEl: HTMLElement | null;
}

export function CapacityTab({ cohorts, summary, programmes, terms, termId, onTermChange, loading, actionsEl }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [panel, setPanel] = useState<Panel>(null);
  const [showArchived, setShowArchived] = useState(false);
  const archivedCohorts = useApiQuery('cohorts:archived', termId ? { termId } : {});
  const { run: archive, busyId, error: archiveError } = useArchive('cohorts:archive');

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('education.capacity.col.school'), meta: { width: 140 } }),
        col.accessor('programmeName', { header: t('education.capacity.col.programme'), cell: (c) => <NameCell name={c.getValue()} archived={c.row.original.archived} />, meta: { width: 200 } }),
        col.accessor('level', {
          header: t('education.capacity.col.level'),
          cell: (c) => <span className="tag">{t(`enums.level.${c.getValue()}`)}</span>,
          sortFn: orderSort(LEVELS),
          meta: { width: 90, hiddenByDefault: true, text: (v) => t(`enums.level.${v as Level}`) },
        }),
        col.accessor((r) => `${r.termName} ${r.schoolYear}`, { id: 'term', header: t('education.capacity.col.term'), meta: { width: 180 } }),
        // Teams, their size and their hours in one readable cell; the separate numbers are in the column menu.
        col.accessor('teamCount', {
          id: 'capacity',
          header: t('educationEdit.capacity.col.capacity'),
          cell: (c) => t('educationEdit.capacity.cell', {
            teams: c.row.original.teamCount, size: c.row.original.studentsPerTeam, hours: formatHours(c.row.original.minutesPerStudentWeek, lang),
          }),
          meta: { width: 190, filter: false },
        }),
        col.accessor('teamCount', { header: t('education.capacity.col.teams'), meta: { width: 85, align: 'end', hiddenByDefault: true } }),
        col.accessor('studentsPerTeam', { header: t('education.capacity.col.perTeam'), meta: { width: 95, align: 'end', hiddenByDefault: true } }),
        col.accessor((r) => r.teamCount * r.studentsPerTeam, { id: 'students', header: t('education.capacity.col.students'), meta: { width: 95, align: 'end', hiddenByDefault: true } }),
        col.accessor('minutesPerStudentWeek', {
          header: t('education.capacity.col.hours'),
          cell: (c) => formatHours(c.getValue(), lang),
          meta: { width: 115, align: 'end', hiddenByDefault: true, text: (v) => formatHours(v as number, lang) },
        }),
        col.accessor('coachName', { header: t('education.capacity.col.coach'), meta: { width: 140, hiddenByDefault: true } }),
        col.accessor('assignmentCount', { header: t('education.capacity.col.assignments'), meta: { width: 125, align: 'end' } }),
        col.display({
          id: 'actions',
          header: t('educationEdit.actions'),
          cell: (c) => {
            const r = c.row.original;
            const name = `${r.programmeName} ${r.termName} ${r.schoolYear}`;
            // An archived cohort is restored at once (nothing is lost by it); archiving asks first.
            if (r.archived) {
              return <RowActions name={name} archived busy={busyId === r.id} onEdit={() => setPanel({ kind: 'cohort', id: r.id })}
                onArchive={() => void archive(r.id, false)} />;
            }
            return (
              <RowActions name={name} busy={busyId === r.id} onEdit={() => setPanel({ kind: 'cohort', id: r.id })}
                onArchive={() => setPanel({ kind: 'archive', id: r.id })}>
                <button type="button" className="btn btn-link btn-sm" aria-label={t('educationEdit.teams.actionNamed', { name })}
                  onClick={(e) => { e.stopPropagation(); setPanel({ kind: 'teams', id: r.id }); }}>
                  {t('educationEdit.teams.action')}
                </button>
              </RowActions>
            );
          },
          meta: { width: 240, filter: false },
        }),
      ]),
    [t, lang, busyId, archive],
  );

  const archivedRows = archivedCohorts.data;
  const rows = useMemo<CohortLine[] | undefined>(() => {
    if (!cohorts) return undefined;
    const active = cohorts.map((c) => ({ ...c, archived: false }));
    return showArchived ? [...active, ...(archivedRows ?? []).map(({ archivedAt: _a, ...c }) => ({ ...c, archived: true }))] : active;
  }, [cohorts, archivedRows, showArchived]);
  const current = panel && panel.id !== null ? rows?.find((c) => c.id === panel.id) : undefined;

  return (
    <>
      <TabActions target={actionsEl}>
        <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'cohort', id: null })}>{t('educationEdit.addCohort')}</button>
      </TabActions>
      <CapacitySummary summary={summary} terms={terms} loading={loading} />
      {archiveError !== null && <ErrorAlert error={archiveError} />}
      <Card
        title={t('educationEdit.capacity.cohortsTitle')}
        actions={<TermSelect terms={terms.filter((x) => !x.archived)} value={termId} onChange={onTermChange} label={t('education.capacity.term')} allLabel={t('education.capacity.allTerms')} />}
      >
        <DataTable id="cohorts" label={t('educationEdit.capacity.cohortsTitle')} columns={columns} data={rows} getRowId={(r) => String(r.id)}
          initialSorting={[{ id: 'schoolName', desc: false }, { id: 'programmeName', desc: false }]} loading={loading}
          toolbar={<ArchivedToggle checked={showArchived} onChange={setShowArchived} count={archivedRows?.length ?? 0} />} />
      </Card>
      {panel?.kind === 'cohort' && (panel.id === null || current) && (
        <CohortForm key={panel.id ?? 'new'} cohort={current ?? null} programmes={programmes} terms={terms} onClose={() => setPanel(null)} />
      )}
      {panel?.kind === 'teams' && current && <TeamNames cohort={current} onClose={() => setPanel(null)} />}
      <ConfirmDialog
        open={panel?.kind === 'archive' && !!current}
        title={t('educationEdit.cohort.archiveTitle')}
        text={current ? t('educationEdit.cohort.archiveText', { programme: current.programmeName, term: `${current.termName} ${current.schoolYear}` }) : ''}
        confirmLabel={t('educationEdit.cohort.archive')}
        busy={busyId !== null}
        onCancel={() => setPanel(null)}
        onConfirm={() => { if (current) void archive(current.id, true).then(() => setPanel(null)); }}
      />
    </>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../../../../shared/domain/constants';
import { weeksBetween, mondayOf } from '../../../../shared/domain/weeks';
import type { AssignmentRow } from '../../../../shared/schemas/rows';
import { useAssignments, useTermCohorts, useTermWeeks, useTerms } from '../../api/hooks';
import { Card, Kpi } from '../../components/Card';
import { AssignmentStatusChip } from '../../components/Chips';
import { ScreenFrame } from '../../components/ScreenFrame';
import { TermSelect } from '../../components/TermSelect';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatNumber, formatWeek } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';
import { defaultTermId } from './defaultTerm';
import { teamName } from './teamName';
import { Timeline } from './Timeline';

const col = columnHelper<AssignmentRow>();

function lengthInWeeks(a: AssignmentRow): number {
  return weeksBetween(mondayOf(a.startWeek), mondayOf(a.endWeek)).length;
}

export function PlannerScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const terms = useTerms();
  const [picked, setPicked] = useState<number | null>(null);
  const termId = picked ?? (terms.data ? defaultTermId(terms.data) : null);
  const term = terms.data?.find((x) => x.id === termId) ?? null;
  const assignments = useAssignments(termId);
  const weeks = useTermWeeks(termId);
  const cohorts = useTermCohorts(termId);

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('planner.col.school'), meta: { width: 170 } }),
        col.accessor('programmeName', { header: t('planner.col.programme'), meta: { width: 200 } }),
        col.accessor(teamName, { id: 'team', header: t('planner.col.team'), meta: { width: 150 } }),
        col.accessor('smeName', { header: t('planner.col.sme'), meta: { width: 200 } }),
        col.accessor('offeringName', { header: t('planner.col.offering'), meta: { width: 200 } }),
        col.accessor('startWeek', { header: t('planner.col.start'), cell: (c) => formatWeek(c.getValue()), meta: { width: 90, text: (v) => formatWeek(String(v)) } }),
        col.accessor('endWeek', { header: t('planner.col.end'), cell: (c) => formatWeek(c.getValue()), meta: { width: 90, text: (v) => formatWeek(String(v)) } }),
        col.accessor(lengthInWeeks, {
          id: 'length',
          header: t('planner.col.length'),
          cell: (c) => t('common.weeks', { count: c.getValue() }),
          meta: { width: 100, align: 'end' },
        }),
        col.accessor('status', {
          header: t('planner.col.status'),
          cell: (c) => <AssignmentStatusChip status={c.getValue()} />,
          sortFn: orderSort(ASSIGNMENT_STATUSES),
          meta: { width: 130, text: (v) => t(`enums.assignmentStatus.${v as AssignmentStatus}`) },
        }),
      ]),
    [t],
  );

  const rows = assignments.data;
  const stats = useMemo(() => {
    const active = (rows ?? []).filter((a) => a.status !== 'cancelled');
    const list = cohorts.data ?? [];
    return {
      count: active.length,
      running: active.filter((a) => a.status === 'running').length,
      teams: new Set(active.map((a) => a.teamId)).size,
      teamTotal: list.reduce((sum, c) => sum + c.teamCount, 0),
      students: list.reduce((sum, c) => sum + c.teamCount * c.studentsPerTeam, 0),
      programmes: list.length,
    };
  }, [rows, cohorts.data]);

  const busy = terms.isPending || (termId !== null && assignments.isPending);
  return (
    <ScreenFrame
      name="planner"
      title={t('planner.title')}
      subtitle={t('planner.subtitle')}
      busy={busy}
      errors={[terms.error, assignments.error, weeks.error, cohorts.error]}
      onRetry={() => { void terms.refetch(); void assignments.refetch(); }}
      actions={
        terms.data && terms.data.length > 0 ? (
          <TermSelect terms={terms.data} value={termId} onChange={setPicked} label={t('planner.term')} />
        ) : null
      }
    >
      {terms.data && terms.data.length === 0 && <p className="empty-state">{t('planner.noTerms')}</p>}
      {term && (
        <>
          <div className="kpi-row">
            <Kpi label={t('planner.assignments')} value={formatNumber(stats.count, lang)} hint={t('planner.running', { count: stats.running })} testId="kpi-assignments" />
            <Kpi label={t('planner.teamsBusy')} value={t('planner.ofTotal', { n: formatNumber(stats.teams, lang), total: formatNumber(stats.teamTotal, lang) })} hint={stats.teamTotal > 0 ? t('planner.occupancy', { pct: Math.round((stats.teams / stats.teamTotal) * 100) }) : undefined} />
            <Kpi label={t('planner.weeks')} value={formatNumber(term.weekCount, lang)} hint={`${formatWeek(weeks.data?.[0]?.week ?? '')} – ${formatWeek(weeks.data?.[weeks.data.length - 1]?.week ?? '')}`} />
            <Kpi label={t('planner.students')} value={formatNumber(stats.students, lang)} hint={t('planner.programmes', { count: stats.programmes })} />
          </div>
          {weeks.data && rows && rows.length > 0 && <Timeline weeks={weeks.data} assignments={rows} />}
          <Card>
            <DataTable
              id="planner-assignments"
              label={t('planner.assignments')}
              columns={columns}
              data={rows}
              getRowId={(a) => String(a.id)}
              initialSorting={[{ id: 'programmeName', desc: false }, { id: 'team', desc: false }, { id: 'startWeek', desc: false }]}
              loading={assignments.isPending}
            />
          </Card>
        </>
      )}
    </ScreenFrame>
  );
}

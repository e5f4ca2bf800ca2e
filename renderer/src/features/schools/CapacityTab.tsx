import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../../shared/domain/constants';
import type { CohortRow, TermRow } from '../../../../shared/schemas/rows';
import { Card } from '../../components/Card';
import { TermSelect } from '../../components/TermSelect';
import { DataTable } from '../../components/table/DataTable';
import { columnHelper, orderSort } from '../../components/table/features';
import { formatHours, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

const col = columnHelper<CohortRow>();

interface Props {
  cohorts: CohortRow[] | undefined;
  terms: TermRow[];
  termId: number | null;
  onTermChange: (id: number | null) => void;
  loading: boolean;
}

export function CapacityTab({ cohorts, terms, termId, onTermChange, loading }: Props) {
  const { t } = useTranslation();
  const lang = useLang();

  const columns = useMemo(
    () =>
      col.columns([
        col.accessor('schoolName', { header: t('education.capacity.col.school'), meta: { width: 190 } }),
        col.accessor('programmeName', { header: t('education.capacity.col.programme'), cell: (c) => <strong className="strong">{c.getValue()}</strong>, meta: { width: 220 } }),
        col.accessor('level', {
          header: t('education.capacity.col.level'),
          cell: (c) => <span className="tag">{t(`enums.level.${c.getValue()}`)}</span>,
          sortFn: orderSort(LEVELS),
          meta: { width: 100, text: (v) => t(`enums.level.${v as Level}`) },
        }),
        col.accessor((r) => `${r.termName} ${r.schoolYear}`, { id: 'term', header: t('education.capacity.col.term'), meta: { width: 170 } }),
        col.accessor('teamCount', { header: t('education.capacity.col.teams'), meta: { width: 80, align: 'end' } }),
        col.accessor('studentsPerTeam', { header: t('education.capacity.col.perTeam'), meta: { width: 110, align: 'end' } }),
        col.accessor((r) => r.teamCount * r.studentsPerTeam, { id: 'students', header: t('education.capacity.col.students'), meta: { width: 100, align: 'end' } }),
        col.accessor('minutesPerStudentWeek', {
          header: t('education.capacity.col.hours'),
          cell: (c) => formatHours(c.getValue(), lang),
          meta: { width: 130, align: 'end', text: (v) => formatHours(v as number, lang) },
        }),
        col.accessor('coachName', { header: t('education.capacity.col.coach'), meta: { width: 160 } }),
        col.accessor('assignmentCount', { header: t('education.capacity.col.assignments'), meta: { width: 110, align: 'end' } }),
      ]),
    [t, lang],
  );

  const perSchool = useMemo(() => {
    const m = new Map<string, { teams: number; students: number; minutes: number; assignments: number }>();
    for (const c of cohorts ?? []) {
      const s = m.get(c.schoolName) ?? { teams: 0, students: 0, minutes: 0, assignments: 0 };
      const students = c.teamCount * c.studentsPerTeam;
      s.teams += c.teamCount;
      s.students += students;
      s.minutes += students * c.minutesPerStudentWeek;
      s.assignments += c.assignmentCount;
      m.set(c.schoolName, s);
    }
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0], 'nl'));
  }, [cohorts]);

  return (
    <>
      <div className="toolbar-row">
        <TermSelect terms={terms} value={termId} onChange={onTermChange} label={t('education.capacity.term')} allLabel={t('education.capacity.allTerms')} />
      </div>
      <Card title={t('education.capacity.perSchool')} testId="capacity-per-school">
        <div className="school-capacity">
          {perSchool.map(([school, s]) => (
            <div key={school} className="capacity-tile">
              <div className="capacity-school">{school}</div>
              <dl>
                <div><dt>{t('education.capacity.teams')}</dt><dd>{formatNumber(s.teams, lang)}</dd></div>
                <div><dt>{t('education.capacity.students')}</dt><dd>{formatNumber(s.students, lang)}</dd></div>
                <div><dt>{t('education.capacity.hoursPerWeek')}</dt><dd>{formatNumber(s.minutes / 60, lang)}</dd></div>
                <div><dt>{t('education.capacity.assignments')}</dt><dd>{formatNumber(s.assignments, lang)}</dd></div>
              </dl>
            </div>
          ))}
          {perSchool.length === 0 && !loading && <p className="muted">{t('common.empty')}</p>}
        </div>
      </Card>
      <Card>
        <DataTable id="cohorts" label={t('education.tabs.capacity')} columns={columns} data={cohorts} getRowId={(r) => String(r.id)} initialSorting={[{ id: 'schoolName', desc: false }, { id: 'programmeName', desc: false }]} loading={loading} />
      </Card>
    </>
  );
}

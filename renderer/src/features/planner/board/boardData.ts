import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { formatNumber } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import type { BarInfo } from '../grid/BarView';
import type { GroupWords } from '../model/rows';

const NO_WARNINGS: readonly Violation[] = [];

/** The bars of each team, with their request and warnings, in start order. */
export function barsOf(idx: PlanIndex, warnings: Readonly<Record<string, readonly Violation[]>>): Map<number, BarInfo[]> {
  const out = new Map<number, BarInfo[]>();
  for (const [teamId, list] of idx.byTeam) {
    out.set(teamId, [...list].sort((a, b) => a.startWeek.localeCompare(b.startWeek)).map((a) => ({
      a, request: idx.request.get(a.requestId), warnings: warnings[String(a.id)] ?? NO_WARNINGS,
    })));
  }
  return out;
}

/** What a group header says beside its name: the school's holiday region, a programme's level, a cohort's size. */
export function useGroupWords(idx: PlanIndex): GroupWords {
  const { t } = useTranslation();
  const lang = useLang();
  return useMemo(() => ({
    school: (team) => t('plannerEdit.group.region', { region: t(`enums.holidayRegion.${team.holidayRegion}`) }),
    programme: (team, withSchool) => `${t(`enums.level.${team.level}`)}${withSchool ? ` · ${team.schoolName}` : ''}`,
    cohort: (team) => {
      const c = idx.cohort.get(team.cohortId);
      if (!c) return '';
      return t('plannerEdit.group.cohort', {
        teams: c.teamCount, students: c.studentsPerTeam, hours: formatNumber(c.minutesPerStudentWeek / 60, lang, 1),
      });
    },
  }), [t, lang, idx]);
}

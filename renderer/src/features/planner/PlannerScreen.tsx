import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTerms } from '../../api/hooks';
import { ScreenFrame } from '../../components/ScreenFrame';
import { PlannerBoard } from './board/PlannerBoard';
import { localToday } from './model/axis';
import { chooseTerms } from './model/termChoice';
import { PlannerToolbar } from './PlannerToolbar';
import { usePlannerPrefs } from './prefs';
import { usePlannerData } from './usePlannerData';
import './planner.css';
import './planner-grid.css';
import './planner-side.css';

const NO_TERMS: number[] = [];

/**
 * The planner: the screen coordinators live in. Teams by school, programme and cohort down the side, the ISO
 * weeks of the chosen terms across, assignments as bars; requests waiting for a team beside it. Every drop is
 * checked while dragging with the core's own rules, saved at once as one undo step, and explained in words.
 */
export function PlannerScreen() {
  const { t } = useTranslation();
  const terms = useTerms();
  const { prefs, update } = usePlannerPrefs();
  const [today] = useState(localToday);
  const choice = useMemo(
    () => (terms.data && terms.data.length > 0 ? chooseTerms(terms.data, prefs.schoolYear, prefs.terms, today) : null),
    [terms.data, prefs.schoolYear, prefs.terms, today],
  );
  const chosenKey = choice?.chosen.join(',') ?? '';
  // The ids as a stable array: a refetch of the terms list must not look like a new choice.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const termIds = useMemo(() => choice?.chosen ?? NO_TERMS, [chosenKey]);
  const planner = usePlannerData(termIds);
  const busy = terms.isPending || (termIds.length > 0 && planner.isPending);

  return (
    <ScreenFrame
      name="planner"
      title={t('planner.title')}
      subtitle={t('plannerEdit.subtitle')}
      busy={busy}
      errors={[terms.error, planner.error]}
      onRetry={() => {
        void terms.refetch();
        void planner.refetch();
      }}
      actions={choice ? (
        <PlannerToolbar
          choice={choice}
          today={today}
          zoom={prefs.zoom}
          grouping={prefs.grouping}
          onYear={(schoolYear) => update({ schoolYear, terms: null })}
          onTerms={(picked) => update({ schoolYear: choice.year, terms: picked })}
          onZoom={(zoom) => update({ zoom })}
          onGrouping={(grouping) => update({ grouping })}
        />
      ) : null}
    >
      {terms.data && terms.data.length === 0 && <p className="empty-state">{t('planner.noTerms')}</p>}
      {planner.data && <PlannerBoard data={planner.data} prefs={prefs} update={update} today={today} refetch={planner.refetch} />}
    </ScreenFrame>
  );
}

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { weekRange } from '../model/words';
import { usePlannerActions } from '../plannerContext';
import type { Ghost } from './review';

interface Props {
  ghost: Ghost;
  left: number;
  width: number;
}

/**
 * A suggested bar: dashed and see-through so it never reads as a real assignment, with its score. A click
 * picks it in the review list, where the keyboard reaches the same suggestion (so the grid gets no extra tab
 * stops for it).
 */
export const GhostBar = memo(function GhostBar({ ghost, left, width }: Props) {
  const { t } = useTranslation();
  const actions = usePlannerActions();
  const label = ghost.kind === 'move'
    ? t('suggest.ghost.move', { sme: ghost.sme })
    : t('suggest.ghost.label', { sme: ghost.sme, weeks: weekRange(ghost.startWeek, ghost.endWeek), score: ghost.score ?? '' });
  const classes = ['pl-sg', `is-${ghost.kind}`];
  if (ghost.selected) classes.push('is-selected');
  if (width < 60) classes.push('is-narrow');
  return (
    <div
      className={classes.join(' ')}
      style={{ left, width }}
      title={label}
      aria-hidden="true"
      onClick={() => actions.showSuggestion(ghost.requestId)}
      data-testid="ghost-bar"
      data-request-id={ghost.requestId}
      data-start={ghost.startWeek}
      data-end={ghost.endWeek}
      data-kind={ghost.kind}
    >
      <span className="pl-sg-sme">{ghost.sme}</span>
      {ghost.score !== null && <span className="pl-sg-score">{ghost.score}</span>}
    </div>
  );
});

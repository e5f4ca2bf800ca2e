import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTeam } from '../../../../../shared/domain/planning/model';
import type { ShadeSegment } from '../model/axis';
import { BAR_INSET, ROW_HEIGHT } from '../model/layout';
import type { TeamRow } from '../model/rows';
import { teamLabel } from '../model/words';
import { anchorOf, usePlannerActions } from '../plannerContext';
import { GhostBar } from '../suggest/GhostBar';
import type { Ghost } from '../suggest/review';
import { BarView, type BarInfo } from './BarView';

// A team row is drawn in two parts: its name in the sticky names column, and its lane of weeks in the scrolled
// area. One sticky column for all names is far cheaper to scroll than a sticky cell per row.

export const nameOf = (team: PlanTeam, withProgramme: boolean) => teamLabel(team, withProgramme);

/** The team's name, a "dropped out" mark, and its menu. */
export const TeamName = memo(function TeamName({ row, top, withProgramme }: { row: TeamRow; top: number; withProgramme: boolean }) {
  const { t } = useTranslation();
  const actions = usePlannerActions();
  const { team } = row;
  const name = nameOf(team, withProgramme);
  return (
    <div
      className={`pl-label pl-team-label${team.droppedOut ? ' is-dropped' : ''}`}
      style={{ top, height: ROW_HEIGHT.team, paddingLeft: 12 + row.depth * 12 }}
      data-testid="team-label"
      data-team-id={team.id}
    >
      <span className="pl-team-name" title={`${team.schoolName} · ${team.programmeName} · ${team.label}`}>{name}</span>
      {team.droppedOut && <span className="pl-team-dropped">{t('plannerEdit.team.droppedOut')}</span>}
      <button
        type="button"
        className="pl-row-menu"
        aria-label={t('plannerEdit.team.menu', { team: name })}
        aria-haspopup="menu"
        onClick={(e) => actions.teamMenu(team.id, anchorOf(e.currentTarget))}
      >
        <span aria-hidden="true">⋯</span>
      </button>
    </div>
  );
});

interface LaneProps {
  row: TeamRow;
  top: number;
  bars: readonly BarInfo[];
  /** Suggested bars of a proposal or repair under review. */
  ghosts: readonly Ghost[];
  segments: readonly ShadeSegment[];
  colOf: (week: string) => number;
  weekWidth: number;
  width: number;
  withProgramme: boolean;
  selected: ReadonlySet<number>;
  dimmed: ReadonlySet<number>;
  locked: boolean;
  /** Today's place in the lane, or null when today is not among the weeks. */
  todayX: number | null;
}

/** The team's weeks: shading for exam, holiday and out-of-term weeks, today's line, and its bars. */
export const TeamLane = memo(function TeamLane(p: LaneProps) {
  const { team } = p.row;
  const name = nameOf(team, p.withProgramme);
  return (
    <div
      className={`pl-lane${team.droppedOut ? ' is-dropped' : ''}`}
      style={{ top: p.top, height: ROW_HEIGHT.team, width: p.width, backgroundSize: `${p.weekWidth}px 100%` }}
      data-testid="team-row"
      data-team-id={team.id}
    >
      {p.segments.map((s) => (
        <div key={s.from} className={`pl-shade pl-shade-${s.kind}`}
          style={{ left: s.from * p.weekWidth, width: (s.to - s.from + 1) * p.weekWidth }} aria-hidden="true" />
      ))}
      {p.todayX !== null && <div className="pl-today" style={{ left: p.todayX }} aria-hidden="true" />}
      {p.bars.map((b) => {
        const from = p.colOf(b.a.startWeek);
        const to = p.colOf(b.a.endWeek);
        return (
          <BarView
            key={b.a.id}
            {...b}
            left={from * p.weekWidth + BAR_INSET}
            width={Math.max(1, to - from + 1) * p.weekWidth - 2 * BAR_INSET}
            teamName={name}
            selected={p.selected.has(b.a.id)}
            dimmed={p.dimmed.has(b.a.id)}
            locked={p.locked}
          />
        );
      })}
      {p.ghosts.map((g) => {
        const from = p.colOf(g.startWeek);
        const to = p.colOf(g.endWeek);
        return <GhostBar key={g.key} ghost={g} left={from * p.weekWidth + BAR_INSET} width={Math.max(1, to - from + 1) * p.weekWidth - 2 * BAR_INSET} />;
      })}
    </div>
  );
});
